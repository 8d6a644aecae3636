// The records a message names: delegations (with aliases, ISO codes typed in
// capitals, demonyms), people (full, family or first name, without accents),
// thematic areas, action items. The names themselves are read by
// src/domain/record-names (exact phrases first, longest first, then near misses);
// this adds what a question needs besides: who a shared surname may be,
// action numbers, and the capitalised names that are no record.

import { FUNCTION_WORDS } from "../../domain/function-words.ts";
import { fold } from "../../domain/names.ts";
import { MONTH_NAMES } from "../../domain/period.ts";
import { directoryNames, HONORIFICS } from "../../domain/record-names/directory-names.ts";
import { capitalCodes, scanMentions } from "../../domain/record-names/mentions.ts";
import { type NameIndex, namedNearly } from "../../domain/record-names/name-index.ts";
import type { Subject, SubjectKind } from "../../domain/record-names/subjects.ts";
import { NEVER_FUZZY } from "../../domain/record-names/words.ts";
import type { Directory } from "../../store/directory.ts";
import { type Entities, emptyEntities } from "./types.ts";

/** The kinds a question names directly; a coalition is found through its country (understand.ts). */
const KINDS: readonly SubjectKind[] = ["delegation", "area", "person"];
const isEntity = (subject: Subject) => KINDS.includes(subject.kind);

const NOT_NAMES = new Set(
  (
    "i ccm cc msp apmbc apmbbc ccw un unog asean dap article convention committee coordination coordinator " +
    "coordinators states state parties party meeting meetings minutes agenda president presidency rapporteur " +
    "ok thanks hi hello please could can is are has have did does do what who when where which how why will " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday action actions a coalition coalitions country update updates " +
    "mission permanent non paper plan resolution trust fund first second general status operation director " +
    "secretariat"
  ).split(" "),
);

/** Places the records speak of: not delegations, but a question naming one is about that place. */
const PLACES = new Set(
  "geneva new york bangkok zagreb lebanon beirut santiago chile dubrovnik addis ababa cameroon africa asia caucasus pacific".split(
    " ",
  ),
);

/** The records named in `text`; `original` keeps the capitals (two-letter codes count only in capitals). */
export function extractEntities(dir: Directory, folded: string, original: string): Entities {
  const words = folded.split(" ").filter(Boolean);
  const { found, taken } = scanMentions(dir, words, capitalCodes(original), KINDS);

  const entities = emptyEntities();
  for (const targets of found) {
    const persons = targets.flatMap((t) => (t.kind === "person" ? [t.person] : []));
    if (persons.length > 1) entities.ambiguousPersons.push(persons);
    else if (persons[0]) pushUnique(entities.persons, persons[0]);
    for (const t of targets) {
      if (t.kind === "delegation") pushUnique(entities.delegations, t.delegation);
      if (t.kind === "area") pushUnique(entities.areas, t.area);
    }
  }
  settleAmbiguousPersons(entities);
  const agenda = agendaItemOf(folded);
  entities.agendaItem = agenda?.item;
  entities.actions = actionNumbers(agenda ? folded.replace(agenda.said, " ") : folded);
  const names = properNames(original, directoryNames(dir).index);
  entities.unknownNames = names.unknown;
  // the places the records speak of, however typed ("expected in santiago"), unless they name a member ("chile")
  entities.places = [
    ...new Set([...names.places, ...words.filter((word, k) => PLACES.has(word) && !taken[k])]),
  ];
  entities.unmatched = words.filter((_, k) => !taken[k]);
  entities.leftovers = words.filter(
    (word, k) => !taken[k] && word.length > 2 && !FUNCTION_WORDS.has(word) && !/^\d/.test(word),
  );
  return entities;
}

function pushUnique<T extends { id: number }>(list: T[], item: T): void {
  if (!list.some((x) => x.id === item.id)) list.push(item);
}

