// "What does RACVIAC stand for", "7a, 7b and 7c - what do they stand for": an
// acronym's expansion is answered only by a sentence that spells it out
// ("Implementation Support Unit (ISU)"), never by one that merely uses it.
import type { Knowledge } from "../../../records/knowledge/knowledge.ts";

const ASKED = /\b(?:stand|stands) for\b|\bacronyms?\b/i;

/**
 * The acronyms a question asks the expansion of: words the documents write in capitals ("racviac" for
 * RACVIAC) or short codes ("7a"); none when the question asks no expansion.
 */
export function acronymsAsked(text: string, knowledge: Knowledge): string[] {
  const at = text.search(ASKED);
  if (at < 0) return [];
  // the words before "stand for" ("what do 7a, 7b and 7c stand for in the ISU figures": not the ISU)
  const words = text.slice(0, /acronym/i.test(text) ? text.length : at).match(/\b[\w-]{2,}\b/g) ?? [];
  return words.filter(
    (word) =>
      /^\d+[a-z]$/i.test(word) ||
      knowledge.sentences.some((s) => new RegExp(`\\b${word.toUpperCase()}\\b`).test(s.text)),
  );
}

/** Whether the documents spell out one of the acronyms: "Long Name (ACRONYM)" or "ACRONYM (Long Name)". */
export function spelledOut(knowledge: Knowledge, acronyms: readonly string[]): boolean {
  return acronyms.some((acronym) => {
    const typed = acronym.toUpperCase().replace(/[^\w-]/g, "");
    const expanded = new RegExp(
      `[A-Z][\\w-]+(?: [\\w-]+){1,8} \\(${typed}\\)|\\b${typed} \\([A-Z][\\w-]+(?: [\\w-]+){1,8}\\)`,
    );
    return knowledge.sentences.some((s) => expanded.test(s.text));
  });
}
