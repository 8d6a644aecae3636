// Scores the intent layer on a corpus of utterances (test/nlu/corpus.jsonl):
// intent accuracy, entity F1 and the false-answer rate (a "don't know" case
// that got a factual answer), each case run through the same path a chat
// message takes, after its "after" turns in the same conversation.
import { readFileSync } from "node:fs";
import * as z from "zod";
import type { Clock } from "../../clock.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import type { Logger } from "../../log.ts";
import { loadRecords } from "../../read-model/load.ts";
import { loadDirectory, toPersonEntry } from "../../store/directory.ts";
import type { Db } from "../../store/open.ts";
import { actorFor, type CommandContext } from "../context.ts";
import type { ChatRequest } from "../request.ts";
import { type Response, respond } from "./answer.ts";
import { isNonAnswer } from "./answers/shared.ts";
import { createConversationMemory } from "./memory.ts";
import { INTENTS, type Understanding } from "./types.ts";

const entityList = z.array(z.string()).optional();

export const corpusCase = z.object({
  text: z.string(),
  intent: z.enum(INTENTS),
  entities: z
    .object({
      delegation: entityList,
      area: entityList,
      coalition: entityList,
      person: entityList,
      meeting: entityList,
      action: entityList,
      filter: entityList,
      date: entityList,
    })
    .strict(),
  /** Person speaking (full name); the default speaker otherwise. */
  as: z.string().optional(),
  /** Earlier messages of the same conversation. */
  after: z.array(z.string()).optional(),
  /** Must be answered "I don't know that", never with a fact. */
  dontKnow: z.boolean().optional(),
});

export type CorpusCase = z.infer<typeof corpusCase>;

export function loadCorpus(path: string): CorpusCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const parsed = corpusCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`corpus line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface EvalDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Who speaks when a case names no one (a full name). */
  defaultSpeaker: string;
}

export interface CaseResult {
  case: CorpusCase;
  intent: string;
  entities: string[];
  expectedEntities: string[];
  replyText: string;
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
  /** "Don't know" cases that got a factual answer. */
  falseAnswers: CaseResult[];
  falseAnswerRate: number;
  /** Answerable cases the bot refused ("I don't know that"). */
  refused: CaseResult[];
  misses: CaseResult[];
  medianMs: number;
}

function predictedEntities(u: Understanding): string[] {
  const e = u.entities;
  const out = [
    ...e.delegations.map((d) => `delegation:${d.name}`),
    ...e.areas.map((a) => `area:${a.name}`),
    ...e.coalitions.map((c) => `coalition:${c.name}`),
    ...e.persons.map((p) => `person:${p.name}`),
    ...e.ambiguousPersons.flat().map((p) => `person:${p.name}`),
    ...e.actions.map((n) => `action:${actionHandle(n)}`),
    ...e.filters.map((f) => `filter:${f}`),
  ];
  if (e.meeting?.found) out.push(`meeting:${e.meeting.date}`);
  else if (e.dueBy) out.push(`date:${e.dueBy}`);
  return [...new Set(out)];
}

function expectedEntities(c: CorpusCase): string[] {
  return Object.entries(c.entities).flatMap(([kind, values]) =>
    (values ?? []).map((value) => `${kind}:${value}`),
  );
}

async function contextFor(deps: EvalDeps, speaker: string, conversationId: string): Promise<CommandContext> {
  const record = await deps.db.person.findFirst({ where: { name: speaker }, include: { roles: true } });
  if (!record) throw new Error(`no person named ${speaker}`);
  const person = toPersonEntry(record);
  const request: ChatRequest = {
    speaker: { kind: "person", personId: person.id },
    conversation: { platform: "console", id: conversationId, kind: "dm" },
    kind: "message",
    text: "",
  };
  const dir = await loadDirectory(deps.db);
  return {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    dir,
    records: await loadRecords(deps.db, dir.committee.id),
    fresh: () => loadRecords(deps.db, dir.committee.id),
    person,
    actor: actorFor(request, person),
    request,
    now: deps.clock.now(),
  };
}

/** Runs one case (its earlier turns first) and times the last message's understand + answer. */
export async function runCase(
  deps: EvalDeps,
  c: CorpusCase,
  index: number,
): Promise<{ response: Response; ms: number }> {
  const memory = createConversationMemory(deps.clock);
  const context = await contextFor(deps, c.as ?? deps.defaultSpeaker, `eval:${index}`);
  for (const earlier of c.after ?? []) await respond(context, earlier, memory);
  const started = performance.now();
  const response = await respond(context, c.text, memory);
  return { response, ms: performance.now() - started };
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

export async function evaluateCorpus(deps: EvalDeps, corpus: readonly CorpusCase[]): Promise<EvalReport> {
  const results: CaseResult[] = [];
  for (const [index, c] of corpus.entries()) {
    const { response, ms } = await runCase(deps, c, index);
    const nonAnswer = response.replies.length > 0 && response.replies.every(isNonAnswer);
    results.push({
      case: c,
      intent: response.intent,
      entities: predictedEntities(response.understanding),
      expectedEntities: expectedEntities(c),
      replyText: response.replies.map((r) => r.text).join(" | "),
      nonAnswer,
      ms,
    });
  }
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const r of results) {
    const wanted = new Set(r.expectedEntities);
    truePositives += r.entities.filter((e) => wanted.has(e)).length;
    predicted += r.entities.length;
    expected += wanted.size;
  }
  const precision = predicted ? truePositives / predicted : 1;
  const recall = expected ? truePositives / expected : 1;
  const dontKnow = results.filter((r) => r.case.dontKnow);
  const falseAnswers = dontKnow.filter((r) => !r.nonAnswer);
  return {
    cases: results.length,
    intentAccuracy: results.filter((r) => r.intent === r.case.intent).length / Math.max(1, results.length),
    entityPrecision: precision,
    entityRecall: recall,
    entityF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dontKnowCases: dontKnow.length,
    falseAnswers,
    falseAnswerRate: falseAnswers.length / Math.max(1, dontKnow.length),
    refused: results.filter((r) => !r.case.dontKnow && r.nonAnswer && r.intent === "unknown"),
    misses: results.filter((r) => r.intent !== r.case.intent),
    medianMs: median(results.map((r) => r.ms)),
  };
}

/** Median time to understand and answer one message over the corpus, in milliseconds (for `npm run bench`). */
export async function medianUnderstandAndAnswerMs(
  deps: EvalDeps,
  corpus: readonly CorpusCase[],
): Promise<number> {
  const times: number[] = [];
  for (const [index, c] of corpus.entries()) times.push((await runCase(deps, c, index)).ms);
  return median(times);
}
