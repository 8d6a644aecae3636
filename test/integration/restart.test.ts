import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { Db } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-restart-"));
const url = await tempDatabaseUrl(dir, "restart");
const clock = manualClock(new Date("2016-11-21T08:00:00Z"));

async function counts(db: Db) {
  return {
    committees: await db.committee.count(),
    delegations: await db.delegation.count(),
    persons: await db.person.count(),
    meetings: await db.meeting.count(),
    actions: await db.actionItem.count(),
    passages: await db.recordPassage.count(),
    audit: await db.auditEvent.count(),
  };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("restarting on the same database", () => {
  it("neither re-seeds nor duplicates anything, and applies no migration twice", async () => {
    const first = await prepareStore(url, clock, silentLogger);
    const before = await counts(first.db);
    expect(first.migrationsApplied.length).toBeGreaterThan(0);
    await first.close();

    const second = await prepareStore(url, clock, silentLogger);
    expect(second.migrationsApplied).toEqual([]);
    expect(await counts(second.db)).toEqual(before);
    expect(before).toMatchObject({ committees: 1, persons: 23, meetings: 3, actions: 8, audit: 1 });
    await second.close();
  });
});
