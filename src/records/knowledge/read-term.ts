// Reading a word typed in a question against the documents' vocabulary: the
// term itself, a short form of a longer word ("admin"), or the word it is a
// typo of, among the terms and the words as written before synonyms merged
// them ("destuction"). Read once per snapshot of the documents.
import { typoDistance } from "../../domain/record-names/near-miss.ts";
import type { Knowledge } from "./knowledge.ts";
import { stem } from "./vocabulary.ts";

/** Terms the index holds: a typed term, or the known term it is a typo of. */
export function knownTerm(knowledge: Knowledge, term: string): string | null {
  if (knowledge.documentFrequency.has(term)) return term;
  const read = knowledge.readAs.get(term);
  if (read !== undefined) return read;
  const found = nearestTerm(knowledge, term);
  // bounded: typed words are few, and a new snapshot of the documents starts afresh
  if (knowledge.readAs.size < 10_000) knowledge.readAs.set(term, found);
  return found;
}

function nearestTerm(knowledge: Knowledge, term: string): string | null {
  if (term.length < 4 || /\d/.test(term)) return null;
  // "admin" is the records' "administrative": a typed short form of a longer word
  let longer: { term: string; df: number } | null = null;
  for (const [known, df] of term.length >= 5 ? knowledge.documentFrequency : []) {
    if (knowledge.names.has(known)) continue;
    if (known.length > term.length && known.startsWith(term) && (!longer || df > longer.df))
      longer = { term: known, df };
  }
  if (longer) return longer.term;
  const ending = droppedVowel(knowledge, term);
  if (ending) return ending;
  const limit = term.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; df: number } | null = null;
  // against the documents' terms, and their words as written before synonyms merged them ("destuction")
  const written = [
    ...[...knowledge.documentFrequency.keys()].map((known): [string, string] => [known, known]),
    ...knowledge.forms,
  ];
  for (const [form, known] of written) {
    if (form[0] !== term[0] || Math.abs(form.length - term.length) > limit) continue;
    const distance = typoDistance(form, term, limit);
    const df = knowledge.documentFrequency.get(known) ?? 0;
    if (
      distance <= limit &&
      (!best || distance < best.distance || (distance === best.distance && df > best.df))
    )
      best = { term: known, distance, df };
  }
  return best?.term ?? null;
}

/**
 * "hostng", "mentiond", "circulatd": a vowel left out of the ending, typed fast. The word with it put back
 * is cut to its stem again ("hosting" is "host"), which a distance of one from the typed word does not reach.
 */
function droppedVowel(knowledge: Knowledge, term: string): string | null {
  if (term.length < 5) return null;
  let best: { term: string; df: number } | null = null;
  for (let at = term.length - 3; at < term.length; at++)
    for (const vowel of "aeio") {
      const read = stem(`${term.slice(0, at)}${vowel}${term.slice(at)}`);
      const df = knowledge.documentFrequency.get(read);
      if (df !== undefined && read !== term && (!best || df > best.df)) best = { term: read, df };
    }
  return best?.term ?? null;
}
