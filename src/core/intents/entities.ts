// The records a message names: delegations (with aliases, ISO codes typed in
// capitals, demonyms), people (full, family or first name, without accents),
// thematic areas, action items. Exact phrases first, longest first; then
// near misses (one typo, two in long names) found with fuse.js and checked by
// edit distance, never on ordinary English words.
import Fuse from "fuse.js";
import { aliasKey, fold } from "../../domain/names.ts";
import type { AreaEntry, DelegationEntry, Directory, PersonEntry } from "../../store/directory.ts";
import { AREA_NAMES, DELEGATION_NAMES, NEVER_FUZZY, PRESIDENCY_WORDS } from "./lexicon.ts";
import { type Entities, emptyEntities } from "./types.ts";
import { FUNCTION_WORDS } from "./vocabulary.ts";

type Target =
  | { kind: "delegation"; delegation: DelegationEntry }
  | { kind: "area"; area: AreaEntry }
  | { kind: "person"; person: PersonEntry };

interface AliasIndex {
  byKey: Map<string, Target[]>;
  keys: string[];
  fuse: Fuse<string>;
  longest: number;
  /** nearMiss's answers so far: a fuzzy search over a large committee's names costs most of a millisecond. */
  near: Map<string, string | null>;
}

/** Phrases whose near miss is remembered per index; past this the memory starts again. */
const NEAR_KEPT = 5000;

const indexes = new WeakMap<Directory, AliasIndex>();

function add(map: Map<string, Target[]>, key: string, target: Target): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  const same = list.some((t) => t.kind === target.kind && targetId(t) === targetId(target));
  if (!same) list.push(target);
  map.set(key, list);
}

function targetId(target: Target): number {
  if (target.kind === "delegation") return target.delegation.id;
  if (target.kind === "area") return target.area.id;
  return target.person.id;
}

function buildIndex(dir: Directory): AliasIndex {
  const byKey = new Map<string, Target[]>();
  for (const delegation of dir.delegations) {
    const target: Target = { kind: "delegation", delegation };
    add(byKey, aliasKey(delegation.name), target);
    for (const alias of delegation.aliases) add(byKey, alias, target);
    if (delegation.isoCode) add(byKey, delegation.isoCode.toLowerCase(), target);
  }
  for (const [key, name] of Object.entries(DELEGATION_NAMES)) {
    const delegation = dir.delegations.find((d) => d.name === name);
    if (delegation) add(byKey, key, { kind: "delegation", delegation });
  }
  const presidency = dir.delegations.find((d) => d.id === dir.committee.presidencyDelegationId);
  if (presidency) {
    const label = dir.committee.presidencyLabel ? [`${fold(dir.committee.presidencyLabel)} presidency`] : [];
    for (const key of [...PRESIDENCY_WORDS, ...label])
      add(byKey, key, { kind: "delegation", delegation: presidency });
  }
  for (const area of dir.areas) {
    const target: Target = { kind: "area", area };
    add(byKey, aliasKey(area.name), target);
    if (area.shortName) add(byKey, aliasKey(area.shortName), target);
    for (const alias of area.aliases) add(byKey, alias, target);
  }
  for (const [key, name] of Object.entries(AREA_NAMES)) {
    const area = dir.areas.find((a) => a.name === name);
    if (area) add(byKey, key, { kind: "area", area });
  }
  for (const person of dir.persons) {
    const target: Target = { kind: "person", person };
    add(byKey, fold(person.name), target);
    add(byKey, fold(person.familyName), target);
    const first = fold(person.name).split(" ")[0] ?? "";
    if (first.length >= 4 && !NEVER_FUZZY.has(first)) add(byKey, first, target);
  }
  const keys = [...byKey.keys()];
  return {
    byKey,
    keys,
    fuse: new Fuse(
      keys.filter((k) => k.length >= 4),
      { includeScore: true, threshold: 0.4, ignoreLocation: true },
    ),
    longest: Math.max(...keys.map((k) => k.split(" ").length)),
    near: new Map(),
  };
}

