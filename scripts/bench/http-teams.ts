// The Teams path under load: personal-chat messages from autocannon to
// POST /api/messages of the servers under test (servers.ts: Rapporteur as
// `npm start` runs it, local mode, over the demo and the large committee),
// against a bare botbuilder echo bot behind the same route. Both reply
// through the same fake connector before their HTTP answer completes, so the
// connector is inside both measurements, and every reply is checked there.
import { randomUUID } from "node:crypto";
import { personalMessage } from "../../test/fixtures/teams-activities.ts";
import { compareWithBare, type LoadRequest, type OutsideCheck } from "./autocannon.ts";
import { TEAMS_USER } from "./bench-db.ts";
import type { BenchFakes } from "./fakes.ts";
import { startProcess, tsxScript } from "./processes.ts";
import { httpServers, memoryAfterLoad } from "./servers.ts";
import type { BenchOptions, BenchPart } from "./types.ts";

const PART = "teams";
/** The Bot Service gives up on a bot after 15 s. */
const DEADLINE_MS = 15_000;

/** Each command, and a phrase its reply (posted to the connector) must contain. */
const COMMANDS: Record<string, string> = {
  "status Lao PDR": "Lao PDR country coalition",
  "actions overdue": "overdue",
  help: "Commands you can use:",
};

/** Teams skips an activity id it has seen, so each request gets a fresh one. */
function request(url: string, serviceUrl: string, text: string): LoadRequest {
  const body = JSON.stringify(personalMessage(serviceUrl, TEAMS_USER, text, "[<id>]"));
  return { url, body, headers: { "content-type": "application/json" }, idReplacement: true };
}

/** Each 2xx request must have brought one reply with `expected` (and no apology) to the connector. */
function replies(fakes: BenchFakes, expected: string): OutsideCheck {
  return () => {
    const answered = fakes.watchReplies(expected);
    return (ok) => Math.max(0, ok - answered());
  };
}

/** One message before the load, so the figures are known to be of real answers. */
async function checkReply(load: LoadRequest, fakes: BenchFakes, expected: string): Promise<void> {
  const before = fakes.replies();
  const response = await fetch(load.url, {
    method: "POST",
    headers: load.headers,
    body: load.body.replaceAll("[<id>]", randomUUID()),
  });
  await response.arrayBuffer();
  const reply = fakes.lastReply();
  if (response.status !== 200 || fakes.replies() === before || !reply.includes(expected))
    throw new Error(
      `teams: expected 200 and a reply with "${expected}", got ${response.status}: ${reply.slice(0, 300)}`,
    );
}

export async function runHttpTeams(opts: BenchOptions): Promise<BenchPart> {
  const http = await httpServers(opts);
  const { fakes } = http;
  opts.log("teams: starting the bare botbuilder bot");
  const bare = await startProcess("bare botbuilder", tsxScript("scripts/bench/bare-teams.ts"), {
    LOG_LEVEL: "info",
  });
  try {
    const bareUrl = `${bare.base}/api/messages`;
    const ours = http.servers.flatMap((server) =>
      Object.entries(COMMANDS).map(([command, expected]) => ({
        label: `${command}, ${server.committee}`,
        expected,
        request: () => request(`${server.process.base}/api/messages`, fakes.connectorUrl, command),
        outside: replies(fakes, expected),
      })),
    );
    for (const target of ours) await checkReply(target.request(), fakes, target.expected);
    await checkReply(request(bareUrl, fakes.connectorUrl, "help"), fakes, "Echo: help");
    opts.log(`teams: each command answered as expected on ${http.servers.length} servers before the load`);

    const compared = await compareWithBare(
      {
        part: PART,
        bareName: "bare botbuilder",
        deadlineMs: DEADLINE_MS,
        deadlineName: "Bot Service timeout",
        ours,
        bare: () => request(bareUrl, fakes.connectorUrl, "help"),
        bareOutside: replies(fakes, "Echo: help"),
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
