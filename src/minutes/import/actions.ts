// Candidate action items: sentences where someone is asked, requested,
// reminded or invited to do something, agrees or offers to, "would" deliver
// something, or is "in the process of" doing it. Each candidate has owners
// (the one asked, or the sentence's subject for "it would ..."), the action
// text and a due ("next meeting", a date, or null). The secretariat confirms
// them; recall matters more than precision, but talk about the meeting itself
// ("invited the Coordinators to briefly introduce ...") is left out.

import { monthNumber } from "../../domain/dates-in-text.ts";
import { findDates } from "./dates.ts";
import { isActor, ownersIn, sentenceSubject } from "./owners.ts";

const GENERIC_SUBJECT = /^(?:the\s+)?(?:Coordinator|delegation|representative|speaker)$/i;

export type ActionCandidate = { owners: string[]; text: string; due: string | null };

const ASKING =
  "asked|requested|reminded|invited|encouraged|urged|called\\s+(?:up)?on|tasked|mandated|instructed|asking|requesting|reminding|inviting|encouraging|urging|calling\\s+(?:up)?on|tasking|instructing";
/** Asking verbs weak enough that, without a due or a time, the request is about the meeting itself. */
const WEAK = /^(?:invit|encourag|urg)/i;
const ACTIVE = new RegExp(
  `\\b(${ASKING})\\s+((?:(?!\\bto\\b|\\bthat\\b|\\bif\\b|\\bwhether\\b|\\bfor\\b)[^.;:])+?)\\s+to\\s+(?!the\\b|a\\b|an\\b)(\\w.*)$`,
  "i",
);
const PASSIVE = new RegExp(
  `^(.*?)\\s+(?:was|were|had been|have been|has been|are|is)\\s+(?:also\\s+)?(?:${ASKING})\\s+to\\s+(\\w.*)$`,
  "i",
);
const UNDERTAKING =
  /\b(?:agreed|undertook|offered|committed(?:\s+itself|\s+themselves)?|volunteered|pledged|promised|undertaking|offering|agreeing)\s+to\s+(?!the\b)([a-z]\w*.*)$/;
/** "X would (, through Y,) send ..." and "X was in the process of defining ...": the owner is what precedes. */
const WOULD =
  /\s(?:would|will)(?:\s+|(?=,))(?:also\s+|then\s+|further\s+)?(?:,[^,]*,\s*)?(?!not\b|like\b|hope\b)(\w.*)$/;
const IN_PROCESS =
  /\s(?:was|were|is|are)\s+(?:currently\s+|still\s+)?in\s+the\s+process\s+of\s+(\w+ing\b.*)$/;
const AGREED_THAT =
  /\b(?:it\s+was\s+)?agreed\s+that\s+(.+?)\s+(?:would|will|should|shall)\s+(?!not\b)(\w.*)$/i;

/** Deliverables a "would" sentence must name to be an action rather than a forecast. */
const DELIVERING =
  /^(?:be\s+)?(?:send|circulat|provid|prepar|shar|turn|draft|submit|writ|contact|follow|report back|consult|identif|defin|develop|organi[sz]|conven|distribut|upload|finali[sz]|meet|host|translat|update|present|establish|launch|compil|revis|review|reach out|engage|approach|seek)/i;
const ABOUT_THIS_MEETING =
  /\b(?:later\s+(?:during|in)\s+the\s+meeting|during\s+(?:this|the)\s+meeting|at\s+(?:this|that)\s+time|briefly)\b/i;
const TIME_HINT =
  /\b(?:by|before|until|prior to|ahead of|beginning of|end of|early|next|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|20\d\d)\b/i;

export function findActionCandidates(prose: string[][], actors: readonly string[]): ActionCandidate[] {
  const found: ActionCandidate[] = [];
  for (const paragraph of prose) {
    let subject: string | null = null;
    for (const sentence of paragraph) {
      // "The Coordinator further conveyed ...": the delegation named before is meant
      const own = sentenceSubject(sentence, actors);
      subject = own && !(GENERIC_SUBJECT.test(own) && subject) ? own : subject;
      const candidate = candidateIn(sentence, subject, actors);
      if (candidate && !found.some((f) => f.text === candidate.text)) found.push(candidate);
    }
  }
  return found;
}

