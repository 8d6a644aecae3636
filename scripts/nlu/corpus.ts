// The utterance corpus (test/nlu/corpus.jsonl): one JSON case a line, what a
// person types and what the bot should make of it. A line names only fields
// declared here, so a misspelt one stops the run at its line instead of being
// dropped unseen; the optional ones a case may carry without being scored yet
// (expected facts, the corpus part, "added after a fix") are declared too.
import { readFileSync } from "node:fs";
import * as z from "zod";
import { INTENTS } from "../../src/core/intents/types.ts";

const entityList = z.array(z.string()).optional();

export const corpusCase = z
  .object({
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
    /** Facts the answer must state (a question about a document). */
    fact: z.array(z.string()).optional(),
    /** Tuned: the bot was worked on against it; untouched: held out, reported apart. */
    part: z.enum(["tuned", "untouched"]).optional(),
    /** Written after the fix of a failure it reproduces. */
    addedAfterFix: z.boolean().optional(),
  })
  .strict();

export type CorpusCase = z.infer<typeof corpusCase>;

/** The cases of a JSON-lines file; an error names the line (blank lines count) and what is wrong with it. */
export function loadCorpus(path: string): CorpusCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .flatMap((raw, index) => {
      const line = raw.trim();
      if (!line) return [];
      const where = `${path} line ${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
      const parsed = corpusCase.safeParse(json);
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
      return [parsed.data];
    });
}

/** The entities a case names, as "kind:value" ("coalition:Lao PDR"). */
export function expectedEntities(c: CorpusCase): string[] {
  return Object.entries(c.entities).flatMap(([kind, values]) =>
    (values ?? []).map((value) => `${kind}:${value}`),
  );
}
