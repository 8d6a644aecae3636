// The databases the HTTP benchmarks serve: the demo committee (a temporary
// database seeded as `npm start` seeds it) and the large generated committee
// (generate-committee.ts: 100 coalitions, 5,000 action items, 20,000 updates;
// a tenth in a quick run). In both, one coordinator (Malgorzata Hauge,
// Norway) is linked on Slack and on Teams, so the load is answered as a
// registered member's questions are.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { linkIdentity } from "../../src/admin/identities.ts";
import { clockStartingAt } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { TEAM } from "../../test/fixtures/slack-requests.ts";
import { TENANT, type TeamsUser, teamsUser } from "../../test/fixtures/teams-activities.ts";
import {
  committeeFile,
  copyCommittee,
  FULL_SCALE,
  BENCH_NOW as LARGE_NOW,
  QUICK_SCALE,
} from "./generate-committee.ts";

/** The instant the demo committee is seen from (RAPPORTEUR_NOW). */
export const BENCH_NOW = "2016-11-21T09:00:00+01:00";
export const SLACK_USER = "UHAUGE";
export const TEAMS_USER: TeamsUser = teamsUser("Malgorzata Hauge", "6c2d8f4e-1b3a-4c5d-9e8f-0a1b2c3d4e5f");

export interface BenchDatabase {
  /** DATABASE_URL */
  url: string;
  /** RAPPORTEUR_NOW for a server over it. */
  now: string;
  /** "demo committee", "large committee". */
  label: string;
  /** What it holds, for the log. */
  size: string;
  remove(): void;
}

/** Prepares `url` (migrations; the seed if empty) and links Hauge on Slack and Teams. */
async function linkBenchUsers(url: string, now: string): Promise<void> {
  const clock = clockStartingAt(new Date(now));
  const store = await prepareStore(url, clock, silentLogger);
  try {
    for (const identity of [
      { platform: "slack", workspaceId: TEAM, userId: SLACK_USER },
      { platform: "teams", workspaceId: TENANT, userId: TEAMS_USER.aadObjectId },
    ]) {
      const linked = await linkIdentity(store.db, clock, { ...identity, personName: "Malgorzata Hauge" });
      if (!linked.ok) throw new Error(`bench database: ${linked.message}`);
    }
  } finally {
    await store.close();
  }
}

export async function seededDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  await linkBenchUsers(url, BENCH_NOW);
  return {
    url,
    now: BENCH_NOW,
    label: "demo committee",
    size: "the seeded demo committee",
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A working copy of the generated committee (full or quick scale). */
export async function largeDatabase(quick: boolean, log: (line: string) => void): Promise<BenchDatabase> {
  const scale = quick ? QUICK_SCALE : FULL_SCALE;
  const file = await committeeFile(scale, log);
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-large-"));
  const url = copyCommittee(file, dir);
  const now = LARGE_NOW.toISOString();
  await linkBenchUsers(url, now);
  return {
    url,
    now,
    label: "large committee",
    size: `${scale.coalitions} coalitions, ${scale.actions} action items, ${scale.updates} updates`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
