// The committee's records a name can stand for: a delegation, a thematic
// area, a country coalition or a person.
import type { AreaEntry, CoalitionEntry, DelegationEntry, PersonEntry } from "../directory.ts";

export type Subject =
  | { kind: "delegation"; delegation: DelegationEntry }
  | { kind: "area"; area: AreaEntry }
  | { kind: "coalition"; coalition: CoalitionEntry }
  | { kind: "person"; person: PersonEntry };

export type SubjectKind = Subject["kind"];

function record(subject: Subject): { id: number; name: string } {
  switch (subject.kind) {
    case "delegation":
      return subject.delegation;
    case "area":
      return subject.area;
    case "coalition":
      return subject.coalition;
    case "person":
      return subject.person;
  }
}

export function subjectId(subject: Subject): number {
  return record(subject).id;
}

export function subjectName(subject: Subject): string {
  return record(subject).name;
}

/** "person:9": one record whatever name found it. */
export function subjectKey(subject: Subject): string {
  return `${subject.kind}:${subjectId(subject)}`;
}

/** `subjects` without repeats, in their order. */
export function uniqueSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((subject) => {
    const key = subjectKey(subject);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
