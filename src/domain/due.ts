// Reading a due date as typed in chat: "7/12" (a Geneva reader means 7
// December), "2016-12-07", "next Wednesday", "next meeting", "the December meeting";
// month names and typos ("9 Febuary") by the shared reader in dates-in-text.ts.
// the English locale alone: the whole package loads a dozen locales and costs start-up time
import * as en from "chrono-node/en";
import { mendMonthTypos, monthNumber } from "./dates-in-text.ts";
import { calendarDate } from "./format.ts";

export type DueReading =
  | { kind: "date"; dueOn: string }
  | { kind: "next-meeting" }
  | { kind: "meeting-in-month"; month: number }
  | { kind: "none" };

export function readDue(text: string, now: Date, timeZone: string): DueReading | null {
  const lower = text
    .toLowerCase()
    .replace(/^by\s+/, "")
    .trim();
  if (/^(?:none|no date|-)$/.test(lower)) return { kind: "none" };
  if (/^(?:the\s+)?next\s+(?:cc\s+|committee\s+)?meeting$/.test(lower)) return { kind: "next-meeting" };
  const monthMeeting = /^(?:the\s+)?([a-z]+)\s+(?:cc\s+|committee\s+)?meeting$/.exec(lower);
  const meetingMonth = monthMeeting ? monthNumber(monthMeeting[1] ?? "") : undefined;
  if (meetingMonth) return { kind: "meeting-in-month", month: meetingMonth };
  const mended = mendMonthTypos(lower).text;
  const results = en.GB.parse(mended, { instant: now, timezone: timeZone }, { forwardDate: true });
  const first = results[0];
  if (!first || first.text.length < mended.length * 0.6) return null;
  const year = first.start.get("year");
  const month = first.start.get("month");
  const day = first.start.get("day");
  if (!year || !month || !day) return null;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { kind: "date", dueOn: iso };
}

export function isPastDate(isoDate: string, now: Date, timeZone: string): boolean {
  return isoDate < calendarDate(now, timeZone);
}
