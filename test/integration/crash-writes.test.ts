// Acceptance: kill -9 during a burst of 1,000 writes. The real process
// (src/main.ts) takes Teams messages `action add ...` from a linked person,
// 20 at a time; a write is acknowledged when POST /api/messages answers 200
// after the bot replied "Recorded A-n" (the reply is sent after the commit).
// After about 300 acknowledgements the server gets SIGKILL; it is restarted
// on the same file, and every acknowledged item must be there, complete
// (its owner and its audit row), with no partial record and a clean
// integrity and foreign-key check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import { type StartedProcess, startRapporteur } from "../fixtures/start-process.ts";
import { personalMessage, TENANT, teamsUser } from "../fixtures/teams-activities.ts";
import { readable } from "./teams-harness.ts";

const WRITES = 1000;
const CONCURRENCY = 20;
const KILL_AFTER_ACKS = 300;
const dir = mkdtempSync(join(tmpdir(), "rapporteur-crash-"));
const file = join(dir, "crash.db");
const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const env = {
  DATABASE_URL: `file:${file}`,
  RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
  LOG_LEVEL: "warn",
  MICROSOFT_APP_ID: "",
  MICROSOFT_APP_PASSWORD: "",
  SLACK_BOT_TOKEN: "",
  SLACK_SIGNING_SECRET: "",
  SLACK_APP_TOKEN: "",
};
let connector: FakeConnector;
let server: StartedProcess | undefined;

const label = (n: number) => `Crash burst item ${String(n).padStart(4, "0")}`;

beforeAll(async () => {
  const store = await prepareStore(
    env.DATABASE_URL,
    manualClock(new Date("2016-11-21T08:00:00Z")),
    silentLogger,
  );
  const person = await store.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
  await store.db.chatIdentity.create({
    data: { personId: person.id, platform: "teams", workspaceId: TENANT, userId: hauge.aadObjectId },
  });
  await store.close();
  connector = await startFakeConnector();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Posts `action add` for item n; true when acknowledged (200 and the "Recorded" reply). */
async function write(base: string, n: number): Promise<boolean> {
  const message = personalMessage(connector.url, hauge, `action add ${label(n)} owner Norway`);
  try {
    const response = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
    await response.arrayBuffer();
    if (response.status !== 200) return false;
  } catch {
    return false; // the server is gone
  }
  const reply = connector.calls.find((call) => call.activityId === message.id);
  return readable(reply?.body ?? {}).includes(`Recorded A-`);
}

describe("kill -9 during a burst of writes", () => {
  it("keeps every acknowledged write, complete, and no partial record", async () => {
    const first = await startRapporteur(env);
    server = first;
    const acked = new Set<number>();
    let next = 0;
    let killing: Promise<void> | undefined;
    const worker = async () => {
      while (next < WRITES) {
        next += 1;
        const n = next;
        if (await write(first.base, n)) acked.add(n);
        if (!killing && acked.size >= KILL_AFTER_ACKS) killing = first.kill();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await killing;
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(WRITES);

    // Restart on the same file: it opens, recovers the WAL, and takes writes again.
    server = await startRapporteur(env);
    expect(await write(server.base, WRITES + 1)).toBe(true);
    await server.stop();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const items = db
        .prepare(
          `SELECT a.text AS text, a.number AS number,
            (SELECT COUNT(*) FROM ActionOwner o WHERE o.actionId = a.id) AS owners,
            (SELECT COUNT(*) FROM AuditEvent e WHERE e.action = 'action.add' AND e.entityId = CAST(a.number AS TEXT)) AS audits
           FROM ActionItem a WHERE a.text LIKE 'Crash burst item %'`,
        )
        .all() as { text: string; number: number; owners: number; audits: number }[];
      const present = new Map(items.map((item) => [Number(item.text.slice(-4)), item]));
      const missing = [...acked].filter((n) => !present.has(n));
      const partial = items.filter((item) => item.owners !== 1 || item.audits !== 1);
      const unackedPresent = items.filter((item) => {
        const n = Number(item.text.slice(-4));
        return n <= WRITES && !acked.has(n);
      }).length;
      const numbers = items.map((item) => item.number);
      console.log(
        `crash burst: ${WRITES} writes at concurrency ${CONCURRENCY}, SIGKILL after ${KILL_AFTER_ACKS} acks; ` +
          `acked ${acked.size}, present ${items.length - 1} (+1 after restart), acked-but-missing ${missing.length}, ` +
          `unacked-but-present ${unackedPresent}, partial ${partial.length}`,
      );
      expect(missing).toEqual([]);
      expect(partial).toEqual([]);
      expect(new Set(numbers).size).toBe(numbers.length);
      // Only requests in flight at the kill can have committed unacknowledged.
      expect(unackedPresent).toBeLessThanOrEqual(CONCURRENCY);
    } finally {
      db.close();
    }
  }, 90_000);
});
