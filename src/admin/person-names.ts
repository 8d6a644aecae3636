// Finding a person by the name someone typed, as every other name is read
// (src/domain/record-names): the full name, the family name or first name when only
// one person bears it, with or without an honorific ("Ms. Malgorzata Hauge").
// Accents and case do not matter ("Dorovic" finds "Asim Dorović"); a typo is
// not taken for the name, since this links accounts, but the persons it is
// near are offered. Shared by the admin CLI, the console's --as and `/ccm link`.

import { personName } from "../domain/format.ts";
import { fold } from "../domain/names.ts";
import { personKeys, withoutHonorific } from "../domain/record-names/directory-names.ts";
import { named, nameIndex } from "../domain/record-names/name-index.ts";
import { sameOrNearWord } from "../domain/record-names/near-miss.ts";
import type { Db } from "../store/open.ts";

export interface PersonSummary {
  id: number;
  committeeId: number;
  delegationId: number;
  honorific: string | null;
  name: string;
  familyName: string;
  delegation: string;
  /** "Ms. Malgorzata Hauge (Norway)" */
  label: string;
}

export type PersonMatch =
  | { ok: true; person: PersonSummary }
  | { ok: false; reason: "unknown" | "ambiguous"; message: string; candidates: PersonSummary[] };

type PersonRow = Omit<PersonSummary, "delegation" | "label"> & { delegation: { name: string } };

export function summarizePerson(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    committeeId: row.committeeId,
    delegationId: row.delegationId,
    honorific: row.honorific,
    name: row.name,
    familyName: row.familyName,
    delegation: row.delegation.name,
    label: `${personName(row)} (${row.delegation.name})`,
  };
}

/** Everyone on the committee, in attendance order (delegation, then person). */
export async function committeePersons(db: Db, committeeId: number): Promise<PersonSummary[]> {
  const rows = await db.person.findMany({
    where: { committeeId },
    include: { delegation: true },
    orderBy: [{ delegation: { listOrder: "asc" } }, { listOrder: "asc" }, { id: "asc" }],
  });
  return rows.map(summarizePerson);
}

/** The committee a command acts on when none is named: the first one created. */
export async function defaultCommitteeId(db: Db): Promise<number | null> {
  const committee = await db.committee.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  return committee?.id ?? null;
}

/** Persons with a word of their name typed, or a typo of one (near-miss.ts's rule). */
export function closestPersons(persons: PersonSummary[], text: string): PersonSummary[] {
  const typed = fold(text)
    .split(" ")
    .filter((word) => word.length >= 2);
  return persons.filter((person) => {
    const words = fold(person.name).split(" ");
    return typed.some((word) => words.some((own) => sameOrNearWord(word, own)));
  });
}

/** Bullet list of labels, one per line, for refusals. */
export function listLabels(persons: PersonSummary[]): string {
  return persons.map((person) => `  - ${person.label}`).join("\n");
}

/** Matches `persons` (already loaded) against `text`; see findPersonsByName. */
export function matchPersonName(persons: PersonSummary[], text: string): PersonMatch {
  const key = fold(text);
  if (key === "") {
    return { ok: false, reason: "unknown", message: "No name was given.", candidates: [] };
  }
  const index = nameIndex(
    persons.flatMap((person) => personKeys(person).map((name) => [name, person] as const)),
    (person) => String(person.id),
  );
  const any = () => true;
  const typed = new Set([...named(index, key, any), ...named(index, withoutHonorific(key), any)]);
  const found = persons.filter((person) => typed.has(person));
  if (found.length === 1 && found[0]) return { ok: true, person: found[0] };
  if (found.length > 1) {
    return {
      ok: false,
      reason: "ambiguous",
      message: `"${text}" could be any of ${found.length} persons; give the full name:\n${listLabels(found)}`,
      candidates: found,
    };
  }
  const near = closestPersons(persons, key);
  const candidates = near.length > 0 ? near : persons;
  const intro = near.length > 0 ? "Closest names" : "Persons on the committee";
  return {
    ok: false,
    reason: "unknown",
    message: `Nobody on the committee is called "${text}". ${intro}:\n${listLabels(candidates)}`,
    candidates,
  };
}

/** The one person `name` means in the committee, or a refusal listing the candidates. */
export async function findPersonsByName(db: Db, committeeId: number, name: string): Promise<PersonMatch> {
  return matchPersonName(await committeePersons(db, committeeId), name);
}
