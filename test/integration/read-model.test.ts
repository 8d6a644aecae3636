// The committee's records are held in memory between requests (src/read-model/):
// a request must cost no Prisma query when nothing changed, a write by this
// process must be in the very next reply, and a write by another process (the
// admin CLI, another replica) in the next request — on SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Speaker } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { readModelOf } from "../../src/read-model/read-model.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { ActionRecord } from "../../src/store/actions.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { openStore } from "../../src/store/open.ts";
import { countedClient } from "../fixtures/counted-client.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { runScript } from "../fixtures/run-script.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const HAUGE: Speaker = { kind: "chat", platform: "slack", workspaceId: "T-READ", userId: "U-HAUGE" };
const ISU: Speaker = { kind: "chat", platform: "slack", workspaceId: "T-READ", userId: "U-ISU" };

let work: string;
let url: string;
let served: OpenedStore;
let other: OpenedStore;
let core: Core;
/** The client the core reads through, whose read model the tests look into. */
let counted: OpenedStore["db"];
/** Model delegates (db.actionItem, db.meeting, ...) touched through the core's client. */
const touched: string[] = [];

async function ask(speaker: Speaker, text: string): Promise<string> {
  const replies = await core.handle({
    speaker,
    conversation: { platform: "slack", id: "slack:T-READ:D1", kind: "dm" },
    kind: "command",
    text,
  });
  return replies.map(renderPlainText).join("\n");
}

async function link(speaker: Speaker & { kind: "chat" }, name: string): Promise<void> {
  const person = await other.db.person.findFirstOrThrow({ where: { name } });
  await other.db.chatIdentity.create({
    data: {
      personId: person.id,
      platform: "slack",
      workspaceId: speaker.workspaceId,
      userId: speaker.userId,
    },
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "rapporteur-read-model-"));
  url = await tempDatabaseUrl(work, "read");
  served = await prepareStore(url, manualClock(NOW), silentLogger);
  other = await openStore(url);
  await link(HAUGE, "Malgorzata Hauge");
  await link(ISU, "Sheila Mweemba");
  counted = countedClient(served.db, touched);
  core = createCore({ db: counted, clock: manualClock(NOW), logger: silentLogger });
});

afterAll(async () => {
  await other?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the records held between requests", () => {
  it("answers status, actions, meetings and questions without a Prisma query once loaded", async () => {
    expect(await ask(HAUGE, "status Lao PDR")).toMatch(/Lao PDR country coalition/);
    touched.length = 0;
    for (const text of [
      "status Lao PDR",
      "actions overdue",
      "actions open",
      "meeting next",
      "help",
      "who Norway",
    ]) {
      expect(await ask(HAUGE, text)).not.toMatch(/went wrong/);
    }
    expect(touched).toEqual([]);
  });

  it("reloads nothing for writes to tables no answer reads", async () => {
    await other.db.inboundEvent.create({
      data: { platform: "slack", eventKey: "Ev-read-model", receivedAt: NOW },
    });
    touched.length = 0;
    expect(await ask(HAUGE, "actions open")).toMatch(/A-1/);
    expect(touched).toEqual([]);
  });

  it("shows this process's own write in the very next reply", async () => {
    expect(await ask(HAUGE, "actions open")).toMatch(/A-4/);
    expect(await ask(HAUGE, "action done A-4")).toMatch(/A-4 marked done/);
    const open = await ask(HAUGE, "actions open");
    expect(open).toMatch(/A-1/);
    expect(open).not.toMatch(/A-4/);
  });

  it("shows another process's write on the next request", async () => {
    expect(await ask(ISU, "actions open")).toMatch(/A-2/);
    const run = await runScript("test/fixtures/write-elsewhere.ts", [url, "done", "2"]);
    expect(run.stdout.trim()).toBe("updated 1");
    expect(await ask(ISU, "actions open")).not.toMatch(/A-2\b/);
    expect(await ask(ISU, "actions done")).toMatch(/A-2\b/);
  });

  it("patches in only the action items a write touched, and the patch equals a load from scratch", async () => {
    const summary = (actions: readonly ActionRecord[]) =>
      actions.map((a) => ({
        number: a.number,
        status: a.status,
        text: a.text,
        owners: a.owners.map((o) => o.delegation?.name ?? o.person?.name),
        dueMeeting: a.dueMeeting?.id ?? null,
      }));
    expect(await ask(ISU, "actions open")).toMatch(/A-3/);
    const before = (await (await readModelOf(counted).current()).records()).actionByNumber;
    const committeeId = (await other.db.committee.findFirstOrThrow()).id;
    const norway = await other.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const a3 = await other.db.actionItem.findFirstOrThrow({ where: { number: 3 } });
    // Another connection: a new item with an owner, a changed owner, a rewritten text, a deleted item.
    const top = await other.db.actionItem.aggregate({ where: { committeeId }, _max: { number: true } });
    await other.db.actionItem.create({
      data: {
        committeeId,
        number: (top._max.number ?? 0) + 1,
        text: "Patched in from elsewhere",
        dueKind: "none",
        createdAt: NOW,
        owners: { create: [{ delegationId: norway.id, ownerKey: `delegation:${norway.id}` }] },
      },
    });
    await other.db.actionOwner.updateMany({ where: { actionId: a3.id }, data: { delegationId: norway.id } });
    await other.db.actionItem.update({ where: { id: a3.id }, data: { text: "Rewritten elsewhere" } });
    const doomed = await other.db.actionItem.findFirstOrThrow({ where: { number: 5 } });
    await other.db.actionOwner.deleteMany({ where: { actionId: doomed.id } });
    await other.db.actionItem.delete({ where: { id: doomed.id } });

    const open = await ask(ISU, "actions open");
    expect(open).toMatch(/Patched in from elsewhere/);
    expect(open).toMatch(/Rewritten elsewhere/);
    expect(open).not.toMatch(/A-5\b/);
    const held = await (await readModelOf(counted).current()).records();
    // Patched, not loaded whole: an item no write touched is the very object held before.
    expect(held.actionByNumber.get(1)).toBe(before.get(1));
    expect(held.actionByNumber.get(3)).not.toBe(before.get(3));
    expect(summary(held.actions)).toEqual(summary((await loadRecords(other.db, committeeId)).actions));
  });

  it("lets a replaced snapshot go: no snapshot holds the one before it", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const model = readModelOf(other.db);
    // made in a function of its own, so no temporary of this test's frame holds the snapshot
    const watch = async () => new WeakRef((await (await model.current()).records()).actions);
    const first = await watch();
    for (let i = 0; i < 3; i++) {
      await other.db.actionItem.updateMany({ where: { number: 1 }, data: { text: `Rewritten ${i}` } });
      await (await model.current()).records();
    }
    for (let i = 0; i < 5 && first.deref(); i++) {
      await new Promise((resolve) => setImmediate(resolve));
      gc();
    }
    expect(first.deref()).toBeUndefined();
  });
});
