// "The presidency" is whoever the committee's record says presides, not a
// name in the code: when the Presidency rotates (the next Meeting of States
// Parties), questions about it follow the record (issue 17, item 14).
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

let dir = "";
let store: OpenedStore;
let core: Core;

async function ask(text: string): Promise<string> {
  const person = await store.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
  const replies = await core.handle({
    speaker: { kind: "person", personId: person.id },
    conversation: { platform: "console", id: "console:presidency", kind: "dm" },
    kind: "message",
    text,
  });
  return replies.map(renderPlainText).join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-presidency-"));
  const clock = manualClock(new Date("2016-11-21T08:00:00Z"));
  store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
  core = createCore({ db: store.db, clock, logger: silentLogger });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the Presidency in questions", () => {
  it("is Germany while the record says so, and Switzerland once it rotates", async () => {
    expect(await ask("what does the presidency owe us?")).toMatch(/^3 open action items for Germany/);
    const switzerland = await store.db.delegation.findFirstOrThrow({ where: { name: "Switzerland" } });
    await store.db.committee.updateMany({
      data: { presidencyDelegationId: switzerland.id, presidencyLabel: "8MSP" },
    });
    const after = await ask("what does the presidency owe us?");
    expect(after).toMatch(/Switzerland/);
    expect(after).not.toMatch(/Germany/);
    expect(await ask("what does the 8MSP presidency owe us?")).toMatch(/Switzerland/);
    // the command grammar resolves it the same way
    expect(await ask("actions presidency")).toMatch(/for Switzerland/);
  });
});
