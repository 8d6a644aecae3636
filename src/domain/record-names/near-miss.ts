// The one rule for reading a typo as a name ("Loas", "Cambodai", "Dorovich"):
// the same first letter and number of words, at most one typo (two from
// eight letters), a swap of two letters counting once; never on ordinary
// words, numbers or anything shorter than four letters. Every caller that
// forgives typos in names goes through here.

import { FUNCTION_WORDS } from "../function-words.ts";
import { NEVER_FUZZY } from "./words.ts";

/** A key within the typo limit of what was typed, and how many typos apart. */
export interface NearKey {
  key: string;
  distance: number;
}

/** Optimal string alignment distance (a swap of two letters counts once), capped at limit + 1. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Whether a folded phrase may be a misspelt name at all: not a number, an ordinary word or a short word. */
function mayBeTypo(phrase: string): boolean {
  return phrase.length >= 4 && !/\d/.test(phrase) && !NEVER_FUZZY.has(phrase) && !FUNCTION_WORDS.has(phrase);
}

function wordCount(text: string): number {
  let count = 1;
  for (const c of text) if (c === " ") count++;
  return count;
}

/**
 * The keys (folded, four letters or more) that `phrase` may be a typo of,
 * with their distances; `keys` may hold only those sharing its first letter.
 */
export function nearKeys(keys: Iterable<string>, phrase: string): NearKey[] {
  if (!mayBeTypo(phrase)) return [];
  const limit = phrase.length >= 8 ? 2 : 1;
  const words = wordCount(phrase);
  const found: NearKey[] = [];
  for (const key of keys) {
    if (key.length < 4 || key[0] !== phrase[0] || wordCount(key) !== words) continue;
    const distance = typoDistance(key, phrase, limit);
    if (distance <= limit) found.push({ key, distance });
  }
  return found;
}

/** The keys at the smallest distance: a nearer name wins, two as near are both meant. */
export function nearest(found: readonly NearKey[]): string[] {
  const least = Math.min(...found.map((near) => near.distance));
  return found.filter((near) => near.distance === least).map((near) => near.key);
}

/** Whether `typed` is `word` or a typo of it, by the rule above: for words shared between names. */
export function sameOrNearWord(typed: string, word: string): boolean {
  return typed === word || nearKeys([word], typed).length > 0;
}
