// Scores the bot on a corpus (scripts/nlu/corpus.ts): intent accuracy, entity
// F1 and the false-answer rate (a "don't know" case that got a factual
// answer); the document corpus's facts are scored on each result's shown text
// (scripts/nlu/facts.ts). Each case is a chat message to the core, as a person in a
// console DM sends it, after its "context" turns in the same conversation: the
// command-or-question choice, thread answers, refusals and reply routing are
// the real ones, and what the bot made of the message is read from the core's
// trace of the request (scripts/nlu/reading.ts).
import { CONSOLE_CONVERSATION, requestFor } from "../../adapters/console/session.ts";
import type { Clock } from "../../src/clock.ts";
import { createCore, type RequestTrace } from "../../src/core/core.ts";
import { isNonAnswer } from "../../src/core/intents/answers/shared.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import type { Logger } from "../../src/log.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { Db } from "../../src/store/open.ts";
import { type CorpusCase, expectedEntities } from "./corpus.ts";
import { declines } from "./facts.ts";
import { type Reading, readTrace } from "./reading.ts";

export interface EvalDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Who speaks when a case names no one (a full name). */
  defaultSpeaker: string;
  /** Names the cases' conversations ("console:eval-3"), apart for each corpus run on one store. */
  conversations?: string;
}

export interface CaseResult extends Reading {
  case: CorpusCase;
  expectedEntities: string[];
  replyText: string;
  /** Every reply as the console prints it (sections included): what fact scoring reads. */
  shownText: string;
  /** Refused, or answered only "I don't know that" / "I don't understand" / a question back. */
  nonAnswer: boolean;
  ms: number;
}

export interface EvalReport {
  cases: number;
  intentAccuracy: number;
  entityPrecision: number;
  entityRecall: number;
  entityF1: number;
  dontKnowCases: number;
  /** "Don't know" cases answered without declining (scripts/nlu/facts.ts, declines). */
  falseAnswers: CaseResult[];
  falseAnswerRate: number;
  /** Answerable cases the bot refused or said it does not know. */
  refused: CaseResult[];
  misses: CaseResult[];
  medianMs: number;
}

/** Sends the corpus's messages to one core, as chat messages, and reads its trace of each. */
function createRunner(deps: EvalDeps) {
  let trace: RequestTrace = {};
  const core = createCore({
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    observe: (_request, observed) => {
      trace = observed;
    },
  });
  const personIds = new Map<string, number>();

  async function personId(name: string): Promise<number> {
    const known = personIds.get(name);
    if (known !== undefined) return known;
    const record = await deps.db.person.findFirst({ where: { name }, select: { id: true } });
    if (!record) throw new Error(`no person named ${name}`);
    personIds.set(name, record.id);
    return record.id;
  }

  /** Runs one case (its earlier turns first, in its own conversation) and times its last message. */
  async function runCase(c: CorpusCase, index: number) {
    const speaker = await personId(c.as ?? deps.defaultSpeaker);
    // Each case its own DM, so a follow-up leans only on its own earlier turns.
    const message = (text: string): ChatRequest => ({
      ...requestFor(speaker, text),
      conversation: { ...CONSOLE_CONVERSATION, id: `console:${deps.conversations ?? "eval"}-${index}` },
    });
    for (const earlier of c.context ?? []) await core.handle(message(earlier));
    trace = {};
    const started = performance.now();
    const replies: Reply[] = await core.handle(message(c.text));
    return { replies, trace, ms: performance.now() - started };
  }
  return { runCase };
}

/** Every case's result, in corpus order. */
export async function runCorpus(deps: EvalDeps, corpus: readonly CorpusCase[]): Promise<CaseResult[]> {
  const { runCase } = createRunner(deps);
  const results: CaseResult[] = [];
  for (const [index, c] of corpus.entries()) {
    const { replies, trace, ms } = await runCase(c, index);
    results.push({
      case: c,
      ...readTrace(trace, c.intent),
      expectedEntities: expectedEntities(c),
      replyText: replies.map((r) => r.text).join(" | "),
      shownText: replies.map(renderPlainText).join("\n\n"),
      nonAnswer: Boolean(trace.refused) || (replies.length > 0 && replies.every(isNonAnswer)),
      ms,
    });
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The figures over some results: all of them, or one part of the corpus. */
export function scoreResults(results: readonly CaseResult[]): EvalReport {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  // only the cases that name their entities: a document case names none
  for (const r of results) {
    if (!r.case.entities) continue;
    const wanted = new Set(r.expectedEntities);
    truePositives += r.entities.filter((e) => wanted.has(e)).length;
    predicted += r.entities.length;
    expected += wanted.size;
  }
  const precision = predicted ? truePositives / predicted : 1;
  const recall = expected ? truePositives / expected : 1;
  const dontKnow = results.filter((r) => r.case.dontKnow);
  const falseAnswers = dontKnow.filter((r) => !declines(r));
  const misses = results.filter((r) => r.intent !== r.case.intent);
  return {
    cases: results.length,
    intentAccuracy: (results.length - misses.length) / Math.max(1, results.length),
    entityPrecision: precision,
    entityRecall: recall,
    entityF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dontKnowCases: dontKnow.length,
    falseAnswers,
    falseAnswerRate: falseAnswers.length / Math.max(1, dontKnow.length),
    refused: results.filter((r) => !r.case.dontKnow && r.nonAnswer && r.intent === "unknown"),
    misses,
    medianMs: median(results.map((r) => r.ms)),
  };
}

export async function evaluateCorpus(deps: EvalDeps, corpus: readonly CorpusCase[]): Promise<EvalReport> {
  return scoreResults(await runCorpus(deps, corpus));
}

/** Median time the core takes to answer one corpus message, in milliseconds (for `npm run bench`). */
export async function medianUnderstandAndAnswerMs(
  deps: EvalDeps,
  corpus: readonly CorpusCase[],
): Promise<number> {
  const { runCase } = createRunner(deps);
  const times: number[] = [];
  for (const [index, c] of corpus.entries()) times.push((await runCase(c, index)).ms);
  return median(times);
}
