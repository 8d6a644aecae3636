// The question corpus (test/nlu/corpus.jsonl), each case a chat message to the
// core (scripts/nlu/evaluate.ts), on a fresh seeded store with the clock at 21
// November 2016: the suite fails if intent accuracy drops below 0.95 or any
// "don't know" case gets a fact.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/nlu/corpus.ts";
import { type EvalReport, evaluateCorpus } from "../../scripts/nlu/evaluate.ts";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const CORPUS = new URL("../nlu/corpus.jsonl", import.meta.url).pathname;

describe("the question corpus", () => {
  let dir = "";
  let store: OpenedStore;
  let report: EvalReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapporteur-nlu-"));
    const clock = manualClock(new Date("2016-11-21T08:00:00Z"));
    store = await prepareStore(await tempDatabaseUrl(dir, "nlu"), clock, silentLogger);
    report = await evaluateCorpus(
      { db: store.db, clock, logger: silentLogger, defaultSpeaker: "Malgorzata Hauge" },
      loadCorpus(CORPUS),
    );
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds at least 300 utterances, 40 of them to be answered "I don\'t know that"', () => {
    expect(report.cases).toBeGreaterThanOrEqual(300);
    expect(report.dontKnowCases).toBeGreaterThanOrEqual(40);
  });

  it("finds the intent of at least 95% of them", () => {
    const misses = report.misses.map((m) => `${m.case.text} -> ${m.intent} (expected ${m.case.intent})`);
    expect(report.intentAccuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no fact in answer to a "don\'t know" case', () => {
    expect(report.falseAnswers.map((r) => `${r.case.text} -> ${r.replyText}`)).toEqual([]);
  });

  it("finds the records named (entity F1 of at least 0.85)", () => {
    expect(report.entityF1).toBeGreaterThanOrEqual(0.85);
  });
});
