// The slash command path under load: signed `/ccm` requests from autocannon
// to the servers under test (servers.ts: Rapporteur as `npm start` runs it,
// over the demo and the large committee, Web API faked on loopback), against
// a bare Bolt app on the same receiver that only acks.
import { slashCommand } from "../../test/fixtures/slack-requests.ts";
import { compareWithBare, type LoadRequest } from "./autocannon.ts";
import { SLACK_USER } from "./bench-db.ts";
import { FAULT } from "./fakes.ts";
import { startProcess, tsxScript } from "./processes.ts";
import { httpServers, memoryAfterLoad, SLACK_SECRET } from "./servers.ts";
import type { BenchOptions, BenchPart } from "./types.ts";

const PART = "slack";
/** Slack shows the user an error when a slash command is not answered within 3 s. */
const DEADLINE_MS = 3000;

/** Each command, and a phrase its answer (carried on the ack) must contain. */
const COMMANDS: Record<string, string> = {
  "status Lao PDR": "Lao PDR country coalition",
  "actions overdue": "overdue",
  help: "Commands you can use:",
};

/**
 * An answer that misses the ack budget is acked empty and sent later, and an
 * apology is not an answer: both fail the body check, as does any answer
 * without the command's phrase.
 */
function request(url: string, responseUrl: string, text: string, expected: string): LoadRequest {
  const { body, headers } = slashCommand(SLACK_SECRET, { text, userId: SLACK_USER, responseUrl });
  return {
    url,
    body,
    headers,
    verifyBody: (answer) => answer.length > 0 && answer.includes(expected) && !answer.includes(FAULT),
  };
}

/** One request before the load, so the figures are known to be of real answers. */
async function checkAnswer(load: LoadRequest, expected: string): Promise<void> {
  const response = await fetch(load.url, { method: "POST", headers: load.headers, body: load.body });
  const answer = await response.text();
  if (response.status !== 200 || !answer.includes(expected))
    throw new Error(
      `slack: expected 200 with "${expected}", got ${response.status}: ${answer.slice(0, 300)}`,
    );
}

export async function runHttpSlack(opts: BenchOptions): Promise<BenchPart> {
  const http = await httpServers(opts);
  const { fakes } = http;
  opts.log("slack: starting the bare Bolt app");
  const bare = await startProcess("bare bolt", tsxScript("scripts/bench/bare-slack.ts"), {
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_API_URL: fakes.slackApiUrl,
    LOG_LEVEL: "info",
  });
  try {
    const bareUrl = `${bare.base}/slack/events`;
    const ours = http.servers.flatMap((server) =>
      Object.entries(COMMANDS).map(([command, expected]) => ({
        label: `${command}, ${server.committee}`,
        expected,
        request: () => request(`${server.process.base}/slack/events`, fakes.responseUrl, command, expected),
      })),
    );
    for (const target of ours) await checkAnswer(target.request(), target.expected);
    await checkAnswer(request(bareUrl, fakes.responseUrl, "help", ""), "");
    opts.log(`slack: each command answered as expected on ${http.servers.length} servers before the load`);

    const compared = await compareWithBare(
      {
        part: PART,
        bareName: "bare bolt",
        deadlineMs: DEADLINE_MS,
        deadlineName: "Slack's limit",
        ours,
        // The bare app acks empty: nothing to check but the status.
        bare: () => {
          const { url, body, headers } = request(bareUrl, fakes.responseUrl, "help", "");
          return { url, body, headers };
        },
      },
      opts,
    );
    const memory = memoryAfterLoad(http, PART);
    return {
      rows: [...compared.rows, ...memory.rows],
      headlines: { ...compared.headlines, ...memory.headlines },
    };
  } finally {
    await bare.stop();
  }
}
