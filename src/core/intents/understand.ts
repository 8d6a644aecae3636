// One message understood: names and dates found, the intent chosen, and the
// previous turn of the same conversation used when the message leans on it
// ("and Cambodia?", "who owns the second one?", "the one from Costa Rica").
import type { CoalitionEntry, Directory } from "../../store/directory.ts";
import { classify, FORMER_COORDINATORS } from "./classify.ts";
import { agendaItemOf, extractEntities } from "./entities.ts";
import { type MeetingSummary, meetingRef, readWhen } from "./meeting-refs.ts";
import type { Choice, Turn } from "./memory.ts";
import { foldMessage, plainMessage } from "./normalize.ts";
import type { ActionFilter, Entities, Intent, Understanding } from "./types.ts";

export interface World {
  dir: Directory;
  meetings: readonly MeetingSummary[];
  now: Date;
}

const FOLLOW_UP =
  /^(?:and|what about|how about|same for|same with|and for|and on|and in|and the|also|what of|then)\b/;
const ANAPHORA =
  /\b(?:them|they|their|it|its|that one|this one|those|these|there|he|she|him|her|his|the same)\b/;
/** A meeting named by the answer before: "did the Dutch make it to that one", "who chaired it", "what was decided then". */
const THAT_MEETING = /\b(?:that one|this one|that meeting|this meeting|it|then|there)\b/;
/** "is it overdue?" right after one action item was shown. */
const THAT_ITEM = /\b(?:it|that one|this one|that item|that action)\b/;
const ORDINALS: [RegExp, number][] = [
  [/\b(?:first|1st)\b/, 1],
  [/\b(?:second|2nd)\b/, 2],
  [/\b(?:third|3rd)\b/, 3],
  [/\b(?:fourth|4th)\b/, 4],
  [/\b(?:fifth|5th)\b/, 5],
  [/\b(?:sixth|6th)\b/, 6],
  [/\b(?:seventh|7th)\b/, 7],
  [/\b(?:eighth|8th)\b/, 8],
  [/\blast\b/, -1],
];
const ORDINAL_REFERENCE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|1st|2nd|3rd|4th|5th|6th|7th|8th) (?:one|item|action|task)\b|\bthat one\b|\bthis one\b/;
const SUBJECT_INTENTS: readonly Intent[] = [
  "coalition.status",
  "coalition.lead",
  "who.is",
  "who.coordinates",
  "actions.list",
  "updates.status",
  "updates.content",
  "area.list",
  "coalition.list",
];
/** Words a message made only of names may still carry ("and Cambodia?", "what about RRE", "Lao PDR please"). */
const BARE = new Set(
  "and what about how the a an of on for with is are please tell me more who same also then s ms mr mrs dr he ambassador".split(
    " ",
  ),
);
const FILTERED_INTENTS: readonly Intent[] = [
  "actions.list",
  "action.detail",
  "updates.status",
  "updates.content",
];
const COALITION_INTENTS: readonly Intent[] = ["coalition.status", "coalition.lead", "activity"];

function filtersOf(t: string, entities: Entities): ActionFilter[] {
  const filters: ActionFilter[] = [];
  const hasSubject = entities.delegations.length + entities.persons.length + entities.areas.length > 0;
  const owing = /\b(?:owe|owes|do|left|deliver|send|sent|submit|submitted|plate|due)\b/.test(t);
  if (/\b(?:my|mine)\b|\bfor (?:me|us)\b/.test(t) || (!hasSubject && /\b(?:i|we|our)\b/.test(t) && owing)) {
    filters.push("mine");
  }
  if (/\b(?:overdue|late|past (?:their |the |its )?(?:deadline|due))\b/.test(t)) filters.push("overdue");
  else if (/\b(?:been done|completed|finished|done already|already done)\b/.test(t)) filters.push("done");
  else if (/\ball (?:the )?(?:action items|actions|tasks)\b|^actions all$/.test(t)) filters.push("all");
  else if (/\b(?:still open|open|outstanding)\b/.test(t)) filters.push("open");
  if (
    /\bno (?:due )?(?:date|deadline)s?\b|\bwithout (?:a )?(?:due date|deadline|date)\b|\bundated\b/.test(t)
  ) {
    filters.push("undated");
  }
  return filters;
}

function coalitionsNamed(dir: Directory, entities: Entities): CoalitionEntry[] {
  return dir.coalitions.filter((c) => entities.delegations.some((d) => d.id === c.affectedDelegationId));
}

/** Countries named in a coalition question mean their coalition, where one is on record. */
function moveToCoalitions(dir: Directory, entities: Entities): void {
  for (const coalition of coalitionsNamed(dir, entities)) {
    if (!entities.coalitions.some((c) => c.id === coalition.id)) entities.coalitions.push(coalition);
    entities.delegations = entities.delegations.filter((d) => d.id !== coalition.affectedDelegationId);
  }
}

function subjectCount(e: Entities): number {
  return (
    e.delegations.length + e.areas.length + e.coalitions.length + e.persons.length + e.ambiguousPersons.length
  );
}

/** The previous turn's records, for a follow-up that names none of its own. */
function inherit(world: World, entities: Entities, previous: Turn): void {
  const { dir } = world;
  if (subjectCount(entities) === 0) {
    entities.delegations = dir.delegations.filter((d) => previous.delegationIds.includes(d.id));
    entities.areas = dir.areas.filter((a) => previous.areaIds.includes(a.id));
    entities.coalitions = dir.coalitions.filter((c) => previous.coalitionIds.includes(c.id));
    entities.persons = dir.persons.filter((p) => previous.personIds.includes(p.id));
  }
}