/** "Ms. Muñoz of Costa Rica": the delegation named alongside settles which Muñoz. */
function settleAmbiguousPersons(entities: Entities): void {
  entities.ambiguousPersons = entities.ambiguousPersons.filter((group) => {
    const inDelegation = group.filter((p) => entities.delegations.some((d) => d.id === p.delegationId));
    if (inDelegation.length === 1 && inDelegation[0]) {
      pushUnique(entities.persons, inDelegation[0]);
      return false;
    }
    const already = group.filter((p) => entities.persons.some((q) => q.id === p.id));
    return already.length === 0;
  });
}

/** "a 90 min meeting", "5 people": a count of something, not action A-90. */
const COUNTED =
  /^\s?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|percent|people|ppl|persons|states|sps|countries|delegations?|delegates)\b/;

/** A meeting named just before "item N": a date ("6/10", folded "6 10"), a month, "meeting", "CC", "minutes". */
const MEETING_BEFORE = new RegExp(
  `(?:\\b\\d{1,2} \\d{1,2}|\\b(?:${MONTH_NAMES.map((month) => month.slice(0, 3)).join("|")})[a-z]*|\\bmeeting|\\bcc|\\bminutes) $`,
);

/**
 * "under 5.2", "item 3 on 6/10", "6/10 item 6", "agenda item 6": an item of a meeting's agenda (folded "5.2" is "5 2"),
 * not action A-3; a bare "item 3" stays an action item.
 */
export function agendaItemOf(folded: string): { item: string; said: string } | undefined {
  for (const m of folded.matchAll(
    /\b(agenda item|under (?:agenda )?item|under|item) (\d{1,2})(?: (\d{1,2}))?\b/g,
  )) {
    const [said, lead, major, minor] = m;
    const after = folded.slice((m.index ?? 0) + said.length);
    if (COUNTED.test(after)) continue;
    const meetingNext = /^ (?:on|at|of|in|from|during)\b/.test(after);
    // ("6/10 item 6: did Croatia…", "oct minutes item 6": the meeting just before names its item)
    const meetingBefore = MEETING_BEFORE.test(folded.slice(0, m.index ?? 0));
    const agenda =
      minor !== undefined ||
      lead === "agenda item" ||
      lead.startsWith("under ") ||
      meetingNext ||
      meetingBefore ||
      (lead === "under" && after.trim() === "");
    if (agenda) return { item: minor === undefined ? `${major}` : `${major}.${minor}`, said };
  }
  return undefined;
}

function actionNumbers(folded: string): number[] {
  // "item 5.1" (folded "item 5 1") is an agenda item, not action A-5
  const numbers = [...folded.matchAll(/\b(?:a|action(?: item)?|item)\s?(\d{1,4})\b(?! \d)/g)]
    .filter((m) => !COUNTED.test(folded.slice((m.index ?? 0) + m[0].length)))
    .map((m) => Number(m[1]));
  return [...new Set(numbers)];
}

/** Capitalised names that are no record of the committee: places it speaks of, and names it does not know. */
function properNames(original: string, index: NameIndex<Subject>): { places: string[]; unknown: string[] } {
  const places: string[] = [];
  const names: string[] = [];
  for (const match of original.matchAll(/(^|[.!?:]\s*|\s)([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)/gu)) {
    const atStart = (match.index ?? 0) === 0 || /[.!?:]/.test(match[1] ?? "");
    const words = fold(match[2] ?? "")
      .split(" ")
      .filter((w) => !HONORIFICS.has(w));
    const candidates = atStart ? words.slice(1) : words;
    for (const word of candidates) {
      if (PLACES.has(word)) places.push(word);
      if (word.length < 3 || NOT_NAMES.has(word) || FUNCTION_WORDS.has(word) || NEVER_FUZZY.has(word))
        continue;
      if (PLACES.has(word)) continue;
      if (index.byKey.has(word) || namedNearly(index, word, isEntity).length > 0) continue;
      if (index.words.has(word)) continue;
      names.push(word);
    }
  }
  return { places, unknown: names };
}
