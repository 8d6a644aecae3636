// Finding a person by the name someone typed: the full name, the name with its
// honorific ("Ms. Malgorzata Hauge"), or the family name when only one person
// bears it. Accents and case do not matter ("Dorovic" finds "Asim Dorović").
// Shared by the admin CLI, the console's --as and, later, `/ccm link`.

import { personName } from "../domain/format.ts";
import { fold } from "../domain/names.ts";
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

interface PersonRow {
  id: number;
  committeeId: number;
  delegationId: number;
  honorific: string | null;
  name: string;
  familyName: string;
  delegation: { name: string };
}

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

function withHonorific(person: PersonSummary, text: string): string[] {
  return person.honorific ? [fold(text), fold(`${person.honorific} ${text}`)] : [fold(text)];
}

/** Levenshtein distance, giving up above `limit` (names are short; this runs over a few dozen). */
function within(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** Persons sharing a word with `text` (one typo allowed in words of five letters or more). */
export function closestPersons(persons: PersonSummary[], text: string): PersonSummary[] {
  const typed = fold(text)
    .split(" ")
    .filter((word) => word.length >= 2);
  return persons.filter((person) => {
    const words = fold(person.name).split(" ");
    return typed.some((word) =>
      words.some((own) => own === word || (word.length >= 5 && within(own, word, 1))),
    );
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
  const byName = persons.filter((person) => withHonorific(person, person.name).includes(key));
  const found =
    byName.length > 0 ? byName : persons.filter((p) => withHonorific(p, p.familyName).includes(key));
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
