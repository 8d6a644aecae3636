// Meetings and dates as delegates name them: "last time", "the next meeting",
// "the December meeting", "on 4 November", "4/11" (a Geneva reader means
// 4 November), "before the end of January", "this week". Dates are read with
// chrono-node in the committee's zone, month typos mended first ("4 Novmber"),
// and month names by the same reader as the minutes import (domain/dates-in-text.ts).
import { TZDate } from "@date-fns/tz";
// the English locale alone: the whole package loads a dozen locales and costs start-up time
import * as en from "chrono-node/en";
import { endOfMonth, endOfWeek, endOfYear } from "date-fns";
import { mendMonthTypos, monthNumber as monthOf } from "../../domain/dates-in-text.ts";
import { calendarDate, longCalendarDate } from "../../domain/format.ts";
import { MONTH_NAMES } from "../../domain/period.ts";
import { meetingEnd } from "../../read-model/meetings.ts";
import type { MeetingRef } from "./types.ts";

export interface MeetingSummary {
  id: number;
  startsAt: Date;
  endsAt: Date | null;
  timeKnown: boolean;
  timeZone: string;
  status: string;
}

export interface When {
  meeting?: MeetingRef;
  dueBy?: string;
}

const COMMITTEE_WORDS = "(?:cc |coordination committee |committee )?";
const LAST = new RegExp(
  `\\b(?:last|previous|latest|most recent) ${COMMITTEE_WORDS}(?:meeting|time|one|session)\\b|\\blast time\\b|\\bprevious coordination committee\\b`,
);
const NEXT = new RegExp(`\\bnext ${COMMITTEE_WORDS}(?:meeting|session|one)\\b|\\bnext time\\b`);
const MONTH = MONTH_NAMES.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)})?`).join("|");
// "the December meeting", "the oct minutes", "the oct CC"
// ("the november one": a meeting named beside another, "the meeting after the november one")
const MONTH_MEETING = new RegExp(
  `\\b(${MONTH}) (?:${COMMITTEE_WORDS}(?:meeting|minutes|session|updates?)|cc|coordination committee)\\b|\\bthe (${MONTH}) one\\b`,
);
const MONTH_PREPOSITION = new RegExp(
  `\\b(?:in|by|before|for|of|until|from|at) (?:the )?(${MONTH})\\b(?! \\d)`,
);
const END_OF_MONTH = new RegExp(`\\b(?:end|close) (?:of )?(${MONTH})\\b`);

/** The MONTH patterns match only month names and their abbreviations, so a month is always found. */
function monthNumber(word: string): number {
  return monthOf(word) ?? 1;
}

/** The reference to a meeting on record, and how the message named it. */
export function meetingRef(meeting: MeetingSummary, how: "next" | "last" | "date" | "month"): MeetingRef {
  return { found: true, id: meeting.id, date: calendarDate(meeting.startsAt, meeting.timeZone), how };
}

// "the meeting after…", "the next CC after…", "which meeting came after…", "the session held after…"
const AFTER = new RegExp(
  `\\b(?:(?:next|following) ${COMMITTEE_WORDS}(?:meeting|session|one|cc)?|meeting|session|cc)(?: (?:came|come|comes|held|coming|that followed|that came))? ?after\\b`,
);

function meetingAfter(meetings: readonly MeetingSummary[], from: MeetingSummary): MeetingSummary | undefined {
  return meetings
    .filter((m) => m.status !== "cancelled" && m.startsAt.getTime() > from.startsAt.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
}

export function lastMeeting(meetings: readonly MeetingSummary[], now: Date): MeetingSummary | undefined {
  return meetings
    .filter((m) => m.status !== "cancelled" && m.startsAt.getTime() <= now.getTime())
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
}

export function nextMeeting(meetings: readonly MeetingSummary[], now: Date): MeetingSummary | undefined {
  return meetings
    .filter((m) => m.status === "scheduled" && meetingEnd(m).getTime() >= now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
}

function inMonth(meetings: readonly MeetingSummary[], month: number, now: Date): MeetingSummary | undefined {
  const matching = meetings.filter(
    (m) => m.status !== "cancelled" && Number(calendarDate(m.startsAt, m.timeZone).slice(5, 7)) === month,
  );
  return matching.find((m) => m.startsAt.getTime() >= now.getTime()) ?? matching.at(-1);
}

function iso(date: Date, zone: string): string {
  return calendarDate(date, zone);
}

/** The meeting or the date a message points at, if any. */
export function readWhen(
  folded: string,
  original: string,
  meetings: readonly MeetingSummary[],
  now: Date,
  zone: string,
): When {
  // A date typed out names the meeting even when "the next meeting" is the topic.
  const dated = readDate(original, meetings, now, zone);
  // "the next CC after 4/11": the meeting following the dated one
  if (dated?.meeting?.found && AFTER.test(folded)) {
    const from = meetings.find((m) => dated.meeting?.found && m.id === dated.meeting.id);
    const following = from && meetingAfter(meetings, from);
    // "the CC meeting after the 7 December one", when none is on record after it
    return following
      ? { meeting: meetingRef(following, "date") }
      : {
          meeting: {
            found: false,
            text: longCalendarDate(dated.meeting.date),
            after: true,
          },
        };
  }
  if (dated?.meeting?.found) return dated;
  const monthWord = MONTH_MEETING.exec(folded)?.slice(1).find(Boolean) ?? MONTH_PREPOSITION.exec(folded)?.[1];
  const ofMonth = monthWord ? inMonth(meetings, monthNumber(monthWord), now) : undefined;
  // "the CC meeting after the november one"
  if (ofMonth && AFTER.test(folded)) {
    const following = meetingAfter(meetings, ofMonth);
    const date = longCalendarDate(calendarDate(ofMonth.startsAt, ofMonth.timeZone));
    return following
      ? { meeting: meetingRef(following, "date") }
      : { meeting: { found: false, text: date, after: true } };
  }
  if (LAST.test(folded)) {
    const last = lastMeeting(meetings, now);
    return last
      ? { meeting: meetingRef(last, "last") }
      : { meeting: { found: false, text: "the last meeting" } };
  }
  if (NEXT.test(folded)) {
    const next = nextMeeting(meetings, now);
    return next
      ? { meeting: meetingRef(next, "next") }
      : { meeting: { found: false, text: "the next meeting" } };
  }
  const local = new TZDate(now, zone);
  const endMonth = END_OF_MONTH.exec(folded);
  if (endMonth?.[1]) {
    const month = monthNumber(endMonth[1]);
    const year = month - 1 < local.getMonth() ? local.getFullYear() + 1 : local.getFullYear();
    return { dueBy: iso(endOfMonth(new TZDate(year, month - 1, 1, zone)), zone) };
  }
  if (/\bend of (?:the )?year\b/.test(folded)) return { dueBy: iso(endOfYear(local), zone) };
  if (/\bthis week\b/.test(folded)) return { dueBy: iso(endOfWeek(local, { weekStartsOn: 1 }), zone) };
  if (/\bnext week\b/.test(folded)) {
    return {
      dueBy: iso(endOfWeek(new TZDate(now.getTime() + 7 * 86_400_000, zone), { weekStartsOn: 1 }), zone),
    };
  }
  if (/\bthis month\b/.test(folded)) return { dueBy: iso(endOfMonth(local), zone) };

  if (dated) return dated;
  if (monthWord) {
    const month = monthNumber(monthWord);
    if (ofMonth) return { meeting: meetingRef(ofMonth, "month") };
    const year = month - 1 < local.getMonth() ? local.getFullYear() + 1 : local.getFullYear();
    return {
      meeting: { found: false, text: `${monthWord[0]?.toUpperCase()}${monthWord.slice(1)}` },
      dueBy: iso(endOfMonth(new TZDate(year, month - 1, 1, zone)), zone),
    };
  }
  const year = /\b(?:in|of|during) (19\d\d|20\d\d)\b/.exec(folded)?.[1];
  if (year) {
    const meeting = meetings.find((m) => calendarDate(m.startsAt, m.timeZone).startsWith(year));
    return meeting ? { meeting: meetingRef(meeting, "date") } : { meeting: { found: false, text: year } };
  }
  return {};
}

/** What chrono-node could read as a day: a figure, a month, a weekday, or a word for a day relative to today. */
const DATE_LIKE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|noon|midnight|day|days|week|weeks|weekend|fortnight|month|months|year|years|ago|later|hour|hours|minute|minutes|morning|afternoon|evening|night)/i;

/** A day and month typed out ("4 November", "7/12", "27.9."): the meeting held that day, else the date itself. */
function readDate(
  original: string,
  meetings: readonly MeetingSummary[],
  now: Date,
  zone: string,
): When | null {
  const text = mendMonthTypos(original.replace(/\b(\d{1,2})\.(\d{1,2})\.?(?=\s|$|\?)/g, "$1/$2")).text;
  // Parsing costs a millisecond or more: skip it for a message nothing date-like is in (an item handle is not).
  if (!DATE_LIKE.test(text.replace(/\b[a-z]-\d+\b/gi, " "))) return null;
  const results = en.GB.parse(text, { instant: now, timezone: zone });
  for (const result of results) {
    // "aren't they on ICA now": "now" is no day a meeting or due date is named by
    if (/^(?:right |just )?now$/i.test(result.text.trim())) continue;
    const start = result.start;
    if (!start.isCertain("day") || !start.isCertain("month")) continue;
    const month = String(start.get("month")).padStart(2, "0");
    const day = String(start.get("day")).padStart(2, "0");
    const year = start.isCertain("year") ? String(start.get("year")) : undefined;
    const sameDay = meetings.filter((m) => {
      const date = calendarDate(m.startsAt, m.timeZone);
      return date.endsWith(`-${month}-${day}`) && (!year || date.startsWith(year));
    });
    const meeting = sameDay.sort(
      (a, b) =>
        Math.abs(a.startsAt.getTime() - now.getTime()) - Math.abs(b.startsAt.getTime() - now.getTime()),
    )[0];
    if (meeting) return { meeting: meetingRef(meeting, "date") };
    const guessedYear = year ?? String(start.get("year"));
    const text = result.text.replace(/^(?:on|the|of)\s+/i, "");
    return { meeting: { found: false, text }, dueBy: `${guessedYear}-${month}-${day}` };
  }
  return null;
}
