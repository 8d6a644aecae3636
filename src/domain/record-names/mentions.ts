// The records named somewhere in free text ("what does NZ owe on VA?", "wher
// are we with Loas"): whole names first, longest first, two-letter codes only
// when typed in capitals or no word (so "no" and "it" stay words), an honorific alone
// never; then near misses of one or two words among what is left.

import type { Directory } from "../directory.ts";
import { aliasKey } from "../names.ts";
import { directoryNames, HONORIFICS } from "./directory-names.ts";
import { named, namedNearly } from "./name-index.ts";
import { type Subject, type SubjectKind, uniqueSubjects } from "./subjects.ts";

export interface Mentions {
  /** The records each name found stands for, in the order found. */
  found: Subject[][];
  /** Which of the words are part of a name found. */
  taken: boolean[];
}

/**
 * Two-letter words of English, French and Spanish and of chat ("no", "it", "la", "hr"): typed in lower
 * case they are words, never codes.
 */
const TWO_LETTER_WORDS = new Set(
  (
    "ah am an as at au ba be by ch cl de do du eg eh el en et fr go ha he hi hr id ie if in is it la le " +
    "me my no of oh ok on or pm re so to tv un up us vs we ye yo"
  ).split(" "),
);

/**
 * Two-letter words that may be read as codes, folded: those typed in capitals ("NZ", "VA", "IT"), and
 * those typed in lower case that are no word ("nz", "nl", "va": delegates type them so).
 */
export function capitalCodes(original: string): Set<string> {
  return new Set(
    [...original.matchAll(/\b[A-Za-z]{2}\b/g)]
      .map((m) => m[0])
      .filter((word) => /^[A-Z]{2}$/.test(word) || !TWO_LETTER_WORDS.has(word.toLowerCase()))
      .map((word) => word.toLowerCase()),
  );
}

/** The records of `kinds` named in `words` (folded text split on spaces). */
export function scanMentions(
  dir: Directory,
  words: readonly string[],
  capitals: ReadonlySet<string>,
  kinds: readonly SubjectKind[],
): Mentions {
  const { index } = directoryNames(dir);
  const accept = (subject: Subject) => kinds.includes(subject.kind);
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Subject[][] = [];
  const free = (start: number, length: number) => !taken.slice(start, start + length).some(Boolean);
  const take = (start: number, length: number, targets: Subject[]) => {
    for (let k = start; k < start + length; k++) taken[k] = true;
    found.push(targets);
  };

  for (let length = Math.min(index.longest, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      if (!free(start, length)) continue;
      const phrase = words.slice(start, start + length).join(" ");
      if (phrase.length < 2 || (phrase.length === 2 && !capitals.has(phrase))) continue;
      if (length === 1 && HONORIFICS.has(phrase)) continue;
      const targets = named(index, phrase, accept);
      if (targets.length > 0) take(start, length, targets);
    }
  }
  for (const length of [2, 1]) {
    for (let start = 0; start + length <= words.length; start++) {
      if (!free(start, length)) continue;
      const targets = namedNearly(index, words.slice(start, start + length).join(" "), accept);
      if (targets.length > 0) take(start, length, targets);
    }
  }
  return { found, taken };
}

/** Every record of `kinds` named in `text`, in the order found. */
export function findMentions(dir: Directory, text: string, kinds: readonly SubjectKind[]): Subject[] {
  const words = aliasKey(text).split(" ").filter(Boolean);
  return uniqueSubjects(scanMentions(dir, words, capitalCodes(text), kinds).found.flat());
}
