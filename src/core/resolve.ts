// Turns a name as typed ("Laos", "BiH", "victim assistance", "Dorovic",
// "the Lao coalition") into the committee's records: exact aliases first,
// then aliases contained in the text, then near misses (one or two typos).
import { aliasKey, fold } from "../domain/names.ts";
import type {
  AreaEntry,
  CoalitionEntry,
  DelegationEntry,
  Directory,
  PersonEntry,
} from "../store/directory.ts";
import { PRESIDENCY_WORDS } from "./intents/lexicon.ts";

export type Subject =
  | { kind: "delegation"; delegation: DelegationEntry }
  | { kind: "area"; area: AreaEntry }
  | { kind: "coalition"; coalition: CoalitionEntry }
  | { kind: "person"; person: PersonEntry };

export type SubjectKind = Subject["kind"];

const FILLER =
  /\b(?:the|a|of|in|on|for|about|with|country|coalitions?|area|thematic|coordinators?|coordination|delegation|status|update|please)\b/g;

function stripFiller(key: string): string {
  return key.replace(FILLER, " ").replace(/\s+/g, " ").trim();
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

interface Candidate {
  subject: Subject;
  keys: string[];
}

/** Each directory's candidates by kind, made once: the directory is an immutable snapshot. */
const made = new WeakMap<Directory, Map<SubjectKind, Candidate[]>>();

function candidates(dir: Directory, kinds: readonly SubjectKind[]): Candidate[] {
  let byKind = made.get(dir);
  if (!byKind) {
    byKind = new Map();
    made.set(dir, byKind);
  }
  const list: Candidate[] = [];
  for (const kind of kinds) {
    let kept = byKind.get(kind);
    if (!kept) {
      kept = candidatesOf(dir, kind);
      byKind.set(kind, kept);
    }
    list.push(...kept);
  }
  return list;
}

function candidatesOf(dir: Directory, kind: SubjectKind): Candidate[] {
  const list: Candidate[] = [];
  if (kind === "delegation") {
    for (const delegation of dir.delegations) {
      const presides = delegation.id === dir.committee.presidencyDelegationId;
      const label = dir.committee.presidencyLabel
        ? [aliasKey(`${dir.committee.presidencyLabel} presidency`)]
        : [];
      list.push({
        subject: { kind, delegation },
        keys: [
          aliasKey(delegation.name),
          ...delegation.aliases,
          ...(presides ? [...PRESIDENCY_WORDS, ...label] : []),
        ],
      });
    }
  } else if (kind === "area") {
    for (const area of dir.areas) {
      list.push({ subject: { kind, area }, keys: [aliasKey(area.name), ...area.aliases] });
    }
  } else if (kind === "coalition") {
    for (const coalition of dir.coalitions) {
      const affected = dir.delegations.find((d) => d.id === coalition.affectedDelegationId);
      const keys = [
        aliasKey(coalition.name),
        ...(affected ? [aliasKey(affected.name), ...affected.aliases] : []),
      ];
      list.push({ subject: { kind, coalition }, keys });
    }
  } else {
    for (const person of dir.persons) {
      const keys = [fold(person.name), fold(person.familyName)];
      list.push({ subject: { kind, person }, keys });
    }
  }
  return list;
}

function unique(found: Candidate[]): Subject[] {
  const seen = new Set<string>();
  const subjects: Subject[] = [];
  for (const { subject } of found) {
    const id = `${subject.kind}:${subjectId(subject)}`;
    if (!seen.has(id)) {
      seen.add(id);
      subjects.push(subject);
    }
  }
  return subjects;
}

export function subjectId(subject: Subject): number {
  switch (subject.kind) {
    case "delegation":
      return subject.delegation.id;
    case "area":
      return subject.area.id;
    case "coalition":
      return subject.coalition.id;
    case "person":
      return subject.person.id;
  }
}

export function subjectName(subject: Subject): string {
  switch (subject.kind) {
    case "delegation":
      return subject.delegation.name;
    case "area":
      return subject.area.name;
    case "coalition":
      return subject.coalition.name;
    case "person":
      return subject.person.name;
  }
}

/** Every record of the given kinds the text could mean, best reading first; empty when none. */
export function resolveSubjects(dir: Directory, text: string, kinds: readonly SubjectKind[]): Subject[] {
  const whole = aliasKey(text);
  const key = stripFiller(whole);
  if (!key && !whole) return [];
  const pool = candidates(dir, kinds);

  const exact = pool.filter((c) => c.keys.includes(whole) || (key !== "" && c.keys.includes(key)));
  if (exact.length > 0) return unique(exact);

  const padded = ` ${whole} `;
  let best = 0;
  let contained: Candidate[] = [];
  for (const candidate of pool) {
    for (const alias of candidate.keys) {
      if (alias.length < 3 || !padded.includes(` ${alias} `)) continue;
      if (alias.length > best) {
        best = alias.length;
        contained = [candidate];
      } else if (alias.length === best) {
        contained.push(candidate);
      }
    }
  }
  if (contained.length > 0) return unique(contained);

  if (key.length < 4) return [];
  const limit = key.length >= 8 ? 2 : 1;
  const near = pool.filter((c) =>
    c.keys.some((alias) => alias.length >= 4 && editDistance(alias, key, limit) <= limit),
  );
  return unique(near);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Every record named somewhere in free text ("what does NZ owe on VA?"):
 * aliases of three letters or more as whole words, two-letter codes only when
 * typed in capitals (so "no" and "it" stay words), longest first.
 */
export function findMentions(dir: Directory, text: string, kinds: readonly SubjectKind[]): Subject[] {
  const padded = ` ${aliasKey(text)} `;
  const capitals = new Set([...text.matchAll(/\b[A-Z]{2}\b/g)].map((m) => m[0].toLowerCase()));
  const hits: { candidate: Candidate; length: number; at: number }[] = [];
  for (const candidate of candidates(dir, kinds)) {
    for (const alias of candidate.keys) {
      const usable = alias.length >= 3 || (alias.length === 2 && capitals.has(alias));
      if (!usable) continue;
      const at = padded.indexOf(` ${alias} `);
      if (at >= 0) hits.push({ candidate, length: alias.length, at });
    }
  }
  hits.sort((a, b) => b.length - a.length || a.at - b.at);
  const taken: [number, number][] = [];
  const chosen: Candidate[] = [];
  for (const hit of hits) {
    const from = hit.at;
    const to = hit.at + hit.length + 1;
    const sameSpan = taken.some(([a, b]) => a === from && b === to);
    const overlaps = taken.some(([a, b]) => from < b && a < to);
    if (overlaps && !sameSpan) continue;
    taken.push([from, to]);
    chosen.push(hit.candidate);
  }
  if (chosen.length === 0) {
    for (const word of aliasKey(text).match(WORD) ?? []) {
      if (word.length < 5) continue;
      for (const candidate of candidates(dir, kinds)) {
        if (
          candidate.keys.some(
            (alias) => alias.length >= 5 && !alias.includes(" ") && editDistance(alias, word, 1) <= 1,
          )
        ) {
          chosen.push(candidate);
        }
      }
    }
  }
  return unique(chosen);
}
