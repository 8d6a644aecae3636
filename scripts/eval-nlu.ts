// `npm run eval:nlu [-- --verbose] [--only utterances|documents]`: scores the
// bot on test/nlu/corpus.jsonl (intent accuracy, entity F1, false-answer
// rate) and on the two parts of the document corpus (test/nlu/documents/README.md:
// intent accuracy, fact accuracy, false-answer rate, by source), each case a
// chat message through the core (scripts/nlu/evaluate.ts), against a fresh
// seeded store holding every document the corpus quotes, with the clock at 21
// November 2016 (scripts/nlu/store.ts). --verbose lists the failures of the
// utterance corpus and of the tuned part, never of the untouched part.
// Exit 1 when utterance intent accuracy is under 95%, any "don't know" case
// in any part got an answer, or untouched fact accuracy is under 90%; exit 2
// on a bad argument.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { manualClock } from "../src/clock.ts";
import { silentLogger } from "../src/log.ts";
import { CORPUS_PARTS, loadCorpus } from "./nlu/corpus.ts";
import { type EvalDeps, runCorpus, scoreResults } from "./nlu/evaluate.ts";
import { scoreDocuments } from "./nlu/facts.ts";
import { documentLines, pct, utteranceLines } from "./nlu/report.ts";
import { EVAL_NOW, EVAL_SPEAKER, prepareEvalStore } from "./nlu/store.ts";

const UTTERANCES = new URL("../test/nlu/corpus.jsonl", import.meta.url).pathname;
const documents = (part: string) => new URL(`../test/nlu/documents-${part}.jsonl`, import.meta.url).pathname;
const MIN_INTENT_ACCURACY = 0.95;
const MIN_UNTOUCHED_FACT_ACCURACY = 0.9;

const { values } = parseArgs({ options: { verbose: { type: "boolean" }, only: { type: "string" } } });
if (values.only !== undefined && values.only !== "utterances" && values.only !== "documents") {
  console.error("Usage: npm run eval:nlu -- [--verbose] [--only utterances|documents]");
  process.exit(2);
}
const verbose = values.verbose ?? false;
const dir = mkdtempSync(join(tmpdir(), "rapporteur-nlu-"));
const clock = manualClock(EVAL_NOW);
const store = await prepareEvalStore(`file:${dir}/nlu.db`, clock, silentLogger);
const deps = (conversations: string): EvalDeps => ({
  db: store.db,
  clock,
  logger: silentLogger,
  defaultSpeaker: EVAL_SPEAKER,
  conversations,
});
try {
  const failed: string[] = [];
  if (values.only !== "documents") {
    const report = scoreResults(await runCorpus(deps("eval"), loadCorpus(UTTERANCES)));
    for (const line of utteranceLines(report, verbose)) console.log(line);
    if (report.intentAccuracy < MIN_INTENT_ACCURACY)
      failed.push(`utterance intent accuracy ${pct(report.intentAccuracy)} is under 95%`);
    if (report.falseAnswers.length)
      failed.push(`${report.falseAnswers.length} false answers in the utterances`);
  }
  if (values.only !== "utterances") {
    for (const part of CORPUS_PARTS) {
      const score = scoreDocuments(await runCorpus(deps(`eval-${part}`), loadCorpus(documents(part), part)));
      for (const line of documentLines(part, score, verbose)) console.log(line);
      if (score.falseAnswers.length)
        failed.push(`${score.falseAnswers.length} false answers in documents, ${part}`);
      const accuracy = score.passed / Math.max(1, score.scored);
      if (part === "untouched" && accuracy < MIN_UNTOUCHED_FACT_ACCURACY)
        failed.push(`untouched fact accuracy ${pct(accuracy)} is under 90%`);
    }
  }
  for (const why of failed) console.log(`FAILED: ${why}`);
  process.exitCode = failed.length ? 1 : 0;
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
