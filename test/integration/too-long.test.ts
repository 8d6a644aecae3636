// Text over its limit, through the core on a real (temporary) store: every
// path that measures text refuses with one wording, naming what was too long,
// its length and the limit (from the one table, written as a person reads
// numbers), and how to fix it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { USAGE } from "../../src/core/grammar.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, ConversationRef } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const HAUGE = "Malgorzata Hauge"; // Norway, coordinator
const MWEEMBA = "Sheila Mweemba"; // ISU-CCM, secretariat
const DM: ConversationRef = { platform: "console", id: "console:too-long", kind: "dm" };

let dir: string;
let store: OpenedStore;
let core: Core;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-too-long-"));
  store = await prepareStore(await tempDatabaseUrl(dir, "t"), manualClock(NOW), silentLogger);
  core = createCore({ db: store.db, clock: manualClock(NOW), logger: silentLogger });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function send(
  who: string,
  request: Omit<ChatRequest, "speaker" | "conversation"> & Partial<ChatRequest>,
) {
  const person = await store.db.person.findFirstOrThrow({ where: { name: who } });
  const replies = await core.handle({
    speaker: { kind: "person", personId: person.id },
    conversation: DM,
    ...request,
  });
  expect(replies).toHaveLength(1);
  return replies[0] as Reply;
}

const fieldError = (reply: Reply, id: string) => reply.form?.fields.find((field) => field.id === id)?.error;

/** Words, so no path takes it for something else; exactly `length` characters. */
const words = (length: number) => "word ".repeat(length).slice(0, length).replace(/ $/, "x");

describe("text over its limit", () => {
  it("a typed command: the grammar refuses it, with the usage line", async () => {
    const reply = await send(HAUGE, { kind: "command", text: `status ${"x".repeat(4993)}` });
    expect(reply.text).toBe(
      `That command is 5,000 characters long; the limit is 4,000. Shorten it or split it.\nUsage: ${USAGE.help}`,
    );
  });

  it("a mention or message: refused before any work is done on it", async () => {
    const reply = await send(HAUGE, { kind: "mention", text: words(102_400) });
    expect(reply.text).toBe(
      "That message is 102,400 characters long; the limit is 4,000. Shorten it or split it.",
    );
  });

  it("a question in a direct-message thread that answers no request for an update: the question's own limit", async () => {
    // The thread lets it through up to an update's length; as a question it is measured again.
    const reply = await send(HAUGE, {
      kind: "message",
      conversation: { ...DM, threadId: "1479700000.000100" },
      text: words(5_000),
    });
    expect(reply.text).toBe(
      "That message is 5,000 characters long; the limit is 4,000. Shorten it or split it.",
    );
  });

  it("an action item, typed: its own limit, not the command's", async () => {
    const reply = await send(MWEEMBA, { kind: "command", text: `action add ${words(1_500)} owner Norway` });
    expect(reply.text).toBe(
      "The action item is 1,500 characters long; the limit is 1,000. Shorten it or split it.",
    );
    expect(await store.db.actionItem.count({ where: { text: { startsWith: "word word" } } })).toBe(0);
  });

  it("an action item from the form: the same refusal, under the field", async () => {
    const norway = await store.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const reply = await send(MWEEMBA, {
      kind: "submit",
      actionId: "action-add-submit",
      text: "",
      values: { text: words(1_001), owners: `delegation:${norway.id}`, due: "none" },
    });
    const message = "The action item is 1,001 characters long; the limit is 1,000. Shorten it or split it.";
    expect(reply.text).toBe(message);
    expect(fieldError(reply, "text")).toBe(message);
  });

  it("an update from the form whose text and link together are over an update's limit", async () => {
    const areas = await store.db.thematicArea.findMany({ include: { coordinators: true } });
    const norway = await store.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const area = areas.find((a) => a.coordinators.some((c) => c.delegationId === norway.id));
    expect(area).toBeDefined();
    const link = "https://example.org/statement";
    // Each field fits the form's limit; the update made of them does not.
    const reply = await send(HAUGE, {
      kind: "submit",
      actionId: "update-submit",
      text: "",
      values: { subject: `area:${area?.id}`, body: words(7_990), link },
    });
    const length = (7_990 + 1 + link.length).toLocaleString("en-GB");
    const message = `Your update is ${length} characters long; the limit is 8,000. Shorten it or split it.`;
    expect(reply.text).toBe(message);
    expect(fieldError(reply, "body")).toBe(message);
  });

  it("a form field: named by its label", async () => {
    const reply = await send(HAUGE, {
      kind: "submit",
      actionId: "update-submit",
      text: "",
      values: { subject: "area:1", body: words(9_000) },
    });
    const message = "Your update is 9,000 characters long; the limit is 8,000. Shorten it or split it.";
    expect(reply.text).toBe(message);
    expect(fieldError(reply, "body")).toBe(message);
  });

  it("the minutes item reworded in the form: its field's limit, named by the item's title", async () => {
    const reply = await send(MWEEMBA, {
      kind: "submit",
      actionId: "minutes-edit-submit",
      text: "",
      values: { meeting: "1", item: "5.4", text: words(9_000) },
    });
    const message = "Text is 9,000 characters long; the limit is 8,000. Shorten it or split it.";
    expect(reply.text).toBe(message);
    expect(fieldError(reply, "text")).toBe(message);
  });
});
