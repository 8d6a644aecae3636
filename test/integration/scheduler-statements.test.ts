// What a catch-up costs the database: Prisma compiles every query on every
// call, so on a large committee the statements a delivered message takes are
// the sweep's cost. A message takes two of its own (its target written and
// its lease renewed before the send, the mark after it); the claim, the due
// rows and the chat identities are read once per batch of 25. Counted on
// whichever database the test runs on, by the statements its driver is given,
// less the change feed's own reads (plain SQL on a connection of its own,
// which on PostgreSQL asks for the stamps as each message is prepared).
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LAST_CHANGE_SQL, STAMPS_SQL } from "../../src/store/change-feed.ts";
import { recordingPort, type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

let h: SchedulerHarness;
let statements = 0;
const changeFeed = (sql: string) =>
  sql === STAMPS_SQL || sql === LAST_CHANGE_SQL || sql.startsWith('SELECT "id", "rowId" FROM "RecordChange"');
const sqlitePrepare = Database.prototype.prepare;
const pgQuery = pg.Client.prototype.query;

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
  await h.bindChannel("C_COMMITTEE");
  for (const person of await h.db.person.findMany()) {
    await h.db.chatIdentity.create({
      data: { personId: person.id, platform: "slack", workspaceId: "T1", userId: `U${person.id}` },
    });
  }
  const counted = <F extends (...args: never[]) => unknown>(original: F) =>
    function (this: unknown, ...args: Parameters<F>) {
      const query = args[0] as unknown as string | { text?: string };
      if (!changeFeed(String(typeof query === "string" ? query : query?.text))) statements += 1;
      return original.apply(this, args);
    } as unknown as F;
  Database.prototype.prepare = counted(sqlitePrepare);
  pg.Client.prototype.query = counted(pgQuery);
});

afterEach(async () => {
  Database.prototype.prepare = sqlitePrepare;
  pg.Client.prototype.query = pgQuery;
  await h.close();
});

describe("a catch-up sweep", () => {
  it("takes two statements per message sent, and a few per batch", async () => {
    const port = recordingPort("slack", h.clock, true);
    const scheduler = h.scheduler([port]);
    // Planned (the prompts for 7 December), nothing due yet.
    h.clock.set(new Date("2016-11-29T00:00:00Z"));
    await scheduler.sweep();
    expect(port.sent).toHaveLength(0);

    // Down until the prompts are overdue: one sweep sends them all.
    h.clock.set(new Date("2016-12-02T12:00:00Z"));
    statements = 0;
    const result = await scheduler.sweep();
    const sent = port.sent.length;
    expect(result.sent).toBe(sent);
    expect(sent).toBeGreaterThanOrEqual(10);
    // 2 a message, and about a dozen for the sweep: settings and absences, the
    // due rows (read again until none are left), the claim (one UPDATE in a
    // BEGIN/COMMIT), the batch's identities, pruning.
    // Reading a person's identities per message again, or the claimed row back, fails this.
    expect(statements, `${statements} statements for ${sent} messages`).toBeLessThanOrEqual(2 * sent + 16);
  });
});