function candidateIn(
  sentence: string,
  subject: string | null,
  actors: readonly string[],
): ActionCandidate | null {
  const text = sentence.replace(/\s+/g, " ").trim();
  const due = dueIn(text);
  const withSubject = (owner: string) =>
    /^(?:he|she|it|they|its|their)$/i.test(owner) && subject ? subject : owner;
  const make = (ownerText: string, action: string, extra = ""): ActionCandidate | null => {
    const owners = ownersIn(withSubject(ownerText.trim()), actors);
    const coOwners = ownersIn(supporters(`${extra} ${text}`), actors);
    const all = [...new Set([...owners, ...coOwners])];
    const clean = actionText(action);
    if (all.length === 0 || !clean) return null;
    return { owners: all, text: clean, due };
  };

  const active = ACTIVE.exec(text);
  if (active) {
    const [, verb, object, action] = active;
    if (WEAK.test(verb!) && !due && !TIME_HINT.test(action!)) return null;
    if (ABOUT_THIS_MEETING.test(action!)) return null;
    return make(object!, action!);
  }
  const passive = PASSIVE.exec(text);
  if (passive) return make(lastClause(passive[1]!), passive[2]!);
  const agreed = AGREED_THAT.exec(text);
  if (agreed && DELIVERING.test(agreed[2]!)) return make(agreed[1]!, agreed[2]!);
  const undertaking = UNDERTAKING.exec(text);
  // "agreed to meet again on ..." is the next meeting's date, read elsewhere
  const meetAgain = /^meet\s+again\b/i.test(undertaking?.[1] ?? "");
  if (undertaking && subject && !meetAgain && !ABOUT_THIS_MEETING.test(undertaking[1]!)) {
    return make(subject, undertaking[1]!);
  }
  const process = IN_PROCESS.exec(text);
  if (process) return make(ownerBefore(text.slice(0, process.index)), process[1]!);
  const would = WOULD.exec(text);
  if (would) {
    const action = would[1]!;
    const owner = ownerBefore(text.slice(0, would.index));
    const committed =
      due !== null ||
      (DELIVERING.test(action) &&
        !/^be\s+(?!sending|circulating|preparing|organi[sz]ing|providing|sharing)/.test(action));
    if (!committed || ABOUT_THIS_MEETING.test(action)) return null;
    const named = ownersIn(withSubject(owner), actors);
    if (!named.some((name) => isActor(name, actors))) return null;
    return make(owner, action);
  }
  return null;
}

/** The words just before the verb, after the last "that" or comma, less "with the support of X": the owner. */
function ownerBefore(text: string): string {
  const clause = text.split(/,\s*|\bthat\s+/).at(-1) ?? text;
  return clause
    .replace(
      /^\s*(?:with\s+the\s+(?:support|help|assistance)\s+of\s+\S+(?:\s+\S+)*?\s+(?=it\b|he\b|she\b|they\b))/i,
      "",
    )
    .trim();
}

/** "with the support of the ISU-CCM", "through the ISU-CCM", "together with X": co-owners. */
function supporters(text: string): string {
  const found = [
    ...text.matchAll(
      /\b(?:with\s+the\s+(?:support|help|assistance)\s+of|through|together\s+with|in\s+(?:cooperation|coordination)\s+with)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)*)/gu,
    ),
  ];
  return found.map((m) => m[1]).join(" and ");
}

/** "In this context, the President" -> "the President". */
function lastClause(text: string): string {
  const parts = text.split(/,\s*|\bthat\s+/);
  return (parts.at(-1) ?? text).trim();
}

/** The action as a to-do: "turn their concept papers into operational plans by the next meeting". */
function actionText(action: string): string {
  return action
    .replace(/\s+/g, " ")
    .replace(/[.;:\s]+$/, "")
    .trim()
    .slice(0, 400);
}

const NEXT_MEETING =
  /\b(?:by|before|at|for|to|prior\s+to|ahead\s+of|until|in\s+time\s+for)\s+(?:the\s+)?(?:next|following|upcoming|coming|(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:[\w-]+\s+){0,3}?(?:meeting|session)\b/i;
const END_OF = /\bby\s+(?:the\s+)?end\s+(?:of\s+)?(?:([A-Za-z]+)\s+)?(\d{4})\b/i;

/** "by the next meeting" -> "next meeting"; "by 15 January 2017" -> "2017-01-15"; "by the end of 2016" -> "2016-12-31". */
export function dueIn(text: string): string | null {
  if (NEXT_MEETING.test(text)) return "next meeting";
  const endOf = END_OF.exec(text);
  if (endOf) {
    const year = Number(endOf[2]);
    const month = endOf[1] ? monthNumber(endOf[1]) : 12;
    if (month) {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
    }
  }
  for (const date of findDates(text)) {
    if (/\b(?:by|before|no\s+later\s+than|until)\s+(?:\w+,?\s+)?$/i.test(text.slice(0, date.index)))
      return date.value;
  }
  return null;
}
