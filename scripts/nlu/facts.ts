// Scores the document corpus (test/nlu/documents/README.md) on what a user
// reads: a case with facts passes when the reply states one of them, a "don't
// know" case when the reply declines. A declined answer is a non-answer (don't
// know, not understood, a question back, a refusal) or the honest answer about
// someone absent: "not recorded as present".
import type { Intent } from "../../src/core/intents/types.ts";
import { fold } from "../../src/domain/names.ts";
import type { CorpusCase } from "./corpus.ts";

/** What the scoring reads of one case's result (scripts/nlu/evaluate.ts, CaseResult). */
export interface Answered {
  case: CorpusCase;
  /** The intent the bot answered, as the corpus names it. */
  intent: Intent | "none";
  /** Every reply as the console prints it: text, sections' titles, text and items. */
  shownText: string;
  /** Refused, or answered only "I don't know that" / "I don't understand" / a question back. */
  nonAnswer: boolean;
}

const NOT_PRESENT = fold("not recorded as present");

/**
 * Does the text state one of the facts? Both are folded (case, accents,
 * apostrophes ’ and ' alike, punctuation), then the fact is looked for as a
 * substring, as the corpus's own check did: "Germany" is found in "Germany's".
 */
export function statesFact(text: string, facts: readonly string[]): boolean {
  const said = fold(text);
  return facts.some((fact) => {
    const wanted = fold(fact);
    return wanted !== "" && said.includes(wanted);
  });
}

/** Did the bot decline to state a fact: a non-answer, or "not recorded as present"? */
export function declines(result: Pick<Answered, "shownText" | "nonAnswer">): boolean {
  return result.nonAnswer || fold(result.shownText).includes(NOT_PRESENT);
}

/** Whether a document case passed; undefined for a case with neither facts nor "don't know". */
export function passes(result: Answered): boolean | undefined {
  if (result.case.dontKnow) return declines(result);
  if (result.case.fact) return statesFact(result.shownText, result.case.fact);
  return undefined;
}

/**
 * The document a case's source names: "minutes 2016-10-06 item 5.4" ->
 * "minutes 2016-10-06", "non-paper ¶3" -> "non-paper". A refusal shown by an
 * attendance list ("minutes 2016-10-06 item 1 (apologies)") counts under its
 * document, one with no source or "none" under "none", as the README's table counts them.
 */
export function documentOf(source: string | undefined): string {
  return (source ?? "none").split(/ item| ¶| heading/)[0]!.trim() || "none";
}

export interface DocumentScore<R extends Answered> {
  cases: number;
  dontKnowCases: number;
  /** Cases whose intent is not the corpus's. */
  misses: R[];
  /** Cases with facts or "don't know": the ones fact accuracy is over. */
  scored: number;
  passed: number;
  /** Scored cases that did not pass, in corpus order. */
  failures: R[];
  /** "Don't know" cases answered without declining. */
  falseAnswers: R[];
  /** Passed and scored cases per document, in order of first appearance, "none" last. */
  bySource: { document: string; passed: number; scored: number }[];
}

export function scoreDocuments<R extends Answered>(results: readonly R[]): DocumentScore<R> {
  const bySource = new Map<string, { passed: number; scored: number }>();
  const failures: R[] = [];
  let passed = 0;
  for (const result of results) {
    const ok = passes(result);
    if (ok === undefined) continue;
    const document = documentOf(result.case.source);
    const tally = bySource.get(document) ?? { passed: 0, scored: 0 };
    bySource.set(document, tally);
    tally.scored += 1;
    if (ok) {
      passed += 1;
      tally.passed += 1;
    } else {
      failures.push(result);
    }
  }
  const documents = [...bySource.keys()].sort((a, b) => Number(a === "none") - Number(b === "none"));
  return {
    cases: results.length,
    dontKnowCases: results.filter((r) => r.case.dontKnow).length,
    misses: results.filter((r) => r.intent !== r.case.intent),
    scored: failures.length + passed,
    passed,
    failures,
    falseAnswers: failures.filter((r) => r.case.dontKnow),
    bySource: documents.map((document) => ({ document, ...bySource.get(document)! })),
  };
}