function ordinalOf(t: string): number | undefined {
  if (!ORDINAL_REFERENCE.test(t)) return undefined;
  for (const [pattern, position] of ORDINALS) if (pattern.test(t)) return position;
  return /\b(?:that|this) one\b/.test(t) ? 1 : undefined;
}

/** The choice a reply to a clarifying question picks, if it picks exactly one. */
export function pickChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = foldMessage(text);
  const ordinal = ordinalOf(`${t} one`) ?? (/^\d$/.test(t) ? Number(t) : undefined);
  if (ordinal !== undefined) return ordinal === -1 ? choices.at(-1) : choices[ordinal - 1];
  const words = new Set(t.split(" "));
  const matching = choices.filter((choice) =>
    choice.keys.some((key) => key.split(" ").every((w) => words.has(w))),
  );
  return matching.length === 1 ? matching[0] : undefined;
}

export function understand(world: World, text: string, previous?: Turn): Understanding {
  const { dir, meetings, now } = world;
  const folded = foldMessage(text);
  const entities = extractEntities(dir, folded, plainMessage(text));
  // "under 5.2 in nov": the item's number is no date
  const agenda = agendaItemOf(folded);
  const when = agenda
    ? readWhen(
        folded.replace(agenda.said, " "),
        text.replace(new RegExp(`\\b${agenda.item.replace(".", "[.:]")}\\b`), " "),
        meetings,
        now,
        dir.committee.timeZone,
      )
    : readWhen(folded, text, meetings, now, dir.committee.timeZone);
  if (when.meeting) entities.meeting = when.meeting;
  if (when.dueBy) entities.dueBy = when.dueBy;
  entities.filters = filtersOf(folded, entities);

  const followUp = previous !== undefined && (FOLLOW_UP.test(folded) || ANAPHORA.test(folded));
  const ordinal = previous?.listed.length ? ordinalOf(folded) : undefined;
  if (ordinal !== undefined) {
    const listed = previous?.listed ?? [];
    const number = ordinal === -1 ? listed.at(-1) : listed[ordinal - 1];
    if (number !== undefined) entities.actions = [number];
    return { intent: "action.detail", entities, followUp: true, folded };
  }
  if (previous && followUp) inherit(world, entities, previous);

  let { intent, reason } = classify(
    folded,
    entities,
    entities.coalitions.length > 0 || coalitionsNamed(dir, entities).length > 0,
    dir.committee.presidencyDelegationId,
  );
  // "is it overdue?" right after one action item was shown; "is it going to snow?" is not about it.
  const [single] = previous?.listed.length === 1 ? previous.listed : [];
  const aboutThatItem =
    THAT_ITEM.test(folded) &&
    ["record", "actions.list", "action.detail"].includes(intent) &&
    subjectCount(entities) === 0 &&
    entities.actions.length === 0;
  if (single !== undefined && aboutThatItem) {
    entities.actions = [single];
    return { intent: "action.detail", entities, followUp: true, folded };
  }
  const bare = entities.unmatched.every((word) => BARE.has(word));
  const elliptical =
    previous !== undefined &&
    (intent === "record" || (FOLLOW_UP.test(folded) && intent === "coalition.list")) &&
    (FOLLOW_UP.test(folded) || bare) &&
    (subjectCount(entities) > 0 || entities.meeting !== undefined || entities.filters.length > 0) &&
    // ("and who held the job before Costa Rica?": the coordinator before, in the minutes, not who coordinates now)
    !FORMER_COORDINATORS.test(folded);
  if (previous && elliptical) {
    intent = previous.intent;
    reason = undefined;
  } else if (intent === "record" && bare && subjectCount(entities) > 0) {
    intent = onlyNames(dir, entities);
  }
  // the previous answer's meeting, for an elliptical follow-up, or one saying "that one" ("when is the next
  // meeting?" - "and did the dutch make it to that one?")
  const previousMeeting = previous && meetings.find((m) => m.id === previous.meetingId);
  const takesMeeting = elliptical || (intent.startsWith("meeting.") && THAT_MEETING.test(folded));
  if (previousMeeting && !entities.meeting && takesMeeting)
    entities.meeting = meetingRef(previousMeeting, "date");
  // "what room is the 7 December meeting in": a meeting not yet held is the next one's business
  const ref = entities.meeting;
  const named = ref?.found ? meetings.find((m) => m.id === ref.id) : undefined;
  if (intent === "meeting.last" && named && named.startsAt.getTime() > now.getTime()) intent = "meeting.next";
  if (COALITION_INTENTS.includes(intent) || /\bcoalition\b/.test(folded)) moveToCoalitions(dir, entities);
  if (
    intent === "coalition.status" &&
    entities.coalitions.length === 0 &&
    entities.delegations.length === 0 &&
    subjectCount(entities) === 0
  ) {
    intent = "coalition.list";
  }
  if (SUBJECT_INTENTS.includes(intent) && subjectCount(entities) === 0) {
    if (entities.unknownNames.length > 0)
      return { intent: "unknown", reason: "unknown-name", entities, followUp, folded };
    if ((intent === "who.is" || intent === "who.coordinates") && entities.leftovers.length > 0) {
      return { intent: "unknown", reason: "unknown-name", entities, followUp, folded };
    }
  }
  if (!FILTERED_INTENTS.includes(intent)) entities.filters = [];
  return { intent, reason, entities, followUp: followUp || elliptical, folded };
}

/** A message that is only a name ("Lao PDR?", "VA", "Dorovic"): what the bot knows about it. */
function onlyNames(dir: Directory, entities: Entities): Intent {
  if (coalitionsNamed(dir, entities).length > 0 || entities.coalitions.length > 0) return "coalition.status";
  if (entities.areas.length > 0 && entities.delegations.length === 0) return "who.coordinates";
  return "who.is";
}
