// A temporary database seeded as `npm start` seeds it, with one coordinator
// (Malgorzata Hauge, Norway) linked on Slack and on Teams, so the load is
// answered as a registered member's questions are.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { linkIdentity } from "../../src/admin/identities.ts";
import { clockStartingAt } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/store/prepare.ts";
import { TEAM } from "../../test/fixtures/slack-requests.ts";
import { TENANT, type TeamsUser, teamsUser } from "../../test/fixtures/teams-activities.ts";

/** The instant the seeded committee is seen from (RAPPORTEUR_NOW). */
export const BENCH_NOW = "2016-11-21T09:00:00+01:00";
export const SLACK_USER = "UHAUGE";
export const TEAMS_USER: TeamsUser = teamsUser("Malgorzata Hauge", "6c2d8f4e-1b3a-4c5d-9e8f-0a1b2c3d4e5f");

export interface BenchDatabase {
  /** DATABASE_URL */
  url: string;
  remove(): void;
}

export async function seededDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  const clock = clockStartingAt(new Date(BENCH_NOW));
  const store = await prepareStore(url, clock, silentLogger);
  try {
    for (const identity of [
      { platform: "slack", workspaceId: TEAM, userId: SLACK_USER },
      { platform: "teams", workspaceId: TENANT, userId: TEAMS_USER.aadObjectId },
    ]) {
      const linked = await linkIdentity(store.db, clock, { ...identity, personName: "Hauge" });
      if (!linked.ok) throw new Error(`bench database: ${linked.message}`);
    }
  } finally {
    await store.close();
  }
  return { url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
