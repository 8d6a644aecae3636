// The evaluation corpora, one schema for both: what a person types and what
// the bot should make of it. The utterance corpus (test/nlu/corpus.jsonl)
// names the entities each message holds; the document corpus
// (test/nlu/documents-*.jsonl, see test/nlu/documents/README.md) names the
// facts a reply must state, where they are, and who the question is about.
// A line names only fields declared here, so a misspelt one stops the run at
// its line instead of being dropped unseen.
import { readFileSync } from "node:fs";
import * as z from "zod";
import { INTENTS } from "../../src/core/intents/types.ts";

const entityList = z.array(z.string()).optional();

const corpusLine = z
  .object({
    text: z.string(),
    intent: z.enum(INTENTS),
    /** The records the message names; document cases have none, and entity scoring skips them. */
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
      .strict()
      .optional(),
    /** Person speaking (full name); the default speaker otherwise. */
    as: z.string().optional(),
    /** Earlier messages of the same conversation, oldest first. */
    context: z.array(z.string()).optional(),
    /** Must be answered "I don't know that", never with a fact. */
    dontKnow: z.boolean().optional(),
    /** Facts the answer must state, at least one of them (a question about a document). */
    fact: z.array(z.string()).optional(),
    /** The delegation the question is about, by its directory name. */
    speaker: z.string().optional(),
    /** Where the fact is: "minutes 2016-10-06 item 5.4", "non-paper ¶3", "none". */
    source: z.string().optional(),
    /** Written after the fix of a failure it reproduces. */
    addedAfterFix: z.boolean().optional(),
  })
  .strict();

export const CORPUS_PARTS = ["tuned", "untouched"] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

export type CorpusCase = z.infer<typeof corpusLine> & {
  /** Tuned: the bot was worked on against it; untouched: held out, reported apart. Set per file. */
  part?: CorpusPart;
};

/**
 * The cases of a JSON-lines file, each marked with `part` when given (a file
 * is one part); an error names the line (blank lines count) and what is wrong with it.
 */
export function loadCorpus(path: string, part?: CorpusPart): CorpusCase[] {
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
        // without the snippet of the line V8 quotes: a held-out case is never printed
        const why = (error as Error).message.replace(/, ".*" is not valid JSON$/s, " is not valid JSON");
        throw new Error(`${where}: ${why}`);
      }
      const parsed = corpusLine.safeParse(json);
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
      return [part ? { ...parsed.data, part } : parsed.data];
    });
}

/** The entities a case names, as "kind:value" ("coalition:Lao PDR"). */
export function expectedEntities(c: CorpusCase): string[] {
  return Object.entries(c.entities ?? {}).flatMap(([kind, values]) =>
    (values ?? []).map((value) => `${kind}:${value}`),
  );
}
