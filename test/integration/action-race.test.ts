// Two "action done A-1" at once: both requests read A-1 as open from the
// same snapshot, and the status is checked and set in one statement inside
// the transaction, so exactly one succeeds and audits open -> done and the
// other is told who closed it first (issue 17, item 11). On SQLite the two
// transactions meet on the process's one connection; with
// RAPPORTEUR_TEST_PG_URL, on PostgreSQL, they run at once on two pooled
// connections. (Two SQLite connections in one process cannot race: the
// synchronous driver's busy wait holds the event loop that would commit the other.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T09:00:00Z");
let dir = "";
let store: OpenedStore;
let core: Core;

async function done(who: string, handle: string): Promise<string> {
  const person = await store.db.person.findFirstOrThrow({ where: { name: who } });
  const replies = await core.handle({
    speaker: { kind: "person", personId: person.id },
    conversation: { platform: "console", id: `console:${who}`, kind: "dm" },
    kind: "command",
    text: `action done ${handle}`,
  });
  return replies.map(renderPlainText).join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-race-"));
  store = await prepareStore(await tempDatabaseUrl(dir, "race"), manualClock(NOW), silentLogger);
  core = createCore({ db: store.db, clock: manualClock(NOW), logger: silentLogger });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("two action done at once", () => {
  it("one succeeds and audits open -> done once; the other names who closed it first", async () => {
    const answers = await Promise.all([done("Malgorzata Hauge", "A-1"), done("Sheila Mweemba", "A-1")]);
    const won = answers.filter((text) => /^A-1 marked done/.test(text));
    const lost = answers.filter((text) => /^A-1 was already marked done by /.test(text));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(/ on 21 Nov(?:ember)? 2016 at 10:00\.$/);
    const audits = await store.db.auditEvent.findMany({ where: { action: "action.done", entityId: "1" } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]?.before ?? "{}")).toEqual({ status: "open" });
    console.log(
      `race: ${won.length} success, ${lost.length} "already marked done", ${audits.length} audit row`,
    );
  });
});