function indexFor(dir: Directory): AliasIndex {
  let index = indexes.get(dir);
  if (!index) {
    index = buildIndex(dir);
    indexes.set(dir, index);
  }
  return index;
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

function nearMiss(index: AliasIndex, phrase: string): string | null {
  const known = index.near.get(phrase);
  if (known !== undefined) return known;
  const found = searchNearMiss(index, phrase);
  if (index.near.size >= NEAR_KEPT) index.near.clear();
  index.near.set(phrase, found);
  return found;
}

function searchNearMiss(index: AliasIndex, phrase: string): string | null {
  if (phrase.length < 4 || /\d/.test(phrase) || NEVER_FUZZY.has(phrase) || FUNCTION_WORDS.has(phrase))
    return null;
  const limit = phrase.length >= 8 ? 2 : 1;
  const words = phrase.split(" ").length;
  const fits = (key: string) =>
    key[0] === phrase[0] && key.split(" ").length === words && typoDistance(key, phrase, limit) <= limit;
  const ranked = index.fuse.search(phrase, { limit: 5 }).map((result) => result.item);
  // Fuse ranks near misses well but misses short swaps ("Loas"); the edit distance catches those.
  return ranked.find(fits) ?? index.keys.find((key) => key.length >= 4 && fits(key)) ?? null;
}

const HONORIFICS = new Set(["mr", "ms", "mrs", "dr", "he", "h e", "ambassador", "amb"]);
const NOT_NAMES = new Set(
  (
    "i ccm cc msp apmbc apmbbc ccw un unog asean dap article convention committee coordination coordinator " +
    "coordinators states state parties party meeting meetings minutes agenda president presidency rapporteur " +
    "ok thanks hi hello please could can is are has have did does do what who when where which how why will " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday action actions a coalition coalitions country update updates " +
    "mission permanent non paper plan resolution trust fund first second general status operation director " +
    "secretariat"
  ).split(" "),
);

/** Places the records speak of: not delegations, but a question naming one is about that place. */
const PLACES = new Set(
  "geneva new york bangkok zagreb lebanon beirut santiago chile dubrovnik addis ababa cameroon africa asia caucasus pacific".split(
    " ",
  ),
);

/** The records named in `text`; `original` keeps the capitals (two-letter codes count only in capitals). */
export function extractEntities(dir: Directory, folded: string, original: string): Entities {
  const index = indexFor(dir);
  const words = folded.split(" ").filter(Boolean);
  const taken = new Array<boolean>(words.length).fill(false);
  const capitals = new Set([...original.matchAll(/\b[A-Z]{2}\b/g)].map((m) => m[0].toLowerCase()));
  const found: Target[][] = [];
  const take = (start: number, length: number, targets: Target[]) => {
    for (let k = start; k < start + length; k++) taken[k] = true;
    found.push(targets);
  };

  for (let length = Math.min(index.longest, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      if (taken.slice(start, start + length).some(Boolean)) continue;
      const phrase = words.slice(start, start + length).join(" ");
      if (phrase.length < 2 || (phrase.length === 2 && !capitals.has(phrase))) continue;
      if (length === 1 && HONORIFICS.has(phrase)) continue;
      const targets = index.byKey.get(phrase);
      if (targets) take(start, length, targets);
    }
  }
  for (const length of [2, 1]) {
    for (let start = 0; start + length <= words.length; start++) {
      if (taken.slice(start, start + length).some(Boolean)) continue;
      const phrase = words.slice(start, start + length).join(" ");
      const key = nearMiss(index, phrase);
      const targets = key ? index.byKey.get(key) : undefined;
      if (targets) take(start, length, targets);
    }
  }

  const entities = emptyEntities();
  for (const targets of found) {
    const persons = targets.flatMap((t) => (t.kind === "person" ? [t.person] : []));
    if (persons.length > 1) entities.ambiguousPersons.push(persons);
    else if (persons[0]) pushUnique(entities.persons, persons[0]);
    for (const t of targets) {
      if (t.kind === "delegation") pushUnique(entities.delegations, t.delegation);
      if (t.kind === "area") pushUnique(entities.areas, t.area);
    }
  }
  settleAmbiguousPersons(entities);
  entities.actions = actionNumbers(folded);
  const names = properNames(original, index);
  entities.unknownNames = names.unknown;
  entities.places = names.places;
  entities.unmatched = words.filter((_, k) => !taken[k]);
  entities.leftovers = words.filter(
    (word, k) => !taken[k] && word.length > 2 && !FUNCTION_WORDS.has(word) && !/^\d/.test(word),
  );
  return entities;
}

function pushUnique<T extends { id: number }>(list: T[], item: T): void {
  if (!list.some((x) => x.id === item.id)) list.push(item);
}

/** "Ms. Muñoz of Costa Rica": the delegation named alongside settles which Muñoz. */
function settleAmbiguousPersons(entities: Entities): void {
  entities.ambiguousPersons = entities.ambiguousPersons.filter((group) => {
    const inDelegation = group.filter((p) => entities.delegations.some((d) => d.id === p.delegationId));
    if (inDelegation.length === 1 && inDelegation[0]) {
      pushUnique(entities.persons, inDelegation[0]);
      return false;
    }
    const already = group.filter((p) => entities.persons.some((q) => q.id === p.id));
    return already.length === 0;
  });
}

function actionNumbers(folded: string): number[] {
  const numbers = [...folded.matchAll(/\b(?:a|action(?: item)?|item)\s?(\d{1,4})\b/g)].map((m) =>
    Number(m[1]),
  );
  return [...new Set(numbers)];
}

/** Capitalised names that are no record of the committee: places it speaks of, and names it does not know. */
function properNames(original: string, index: AliasIndex): { places: string[]; unknown: string[] } {
  const places: string[] = [];
  const names: string[] = [];
  for (const match of original.matchAll(/(^|[.!?:]\s*|\s)([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)/gu)) {
    const atStart = (match.index ?? 0) === 0 || /[.!?:]/.test(match[1] ?? "");
    const words = fold(match[2] ?? "")
      .split(" ")
      .filter((w) => !HONORIFICS.has(w));
    const candidates = atStart ? words.slice(1) : words;
    for (const word of candidates) {
      if (PLACES.has(word)) places.push(word);
      if (word.length < 3 || NOT_NAMES.has(word) || FUNCTION_WORDS.has(word) || NEVER_FUZZY.has(word))
        continue;
      if (PLACES.has(word)) continue;
      if (index.byKey.has(word) || nearMiss(index, word)) continue;
      if ([...index.byKey.keys()].some((key) => key.split(" ").includes(word))) continue;
      names.push(word);
    }
  }
  return { places, unknown: names };
}
