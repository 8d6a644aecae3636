// `--speaker` and "reported <speaker>:" name a delegation or a person as the
// records do, accent-insensitive ("Norway", "Michael Biontino", "Sheila
// Mweemba", "the ISU Director"). The speaker found is reported as the minutes
// name them: a person by office when they hold one ("the President", "the
// ISU-CCM Director"), otherwise by honorific and family name; with the
// pronoun on record, else the honorific's, else "they"; and their "we" is the
// delegation they speak for ("the Presidency" for the presidency's persons).

import { fold } from "../domain/names.ts";
import { withArticle } from "../minutes/speech/articles.ts";
import { asPronoun, pronounOfHonorific } from "../minutes/speech/pronouns.ts";
import { namesAnOffice, type Speaker, speakerFromName } from "../minutes/speech/speaker.ts";
import type { DelegationEntry, Directory, PersonEntry } from "../store/directory.ts";
import { resolveSubjects, type Subject } from "./resolve.ts";

/** Words that name the office of the presidency's head of delegation. */
const PRESIDENT = /^(?:the )?(?:(?:\w+ )?president|chair|chairperson|chair of the committee)$/;
const PRESIDENCY = /^(?:the )?(?:\w+ )?presidency$/;

export function speakerOnRecord(dir: Directory, typed: string): Speaker {
  // "Norway and the Netherlands" speak together: no one record is meant
  const shaped = speakerFromName(typed);
  if (shaped.kind === "group") return shaped;
  const key = fold(typed);
  const presidency = dir.delegations.find((d) => d.id === dir.committee.presidencyDelegationId);
  if (presidency && PRESIDENCY.test(key)) return { kind: "delegation", name: "the Presidency" };
  const head = presidency && dir.persons.find((p) => p.delegationId === presidency.id);
  if (head && PRESIDENT.test(key)) return personSpeaker(dir, head);
  const person = byOffice(dir, key) ?? onlyPerson(resolveSubjects(dir, typed, ["person"]));
  if (person) return personSpeaker(dir, person);
  // "the ICRC Representative" is a person the records do not name, not the ICRC
  if (namesAnOffice(typed)) return speakerFromName(typed);
  const delegation = onlyDelegation(resolveSubjects(dir, typed, ["delegation"]));
  if (delegation) return { kind: "delegation", name: withArticle(delegation.name) };
  return speakerFromName(typed);
}

function personSpeaker(dir: Directory, person: PersonEntry): Speaker {
  const delegation = dir.delegations.find((d) => d.id === person.delegationId);
  const presides = delegation !== undefined && delegation.id === dir.committee.presidencyDelegationId;
  const pronoun = asPronoun(person.pronoun) ?? pronounOfHonorific(person.honorific ?? "") ?? "they";
  return {
    kind: "person",
    name: officeName(dir, person, delegation) ?? personalName(person),
    pronoun,
    speaksFor: presides ? "the Presidency" : delegation && withArticle(delegation.name),
  };
}

/** "the President" for the presidency's head of delegation, "the ISU-CCM Director" for a director. */
function officeName(
  dir: Directory,
  person: PersonEntry,
  delegation: DelegationEntry | undefined,
): string | undefined {
  if (!delegation) return undefined;
  if (delegation.id === dir.committee.presidencyDelegationId) {
    const head = dir.persons.find((p) => p.delegationId === delegation.id);
    return head?.id === person.id ? "the President" : undefined;
  }
  return person.position === "Director" ? `the ${delegation.name} Director` : undefined;
}

/** "Ms. Hauge", "H.E. Ms. Sinjela"; the whole name when no honorific is on record. */
function personalName(person: PersonEntry): string {
  return person.honorific ? `${person.honorific} ${person.familyName}` : person.name;
}

/** "the ISU Director", "Director of the ISU-CCM": a position and the delegation that holds it. */
function byOffice(dir: Directory, key: string): PersonEntry | undefined {
  const found = dir.persons.filter((person) => {
    const position = person.position ? fold(person.position) : "";
    if (!position || !` ${key} `.includes(` ${position} `)) return false;
    const rest = key
      .replace(position, " ")
      .replace(/\b(?:the|of)\b/g, " ")
      .trim();
    if (!rest) return false;
    return resolveSubjects(dir, rest, ["delegation"]).some(
      (s) => s.kind === "delegation" && s.delegation.id === person.delegationId,
    );
  });
  return found.length === 1 ? found[0] : undefined;
}

function onlyPerson(found: Subject[]): PersonEntry | undefined {
  return found.length === 1 && found[0]?.kind === "person" ? found[0].person : undefined;
}

function onlyDelegation(found: Subject[]): DelegationEntry | undefined {
  return found.length === 1 && found[0]?.kind === "delegation" ? found[0].delegation : undefined;
}
