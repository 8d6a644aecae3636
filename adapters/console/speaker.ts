// Who the console speaks as: `--as` names a delegation (any name the records
// answer to: "Norway", "BiH", "the Netherlands", "the Presidency") or a person
// ("Asim Dorovic", "Hauge"), read as src/domain/record-names reads names, typos aside.
// A delegation means its first listed person. Without `--as`, the secretariat.
import {
  closestPersons,
  committeePersons,
  defaultCommitteeId,
  listLabels,
  matchPersonName,
  type PersonSummary,
  summarizePerson,
} from "../../src/admin/person-names.ts";
import { personName } from "../../src/domain/format.ts";
import { namedExactly } from "../../src/domain/record-names/directory-names.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import type { Db } from "../../src/store/open.ts";

export type SpeakerResult =
  | {
      ok: true;
      personId: number;
      /** "Ms. Malgorzata Hauge (Norway)" */
      label: string;
      /** "Ms. Malgorzata Hauge" */
      name: string;
      delegation: string;
    }
  | { ok: false; message: string };

const SECRETARIAT = "secretariat";

function speaking(person: PersonSummary): SpeakerResult {
  return {
    ok: true,
    personId: person.id,
    label: person.label,
    name: personName(person),
    delegation: person.delegation,
  };
}

function refuse(message: string): SpeakerResult {
  return { ok: false, message };
}

function distinct(persons: PersonSummary[]): PersonSummary[] {
  return persons.filter((person, index) => persons.findIndex((other) => other.id === person.id) === index);
}

async function defaultSpeaker(db: Db, committeeId: number, persons: PersonSummary[]): Promise<SpeakerResult> {
  const roles = await db.committeeRole.findMany({ where: { committeeId, role: SECRETARIAT } });
  const holders = new Set(roles.map((role) => role.personId));
  const first = persons.find((person) => holders.has(person.id));
  if (!first)
    return refuse(`Nobody holds the ${SECRETARIAT} role; name someone with --as, e.g. --as Norway.`);
  return speaking(first);
}

/** The person `asText` names (the secretariat when it is absent), or a refusal listing the candidates. */
export async function resolveSpeaker(db: Db, asText?: string): Promise<SpeakerResult> {
  const committeeId = await defaultCommitteeId(db);
  if (committeeId === null) return refuse("No committee is set up in this database.");
  const persons = await committeePersons(db, committeeId);
  if (asText === undefined || asText.trim() === "") return defaultSpeaker(db, committeeId, persons);

  const dir = await loadDirectory(db);
  const named = namedExactly(dir, asText, ["delegation"]).flatMap((s) =>
    s.kind === "delegation" ? [s.delegation] : [],
  );
  // persons are in attendance order, so the first found is the delegation's first listed person.
  const heads = named.flatMap((d) => persons.find((person) => person.delegationId === d.id) ?? []);
  const match = matchPersonName(persons, asText);
  const byName = match.ok ? [match.person] : match.reason === "ambiguous" ? match.candidates : [];

  const found = distinct([...heads, ...byName]);
  if (found.length === 1 && found[0]) return speaking(found[0]);
  if (found.length > 1)
    return refuse(`"${asText}" could mean any of these; be more specific:\n${listLabels(found)}`);
  if (named.length > 0) {
    const names = named.map((d) => d.name).join(", ");
    return refuse(`${names} has nobody on the committee to speak as; name a member delegation or a person.`);
  }
  const withPersons = dir.delegations.filter((d) => persons.some((person) => person.delegationId === d.id));
  const near = closestPersons(persons, asText);
  const lines = [
    `Nobody on the committee answers to "${asText}". Give --as a delegation or a person's name.`,
    `Delegations: ${withPersons.map((d) => d.name).join(", ")}.`,
  ];
  if (near.length > 0) lines.push(`Closest persons:\n${listLabels(near)}`);
  return refuse(lines.join("\n"));
}

/** The speaker for a known person id (e.g. when the caller already picked one). */
export async function speakerFor(db: Db, personId: number): Promise<SpeakerResult> {
  const person = await db.person.findUnique({ where: { id: personId }, include: { delegation: true } });
  return person
    ? speaking(summarizePerson(person))
    : refuse(`There is no person ${personId} in this database.`);
}
