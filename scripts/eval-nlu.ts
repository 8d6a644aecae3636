// `npm run eval:nlu [-- --verbose]`: scores the bot on test/nlu/corpus.jsonl,
// each case a chat message through the core (scripts/nlu/evaluate.ts), against
// a fresh seeded store with the clock at 21 November 2016 (the committee
// between its 4 November and 7 December meetings). Prints intent accuracy,
// entity F1 and the false-answer rate.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manualClock } from "../src/clock.ts";
import { silentLogger } from "../src/log.ts";
import { prepareStore } from "../src/prepare-store.ts";
import { loadCorpus } from "./nlu/corpus.ts";
import { evaluateCorpus } from "./nlu/evaluate.ts";

export const EVAL_NOW = new Date("2016-11-21T08:00:00Z");
export const EVAL_SPEAKER = "Malgorzata Hauge";
const CORPUS = new URL("../test/nlu/corpus.jsonl", import.meta.url);

const verbose = process.argv.includes("--verbose");
const dir = mkdtempSync(join(tmpdir(), "rapporteur-nlu-"));
const clock = manualClock(EVAL_NOW);
const store = await prepareStore(`file:${dir}/nlu.db`, clock, silentLogger);
try {
  const corpus = loadCorpus(CORPUS.pathname);
  const report = await evaluateCorpus(
    { db: store.db, clock, logger: silentLogger, defaultSpeaker: EVAL_SPEAKER },
    corpus,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`cases: ${report.cases} (${report.dontKnowCases} "don't know")`);
  console.log(
    `intent accuracy: ${pct(report.intentAccuracy)} (${report.cases - report.misses.length}/${report.cases})`,
  );
  console.log(
    `entity F1: ${report.entityF1.toFixed(3)} (precision ${report.entityPrecision.toFixed(3)}, recall ${report.entityRecall.toFixed(3)})`,
  );
  console.log(
    `false-answer rate: ${pct(report.falseAnswerRate)} (${report.falseAnswers.length}/${report.dontKnowCases} "don't know" cases answered with a fact)`,
  );
  console.log(`answerable cases refused: ${report.refused.length}`);
  console.log(`median understand+answer: ${report.medianMs.toFixed(1)} ms`);
  if (verbose) {
    for (const miss of report.misses) {
      // how the core took it, when not as a question ("command who", "refused command status")
      const route = miss.route === "question" ? "" : ` (${miss.route})`;
      console.log(
        `MISS ${JSON.stringify(miss.case.text)} expected ${miss.case.intent} got ${miss.intent}${route}: ${miss.replyText.slice(0, 160)}`,
      );
    }
    for (const r of report.falseAnswers)
      console.log(`FALSE ANSWER ${JSON.stringify(r.case.text)}: ${r.replyText.slice(0, 200)}`);
  }
  process.exitCode = report.intentAccuracy >= 0.95 && report.falseAnswers.length === 0 ? 0 : 1;
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
