// Reading a due date as typed in chat: "7/12" (a Geneva reader means 7
// December), "2016-12-07", "next Wednesday", "next meeting", "the December meeting".
// the English locale alone: the whole package loads a dozen locales and costs start-up time
import * as en from "chrono-node/en";
import { calendarDate } from "./format.ts";
import { MONTH_NAMES } from "./period.ts";

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
  if (monthMeeting) {
    const month = MONTH_NAMES.findIndex(
      (name) => name.startsWith(monthMeeting[1] ?? "-") && (monthMeeting[1]?.length ?? 0) >= 3,
    );
    if (month >= 0) return { kind: "meeting-in-month", month: month + 1 };
  }
  const results = en.GB.parse(lower, { instant: now, timezone: timeZone }, { forwardDate: true });
  const first = results[0];
  if (!first || first.text.length < lower.length * 0.6) return null;
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
