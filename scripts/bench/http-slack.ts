// The slash command path under load: signed `/ccm` requests from autocannon
// to the real server (src/main.ts in a child process, Web API faked on
// loopback), against a bare Bolt app on the same receiver that only acks.
import { slashCommand } from "../../test/fixtures/slack-requests.ts";
import { compareWithBare, type LoadRequest } from "./autocannon.ts";
import { BENCH_NOW, SLACK_USER, seededDatabase } from "./bench-db.ts";
import { FAULT, startFakes } from "./fakes.ts";
import { startProcess } from "./processes.ts";
import type { BenchOptions, BenchPart } from "./types.ts";

const SECRET = "5ec7e75be0c40000aaaabbbbccccdddd";

/** Each command, and a phrase its answer (carried on the ack) must contain. */
const COMMANDS: Record<string, string> = {
  "status Lao PDR": "Lao PDR country coalition",
  "actions overdue": "overdue",
  help: "Commands:",
};

function request(url: string, responseUrl: string, text: string): LoadRequest {
  const { body, headers } = slashCommand(SECRET, { text, userId: SLACK_USER, responseUrl });
  // An answer that misses the ack budget is acked empty and sent later: count
  // it as a failure, as an apology is.
  return { url, body, headers, verifyBody: (answer) => answer.length > 0 && !answer.includes(FAULT) };
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
  const fakes = await startFakes();
  const database = await seededDatabase();
  const env = {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_API_URL: fakes.slackApiUrl,
    DATABASE_URL: database.url,
    RAPPORTEUR_NOW: BENCH_NOW,
    LOG_LEVEL: "info",
  };
  const started: { stop(): Promise<void> }[] = [];
  try {
    opts.log("slack: starting Rapporteur and the bare Bolt app");
    const ours = await startProcess("rapporteur", "src/main.ts", env);
    started.push(ours);
    const bare = await startProcess("bare bolt", "scripts/bench/bare-slack.ts", env);
    started.push(bare);
    const oursUrl = `${ours.base}/slack/events`;
    const bareUrl = `${bare.base}/slack/events`;
    for (const [command, expected] of Object.entries(COMMANDS))
      await checkAnswer(request(oursUrl, fakes.responseUrl, command), expected);
    await checkAnswer({ ...request(bareUrl, fakes.responseUrl, "help") }, "");

    return await compareWithBare(
      {
        part: "slack",
        bareName: "bare bolt",
        p99Target: "< 3000 (Slack's limit)",
        commands: Object.keys(COMMANDS),
        ours: (command) => request(oursUrl, fakes.responseUrl, command),
        bare: () => {
          const { url, body, headers } = request(bareUrl, fakes.responseUrl, "help");
          return { url, body, headers };
        },
      },
      opts,
    );
  } finally {
    for (const child of started) await child.stop();
    await fakes.close();
    database.remove();
  }
}
