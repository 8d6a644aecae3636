// Who is speaking decides the third-person forms: a delegation (a state or an
// organisation) is "it"; a person is "he", "she" or "they" as the records say
// (or, when only a name is given, as the honorific says); several delegations
// or a group of coordinators are "they". A person's "we" is the delegation
// they speak for, named once and then "it": the President's "we" is "the
// Presidency", as the minutes of 4 November 2016 report it.
import { withArticle } from "./articles.ts";
import { type Forms, formsOf, IT, type Pronoun, pronounOfHonorific } from "./pronouns.ts";

export type Speaker =
  | { kind: "delegation" | "group"; name: string }
  | {
      kind: "person";
      /** As the minutes name the person: "the President", "the ISU-CCM Director", "Ms. Hauge". */
      name: string;
      pronoun: Pronoun;
      /** Whom the person's "we" means ("the Presidency", "Norway"); unset: the person. */
      speaksFor?: string;
    };

export type Persona = Forms & {
  /** The name as it opens the minutes sentence ("The Netherlands", "Ms. Hauge"). */
  name: string;
  /** Said instead of the pronoun the first time ("the Presidency would ..."), then the pronoun. */
  noun?: string;
};

/** The speaker's first-person forms ("I", "my") and their "we" forms. */
export type Voices = { singular: Persona; plural: Persona };

const PERSON = /^(?:H\.\s?E\.|Dr|Prof|Professor|Ambassador|Amb)\b/i;
/** "the President", "the ISU-CCM Director", "the ICRC Representative": one person, named by office. */
const OFFICE =
  /\b(?:President|Director|Chair|Chairperson|Representative|Ambassador|Coordinator|Minister|Secretary|Head)$/i;
const GROUP = /^(?:the\s+)?(?:co-?chairs|coordinators|members|delegations|states|friends|presidents)\b/i;
/** Names that contain "and" yet are one delegation. */
const ONE_NAME =
  /\b(?:Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines|S[aã]o Tom[eé] and Pr[ií]ncipe)\b/gi;
const ORGANISATION =
  /\b(?:Organi[sz]ation|Programme|Centre|Center|Office|Committee|Coalition|Fund|Unit|Association|Union|Institute|Foundation|Council|Agency|Ministry|Network)$/i;

/** "Norway and the Netherlands", "Italy, Chile": several delegations speaking together. */
function isGroup(name: string): boolean {
  if (GROUP.test(name)) return true;
  return /\band\b|,|&/.test(name.replace(ONE_NAME, "")) && !ORGANISATION.test(name);
}

/** "the ICRC Representative", "the President": a person named by office. */
export function namesAnOffice(name: string): boolean {
  return OFFICE.test(name.trim());
}

/** A speaker from the name alone, when the records do not know it: the honorific and the shape say what they can. */
export function speakerFromName(typed: string): Speaker {
  const name = typed.trim().replace(/\s+/g, " ");
  const honorific = pronounOfHonorific(name);
  if (honorific) return { kind: "person", name, pronoun: honorific };
  if (PERSON.test(name) || OFFICE.test(name)) return { kind: "person", name, pronoun: "they" };
  if (isGroup(name)) return { kind: "group", name };
  return { kind: "delegation", name: withArticle(name) };
}

export function speakerVoices(speaker: Speaker): Voices {
  const name = openingName(speaker.name);
  if (speaker.kind !== "person") {
    const forms = { ...(speaker.kind === "group" ? formsOf("they") : IT), name };
    return { singular: forms, plural: forms };
  }
  const singular = { ...formsOf(speaker.pronoun), name };
  const plural = speaker.speaksFor ? { ...IT, name: speaker.speaksFor, noun: speaker.speaksFor } : singular;
  return { singular, plural };
}

/** "the Netherlands" opens the sentence as "The Netherlands". */
function openingName(name: string): string {
  return name.length > 0 ? name[0]!.toUpperCase() + name.slice(1) : name;
}
