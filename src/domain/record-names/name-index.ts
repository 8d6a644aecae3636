// Names as keys (folded: lower case, no accents) to the records they name,
// built once per set of records, and the three ways a text can name one:
// a key exactly, a key among its words, or a near miss of a key.
import { type NearKey, nearest, nearKeys } from "./near-miss.ts";

export interface NameIndex<T> {
  /** The records each key names; one key can name several ("munoz", "laos"). */
  byKey: Map<string, T[]>;
  /** Keys of four letters or more by first letter, where a near miss is looked for. */
  byInitial: Map<string, string[]>;
  /** The most words in one key. */
  longest: number;
  /** Every word of every key. */
  words: Set<string>;
  /** Near misses found so far: a search over a large committee's names costs most of a millisecond. */
  near: Map<string, NearKey[]>;
}

/** Phrases whose near misses are remembered per index; past this the memory starts again. */
const NEAR_KEPT = 5000;

/** An index of `entries` (key, record); `id` tells when two entries name the same record. */
export function nameIndex<T>(
  entries: Iterable<readonly [string, T]>,
  id: (target: T) => string,
): NameIndex<T> {
  const byKey = new Map<string, T[]>();
  for (const [key, target] of entries) {
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    if (!list.some((known) => id(known) === id(target))) list.push(target);
    byKey.set(key, list);
  }
  const byInitial = new Map<string, string[]>();
  const words = new Set<string>();
  let longest = 0;
  for (const key of byKey.keys()) {
    const parts = key.split(" ");
    for (const word of parts) words.add(word);
    longest = Math.max(longest, parts.length);
    if (key.length < 4) continue;
    const initial = key[0] ?? "";
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), key]);
  }
  return { byKey, byInitial, longest, words, near: new Map() };
}

/** The records `key` names exactly, of those `accept` lets through. */
export function named<T>(index: NameIndex<T>, key: string, accept: (target: T) => boolean): T[] {
  const targets = index.byKey.get(key);
  return targets ? targets.filter(accept) : [];
}

/** The records named by the longest key (three letters or more) standing as whole words in `text`. */
export function namedWithin<T>(index: NameIndex<T>, text: string, accept: (target: T) => boolean): T[] {
  const words = text.split(" ").filter(Boolean);
  let best = 0;
  let found: T[] = [];
  for (let length = Math.min(index.longest, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const key = words.slice(start, start + length).join(" ");
      if (key.length < 3 || key.length < best) continue;
      const targets = named(index, key, accept);
      if (targets.length === 0) continue;
      if (key.length > best) {
        best = key.length;
        found = [];
      }
      found.push(...targets);
    }
  }
  return found;
}

/** The keys `phrase` may be a typo of (see near-miss.ts), remembered per index. */
function nearMisses<T>(index: NameIndex<T>, phrase: string): NearKey[] {
  const known = index.near.get(phrase);
  if (known) return known;
  const found = nearKeys(index.byInitial.get(phrase[0] ?? "") ?? [], phrase);
  if (index.near.size >= NEAR_KEPT) index.near.clear();
  index.near.set(phrase, found);
  return found;
}

/** The records of the nearest keys `phrase` may be a typo of, of those `accept` lets through. */
export function namedNearly<T>(index: NameIndex<T>, phrase: string, accept: (target: T) => boolean): T[] {
  const found = nearMisses(index, phrase);
  if (found.length === 0) return [];
  const usable = found.filter((near) => named(index, near.key, accept).length > 0);
  return nearest(usable).flatMap((key) => named(index, key, accept));
}
