// Every name the committee's records answer to, as one index per directory
// snapshot: delegations by name, stored alias, ISO code, demonym and, for the
// presiding one, "presidency"/"chair"; areas by name, short name, alias and
// the committee's words for them; coalitions by their name and their
// country's names; persons by full, family and first name.

import type { DelegationEntry, Directory } from "../directory.ts";
import { aliasKey, fold } from "../names.ts";
import { type NameIndex, named, nameIndex } from "./name-index.ts";
import { type Subject, type SubjectKind, subjectKey, uniqueSubjects } from "./subjects.ts";
import { AREA_NAMES, DELEGATION_NAMES, NEVER_FUZZY, PRESIDENCY_WORDS } from "./words.ts";

export interface DirectoryNames {
  index: NameIndex<Subject>;
  /** Each subject's place in the directory's own order. */
  order: Map<Subject, number>;
}

/** Honorifics as folded: "Ms. Hauge" is Hauge, "H.E. Ms. Sinjela" is Sinjela. */
export const HONORIFICS = new Set(["mr", "ms", "mrs", "dr", "he", "h e", "ambassador", "amb"]);

const LEADING_HONORIFICS = new RegExp(`^(?:(?:${[...HONORIFICS].join("|")}) )+`);

/** A folded name without the honorifics before it. */
export function withoutHonorific(key: string): string {
  return key.replace(LEADING_HONORIFICS, "");
}

/** The keys of a person: full name, family name, and a first name of four letters or more that is no word. */
export function personKeys(person: { name: string; familyName: string }): string[] {
  const full = fold(person.name);
  const first = full.split(" ")[0] ?? "";
  const keys = [full, fold(person.familyName)];
  if (first.length >= 4 && !NEVER_FUZZY.has(first)) keys.push(first);
  return keys;
}

/** Folded lexicon keys by the record name they stand for. */
function byRecordName(words: Record<string, string>): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const [key, name] of Object.entries(words)) keys.set(name, [...(keys.get(name) ?? []), key]);
  return keys;
}

const DEMONYMS = byRecordName(DELEGATION_NAMES);
const AREA_WORDS = byRecordName(AREA_NAMES);

/** What a delegation is called, whether or not it presides. */
function delegationKeys(delegation: DelegationEntry): string[] {
  return [
    aliasKey(delegation.name),
    ...delegation.aliases,
    ...(delegation.isoCode ? [delegation.isoCode.toLowerCase()] : []),
    ...(DEMONYMS.get(delegation.name) ?? []),
  ];
}

/** Every record a name can stand for, in the directory's order. */
function subjectsOf(dir: Directory): Subject[] {
  return [
    ...dir.delegations.map((delegation): Subject => ({ kind: "delegation", delegation })),
    ...dir.areas.map((area): Subject => ({ kind: "area", area })),
    ...dir.coalitions.map((coalition): Subject => ({ kind: "coalition", coalition })),
    ...dir.persons.map((person): Subject => ({ kind: "person", person })),
  ];
}

function keysOf(dir: Directory, subject: Subject): string[] {
  switch (subject.kind) {
    case "delegation": {
      const { presidencyDelegationId, presidencyLabel } = dir.committee;
      if (subject.delegation.id !== presidencyDelegationId) return delegationKeys(subject.delegation);
      const label = presidencyLabel ? [aliasKey(`${presidencyLabel} presidency`)] : [];
      return [...delegationKeys(subject.delegation), ...PRESIDENCY_WORDS, ...label];
    }
    case "area": {
      const { area } = subject;
      const short = area.shortName ? [aliasKey(area.shortName)] : [];
      return [aliasKey(area.name), ...short, ...area.aliases, ...(AREA_WORDS.get(area.name) ?? [])];
    }
    case "coalition": {
      const affected = dir.delegations.find((d) => d.id === subject.coalition.affectedDelegationId);
      return [aliasKey(subject.coalition.name), ...(affected ? delegationKeys(affected) : [])];
    }
    case "person":
      return personKeys(subject.person);
  }
}

/** Each directory's names, indexed once: the directory is an immutable snapshot. */
const made = new WeakMap<Directory, DirectoryNames>();

export function directoryNames(dir: Directory): DirectoryNames {
  let names = made.get(dir);
  if (!names) {
    const subjects = subjectsOf(dir);
    const entries = subjects.flatMap((subject) => keysOf(dir, subject).map((key) => [key, subject] as const));
    names = { index: nameIndex(entries, subjectKey), order: new Map(subjects.map((s, at) => [s, at])) };
    made.set(dir, names);
  }
  return names;
}

/** `subjects` in the order of `kinds`, then the directory's. */
export function inKindOrder(
  names: DirectoryNames,
  subjects: Subject[],
  kinds: readonly SubjectKind[],
): Subject[] {
  const rank = (s: Subject) => kinds.indexOf(s.kind) * names.order.size + (names.order.get(s) ?? 0);
  return [...subjects].sort((a, b) => rank(a) - rank(b));
}

/** The records of `kinds` that `text` is exactly a name of (accents, case and a leading "the" aside). */
export function namedExactly(dir: Directory, text: string, kinds: readonly SubjectKind[]): Subject[] {
  const names = directoryNames(dir);
  const found = named(names.index, aliasKey(text), (subject) => kinds.includes(subject.kind));
  return inKindOrder(names, uniqueSubjects(found), kinds);
}
