// The corpus scorer reads the real message path: what it scores for a case is
// what a person typing that message in a DM gets, command-or-question choice
// and refusals included (issue 21).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusCase } from "../../scripts/nlu/corpus.ts";
import { evaluateCorpus, runCorpus } from "../../scripts/nlu/evaluate.ts";
import { manualClock } from "../../src/clock.ts";
import { createCore } from "../../src/core/core.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const SPEAKER = "Malgorzata Hauge";
let dir = "";
let store: OpenedStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-nlu-eval-"));
  store = await prepareStore(await tempDatabaseUrl(dir, "nlu"), manualClock(NOW), silentLogger);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const deps = () => ({ db: store.db, clock: manualClock(NOW), logger: silentLogger, defaultSpeaker: SPEAKER });

/** What a person gets for the last of `turns`, typed in a console DM of a core of their own. */
async function chatReply(...turns: string[]): Promise<string> {
  const person = await store.db.person.findFirstOrThrow({ where: { name: SPEAKER } });
  const core = createCore({ db: store.db, clock: manualClock(NOW), logger: silentLogger });
  let replies: { text: string }[] = [];
  for (const text of turns) {
    replies = await core.handle({
      speaker: { kind: "person", personId: person.id },
      conversation: { platform: "console", id: "console:local", kind: "dm" },
      kind: "message",
      text,
    });
  }
  return replies.map((r) => r.text).join(" | ");
}

describe("the corpus scorer", () => {
  it("scores a command-like message as refused when a person typing it is refused", async () => {
    const text = "update status for the next meeting";
    const report = await evaluateCorpus(deps(), [{ text, intent: "updates.status", entities: {} }]);
    expect(report.refused.map((r) => r.replyText)).toEqual([await chatReply(text)]);
  });

  it("scores each case on the reply a person typing it gets, and says how the core took it", async () => {
    const corpus: CorpusCase[] = [
      { text: "where are we with Laos?", intent: "coalition.status", entities: { coalition: ["Lao PDR"] } },
      { text: "actions mine", intent: "actions.list", entities: { filter: ["mine"] } },
      { text: "meeting last", intent: "meeting.last", entities: {} },
      { text: "who is driving the Lao PDR coalition", intent: "coalition.lead", entities: {} },
      { text: "status of the Syria coalition", intent: "unknown", dontKnow: true, entities: {} },
      {
        context: ["where are we with Laos?"],
        text: "and Cambodia?",
        intent: "coalition.status",
        entities: { delegation: ["Cambodia"] },
      },
    ];
    const results = await runCorpus(deps(), corpus);
    const wanted = [];
    for (const c of corpus) wanted.push(await chatReply(...(c.context ?? []), c.text));
    expect(results.map((r) => r.replyText)).toEqual(wanted);
    expect(results.map((r) => [r.route, r.intent])).toEqual([
      ["question", "coalition.status"],
      ["command actions", "actions.list"],
      ["command meeting", "meeting.last"],
      // "who" with a verb is a question, though it starts with a command word
      ["question", "coalition.lead"],
      ["refused command status", "unknown"],
      ["question", "coalition.status"],
    ]);
  });

  it("reads a question's entities from the core's trace; a command's arguments are not read", async () => {
    const results = await runCorpus(deps(), [
      { text: "where are we with Laos?", intent: "coalition.status", entities: { coalition: ["Lao PDR"] } },
      { text: "actions Norway", intent: "actions.list", entities: { delegation: ["Norway"] } },
    ]);
    expect(results.map((r) => r.entities)).toEqual([["coalition:Lao PDR"], []]);
  });

  it('takes a refusal for no answer: a "don\'t know" case refused is no false answer', async () => {
    const report = await evaluateCorpus(deps(), [
      { text: "status of the Syria coalition", intent: "unknown", dontKnow: true, entities: {} },
      { text: "where are we with Laos?", intent: "unknown", dontKnow: true, entities: {} },
    ]);
    expect(report.falseAnswers.map((r) => r.case.text)).toEqual(["where are we with Laos?"]);
    expect(report.misses.map((r) => r.case.text)).toEqual(["where are we with Laos?"]);
  });
});
