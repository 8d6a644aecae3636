// What `npm run eval:nlu` prints: the utterance corpus's lines (others read
// them: keep their wording), then a block for each part of the document
// corpus. Failures are listed only for the parts a developer may read: never
// for the untouched part (test/nlu/documents/README.md, rule 1).
import type { CorpusPart } from "./corpus.ts";
import type { CaseResult, EvalReport } from "./evaluate.ts";
import type { DocumentScore } from "./facts.ts";

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (part: number, whole: number) => `${pct(part / Math.max(1, whole))} (${part}/${whole})`;

export function utteranceLines(report: EvalReport, verbose: boolean): string[] {
  const lines = [
    `cases: ${report.cases} (${report.dontKnowCases} "don't know")`,
    `intent accuracy: ${pct(report.intentAccuracy)} (${report.cases - report.misses.length}/${report.cases})`,
    `entity F1: ${report.entityF1.toFixed(3)} (precision ${report.entityPrecision.toFixed(3)}, recall ${report.entityRecall.toFixed(3)})`,
    `false-answer rate: ${pct(report.falseAnswerRate)} (${report.falseAnswers.length}/${report.dontKnowCases} "don't know" cases answered with a fact)`,
    `answerable cases refused: ${report.refused.length}`,
    `median understand+answer: ${report.medianMs.toFixed(1)} ms`,
  ];
  if (!verbose) return lines;
  for (const miss of report.misses) {
    // how the core took it, when not as a question ("command who", "refused command status")
    const route = miss.route === "question" ? "" : ` (${miss.route})`;
    lines.push(
      `MISS ${JSON.stringify(miss.case.text)} expected ${miss.case.intent} got ${miss.intent}${route}: ${miss.replyText.slice(0, 160)}`,
    );
  }
  for (const r of report.falseAnswers)
    lines.push(`FALSE ANSWER ${JSON.stringify(r.case.text)}: ${r.replyText.slice(0, 200)}`);
  return lines;
}

/** One failed document case: what was asked, what was wanted, how the core took it and what it showed. */
function failureLine(r: CaseResult): string {
  const wanted = r.case.dontKnow
    ? "a refusal"
    : (r.case.fact ?? []).map((f) => JSON.stringify(f)).join(" or ");
  const context = r.case.context?.length ? ` after ${JSON.stringify(r.case.context)}` : "";
  const intent = r.intent === r.case.intent ? "" : ` [intent ${r.intent}, ${r.route}]`;
  const shown = r.shownText.replace(/\s+/g, " ").slice(0, 220);
  return `FAIL ${JSON.stringify(r.case.text)}${context} expected ${wanted} (${r.case.source ?? "no source"})${intent}: ${shown}`;
}

export function documentLines(
  part: CorpusPart,
  score: DocumentScore<CaseResult>,
  verbose: boolean,
): string[] {
  const lines = [
    `documents, ${part}: ${score.cases} cases (${score.dontKnowCases} "don't know")`,
    `  intent accuracy: ${ratio(score.cases - score.misses.length, score.cases)}`,
    `  fact accuracy: ${ratio(score.passed, score.scored)}`,
    `  false-answer rate: ${ratio(score.falseAnswers.length, score.dontKnowCases)}`,
    `  by source: ${score.bySource.map((s) => `${s.document} ${s.passed}/${s.scored}`).join(", ")}`,
  ];
  if (verbose && part === "tuned") {
    lines.push(...score.failures.map(failureLine));
    for (const r of score.misses.filter((m) => !score.failures.includes(m)))
      lines.push(
        `MISS ${JSON.stringify(r.case.text)} expected ${r.case.intent} got ${r.intent} (${r.route}), passed`,
      );
  }
  return lines;
}
