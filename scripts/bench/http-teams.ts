// The Teams path under load: personal-chat messages from autocannon to
// POST /api/messages of the real server (src/main.ts in a child process, local
// mode), against a bare botbuilder echo bot behind the same route. Both reply
// through the same fake connector before their HTTP answer completes, so the
// connector is inside both measurements.
import { randomUUID } from "node:crypto";
import { personalMessage } from "../../test/fixtures/teams-activities.ts";
import { compareWithBare, type LoadRequest } from "./autocannon.ts";
import { BENCH_NOW, seededDatabase, TEAMS_USER } from "./bench-db.ts";
import { type BenchFakes, startFakes } from "./fakes.ts";
import { startProcess } from "./processes.ts";
import type { BenchOptions, BenchPart } from "./types.ts";

/** Each command, and a phrase its reply (posted to the connector) must contain. */
const COMMANDS: Record<string, string> = {
  "status Lao PDR": "Lao PDR country coalition",
  "actions overdue": "overdue",
  help: "Commands:",
};

/** Teams skips an activity id it has seen, so each request gets a fresh one. */
function request(url: string, serviceUrl: string, text: string): LoadRequest {
  const body = JSON.stringify(personalMessage(serviceUrl, TEAMS_USER, text, "[<id>]"));
  return { url, body, headers: { "content-type": "application/json" }, idReplacement: true };
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
  const fakes = await startFakes();
  const database = await seededDatabase();
  const env = { DATABASE_URL: database.url, RAPPORTEUR_NOW: BENCH_NOW, LOG_LEVEL: "info" };
  const started: { stop(): Promise<void> }[] = [];
  try {
    opts.log("teams: starting Rapporteur and the bare botbuilder bot");
    const ours = await startProcess("rapporteur", "src/main.ts", env);
    started.push(ours);
    const bare = await startProcess("bare botbuilder", "scripts/bench/bare-teams.ts", env);
    started.push(bare);
    const oursUrl = `${ours.base}/api/messages`;
    const bareUrl = `${bare.base}/api/messages`;
    for (const [command, expected] of Object.entries(COMMANDS))
      await checkReply(request(oursUrl, fakes.connectorUrl, command), fakes, expected);
    await checkReply(request(bareUrl, fakes.connectorUrl, "help"), fakes, "Echo: help");

    return await compareWithBare(
      {
        part: "teams",
        bareName: "bare botbuilder",
        p99Target: "< 15000 (Bot Service timeout)",
        commands: Object.keys(COMMANDS),
        ours: (command) => request(oursUrl, fakes.connectorUrl, command),
        bare: () => request(bareUrl, fakes.connectorUrl, "help"),
        faults: fakes.apologies,
      },
      opts,
    );
  } finally {
    for (const child of started) await child.stop();
    await fakes.close();
    database.remove();
  }
}
