// The core keeps the directory, chat accounts and bindings between requests
// (the read model, src/read-model/); a write through another connection (the
// admin CLI, another replica) must still be seen on the very next request.
// The stamps the database triggers move are what tells, on SQLite and on
// PostgreSQL alike: a write whose stamps are put back is not seen.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Speaker } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { type OpenedStore, openStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const STRANGER: Speaker = { kind: "chat", platform: "slack", workspaceId: "T-CACHE", userId: "U-CACHE" };

let work: string;
let served: OpenedStore;
let other: OpenedStore;
let core: Core;

async function ask(speaker: Speaker, text: string): Promise<string> {
  const replies = await core.handle({
    speaker,
    conversation: { platform: "slack", id: "slack:T-CACHE:D1", kind: "dm" },
    kind: "command",
    text,
  });
  return replies.map(renderPlainText).join("\n");
}

async function stamp(): Promise<number> {
  return (await served.db.directoryStamp.findUniqueOrThrow({ where: { id: 1 } })).version;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "rapporteur-cache-"));
  const url = await tempDatabaseUrl(work, "cache");
  served = await prepareStore(url, manualClock(NOW), silentLogger);
  other = await openStore(url);
  core = createCore({ db: served.db, clock: manualClock(NOW), logger: silentLogger });
});

afterAll(async () => {
  await other?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the directory kept between requests", () => {
  it("admits an account linked through another connection on the next request", async () => {
    expect(await ask(STRANGER, "help")).toMatch(/not bound/);
    const hauge = await other.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
    const before = await stamp();
    await other.db.chatIdentity.create({
      data: { personId: hauge.id, platform: "slack", workspaceId: "T-CACHE", userId: "U-CACHE" },
    });
    expect(await stamp()).toBeGreaterThan(before);
    expect(await ask(STRANGER, "status Lao PDR")).toMatch(/Lao PDR country coalition/);
  });

  it("sees a coalition's visibility changed elsewhere on the next request, because the change moved the stamps", async () => {
    const lao = await other.db.countryCoalition.findFirstOrThrow({ where: { name: "Lao PDR" } });
    expect(await ask(STRANGER, "status Lao PDR")).toMatch(/Lao PDR country coalition/);

    // Written through another connection: the triggers move the stamps, and the next request sees it.
    await other.db.countryCoalition.update({ where: { id: lao.id }, data: { visibility: "secretariat" } });
    expect(await ask(STRANGER, "status Lao PDR")).toMatch(/record is kept/);

    // The same kind of write with the stamps put back as they were, in one
    // transaction: no change signal, so the next request is answered from the
    // records kept in memory, and does not see it.
    const stamps = await other.db.directoryStamp.findMany();
    await other.db.$transaction([
      other.db.countryCoalition.update({ where: { id: lao.id }, data: { visibility: "committee" } }),
      ...stamps.map((row) =>
        other.db.directoryStamp.update({ where: { id: row.id }, data: { version: row.version } }),
      ),
    ]);
    expect(await ask(STRANGER, "status Lao PDR")).toMatch(/record is kept/);

    // The signal alone (every stamp moved, no row written) and the next request reads the change.
    await other.db.directoryStamp.updateMany({ data: { version: { increment: 1 } } });
    expect(await ask(STRANGER, "status Lao PDR")).toMatch(/Lao PDR country coalition/);
  });

  it("sees a person renamed elsewhere on the next request", async () => {
    const hauge = await other.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
    await other.db.person.update({ where: { id: hauge.id }, data: { name: "Malgorzata Hauge-Berg" } });
    expect(await ask(STRANGER, "who Norway")).toMatch(/Hauge-Berg/);
  });

  it("forgets an account unlinked elsewhere", async () => {
    await other.db.chatIdentity.deleteMany({ where: { workspaceId: "T-CACHE" } });
    expect(await ask(STRANGER, "help")).toMatch(/not bound/);
  });
});
