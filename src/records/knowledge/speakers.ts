// Who is speaking in each sentence of the minutes: the subject of its
// reporting verb ("Norway explained…", "the ISU-CCM Director informed…"),
// a pronoun ("She further indicated…") resolved to the last named speaker of
// the agenda item, and a sentence without a reporting verb continuing the
// speech of its paragraph. Speakers are delegations, by their directory name.
import type { Directory } from "../../domain/directory.ts";
import { fold } from "../../domain/names.ts";
import { capitalCodes } from "../../domain/record-names/mentions.ts";

export const REPORTING_VERB =
  /\b(?:informed|explained|said|stated|reported|stressed|highlighted|added|emphasi[sz]ed|welcomed|asked|enquired|inquired|wondered|questioned|apologi[sz]ed|presented|told|conveyed|shared|noted|suggested|proposed|offered|thanked|indicated|reiterated|mentioned|replied|responded|clarified|confirmed|expressed|underscored|underlined|elaborated|acknowledged|encouraged|reminded|announced|raised|recalled|requested|called|invited|recommended|agreed|urged|pointed|hoped|undertook|committed|volunteered|observed|remarked|recognized|recognised|cautioned|warned|insisted|argued|opened|introduced|updated|briefed|described|outlined|drew|concluded|summari[sz]ed|believed|felt|considered|supported|preferred|regretted|promoted|started|began|gave|reassured|assured|notified)\b/i;

const REPORTING_VERBS = new RegExp(REPORTING_VERB.source, "g");

const PRONOUN = /\b(?:he|she|they|it|the delegation|the coordinators?)\s+(?:\w+\s+){0,2}$/i;

/** One name a speaker goes by in the minutes (folded), and who that is. */
interface SpeakerKey {
  key: string;
  delegation: string;
}

/** The ways the minutes name each delegation as a speaker: its names and aliases, its people, the presidency's offices. */
export function speakerKeys(dir: Directory): SpeakerKey[] {
  const known = keysOf.get(dir);
  if (known) return known;
  const keys = keysFor(dir);
  keysOf.set(dir, keys);
  return keys;
}

/** One list per directory snapshot: a question asks for it, and the directory changes rarely. */
const keysOf = new WeakMap<Directory, SpeakerKey[]>();

function keysFor(dir: Directory): SpeakerKey[] {
  const keys: SpeakerKey[] = [];
  const byId = new Map(dir.delegations.map((d) => [d.id, d]));
  for (const delegation of dir.delegations) {
    for (const name of [delegation.name, ...delegation.aliases]) {
      const key = fold(name);
      if (key.length > 1) keys.push({ key, delegation: delegation.name });
    }
    const bracketed = /\(([^)]+)\)/.exec(delegation.name)?.[1];
    if (bracketed) keys.push({ key: fold(bracketed), delegation: delegation.name });
  }
  const presidency = dir.committee.presidencyDelegationId
    ? byId.get(dir.committee.presidencyDelegationId)
    : undefined;
  if (presidency) {
    for (const key of ["president", "presidency", "chair"]) keys.push({ key, delegation: presidency.name });
  }
  for (const person of dir.persons) {
    const delegation = byId.get(person.delegationId);
    if (!delegation) continue;
    keys.push({ key: fold(person.name), delegation: delegation.name });
    if (person.familyName.length > 2) {
      for (const title of ["mr", "ms", "mrs", "dr", "ambassador", "h e"])
        keys.push({ key: `${title} ${fold(person.familyName)}`, delegation: delegation.name });
    }
    if (person.position && !/^ambassador$/i.test(person.position)) {
      keys.push({ key: fold(person.position), delegation: delegation.name });
      keys.push({ key: `${fold(delegation.name)} ${fold(person.position)}`, delegation: delegation.name });
    }
  }
  // longest first: "isu ccm director" before "director"
  return keys.sort((a, b) => b.key.length - a.key.length);
}

/** The text folded for names, possessives dropped ("Norway's question" names Norway, not "norways"). */
function foldedForNames(text: string): string {
  return ` ${fold(text.replace(/['’]s\b/g, ""))} `;
}

/** The keys a text may name: a two-letter code only where written in capitals ("had not received it yet" names no Italy). */
function keysIn(keys: readonly SpeakerKey[], text: string): SpeakerKey[] {
  const codes = capitalCodes(text);
  return keys.filter(({ key }) => key.length !== 2 || codes.has(key));
}

/** An acronym no delegation goes by, then a capitalised word: an organisation's name ("PAX Netherlands"). */
const ORGANISATION = /\b([A-Z]{3,})\s+[A-Z][a-z]+\b/g;

/** The text without organisations named after a country: "civil society, notably PAX Netherlands" names no Netherlands. */
function withoutOrganisations(keys: readonly SpeakerKey[], text: string): string {
  return text.replace(ORGANISATION, (whole, acronym: string) =>
    keys.some(({ key }) => key === fold(acronym)) ? whole : acronym,
  );
}

/** The delegation named closest before `end` in `text`, if any. */
function namedBefore(keys: readonly SpeakerKey[], text: string): string | null {
  const folded = foldedForNames(withoutOrganisations(keys, text));
  let best: { at: number; delegation: string } | null = null;
  for (const { key, delegation } of keysIn(keys, text)) {
    const at = folded.lastIndexOf(` ${key} `);
    if (at >= 0 && (!best || at + key.length > best.at)) best = { at: at + key.length, delegation };
  }
  return best?.delegation ?? null;
}

/** The delegations a text names, by any name the minutes use for them. */
export function namedIn(keys: readonly SpeakerKey[], text: string): string[] {
  const folded = foldedForNames(withoutOrganisations(keys, text));
  return [
    ...new Set(
      keysIn(keys, text)
        .filter(({ key }) => folded.includes(` ${key} `))
        .map((k) => k.delegation),
    ),
  ];
}

export interface SpokenSentence {
  text: string;
  speaker: string | null;
}

/**
 * Speakers of an agenda item's sentences, paragraph by paragraph. A subject is
 * looked for only just before the first reporting verb ("In response to
 * Norway, the President said": the President speaks).
 */
export function attributeSpeakers(
  keys: readonly SpeakerKey[],
  paragraphs: readonly (readonly string[])[],
): SpokenSentence[][] {
  let last: string | null = null;
  return paragraphs.map((sentences) => {
    let current: string | null = null;
    return sentences.map((text) => {
      // "In response to concerns expressed regarding…, UNODA indicated": a verb with no subject before it
      // is a participle of an opening clause; the speaker is the subject of the next one
      for (const verb of text.matchAll(REPORTING_VERBS)) {
        const before = text
          .slice(0, verb.index)
          .replace(/,\s*speaking (?:also )?on behalf of[^,]*,\s*$/i, " ");
        const subject = before.slice(-90);
        const named = namedBefore(keys, subject);
        if (named) {
          current = named;
          last = named;
          break;
        }
        if (PRONOUN.test(subject)) {
          current = last;
          break;
        }
      }
      return { text, speaker: current };
    });
  });
}
