// Whom the meeting cycle writes to: one contact per delegation (the first of
// its people, in the minutes' order, who holds a committee role), a colleague
// of the same delegation when that person is away, and each person's zone.
import type { Directory, PersonEntry } from "../store/directory.ts";

const ASKED_ROLES = new Set(["coordinator", "president", "secretariat"]);

/** The delegation's contact, skipping `excluded` people; null when no one is left. */
export function delegationContact(
  dir: Directory,
  delegationId: number,
  excluded: ReadonlySet<number> = new Set(),
): PersonEntry | null {
  const people = dir.persons.filter((p) => p.delegationId === delegationId && !excluded.has(p.id));
  return people.find((p) => p.roles.some((role) => ASKED_ROLES.has(role))) ?? people[0] ?? null;
}

/** The zone a person reads the clock in: their own, else the committee's. */
export function zoneOf(dir: Directory, person: Pick<PersonEntry, "timeZone">): string {
  return person.timeZone ?? dir.committee.timeZone;
}

/** Is the person away on `isoDate` (yyyy-mm-dd)? */
export function isAway(absences: ReadonlyMap<number, string>, personId: number, isoDate: string): boolean {
  const until = absences.get(personId);
  return until !== undefined && isoDate <= until;
}
