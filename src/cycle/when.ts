// Reading "when and where" as the secretariat types it: "Wednesday 7 December
// 10:00", "next Friday 10-11:30 Palais des Nations", "2016-12-07 10:00".
// chrono-node reads the words; the wall-clock parts it finds are then placed
// in the committee's zone by date, so a date across a DST change still means
// the hour that was typed.
import { TZDate } from "@date-fns/tz";
import type { Component, ParsedComponents } from "chrono-node";
// the English locale alone: the whole package loads a dozen locales and costs start-up time
import * as en from "chrono-node/en";
import { calendarDate } from "../domain/format.ts";
import { meetingEnd } from "../read-model/meetings.ts";
import { timeOf, wallClock } from "./slots.ts";

export interface MeetingWhen {
  startsAt: Date;
  endsAt: Date;
  /** What followed (or preceded) the date and time: the place, if any. */
  place: string | null;
}

export type WhenReading = { ok: true; when: MeetingWhen } | { ok: false; error: string };

function part(components: ParsedComponents, unit: Component): number {
  return components.get(unit) ?? 0;
}

function isoDay(components: ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${part(components, "year")}-${pad(part(components, "month"))}-${pad(part(components, "day"))}`;
}

function placeFrom(text: string, index: number, length: number): string | null {
  const around = `${text.slice(0, index)} ${text.slice(index + length)}`
    .replace(/^\s*(?:on\s+)?/i, "")
    .replace(/^[\s,;:–-]*(?:(?:at|in)\s+(?:the\s+)?)?/i, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;.]+$/, "")
    .trim();
  return around || null;
}

export function readMeetingWhen(text: string, now: Date, timeZone: string): WhenReading {
  const offset = -new TZDate(now, timeZone).getTimezoneOffset();
  const [found] = en.GB.parse(text, { instant: now, timezone: offset }, { forwardDate: true });
  if (!found) {
    return {
      ok: false,
      error: `I could not read a date in "${text}"; write it like "Wednesday 7 December 10:00" or "2016-12-07 10:00".`,
    };
  }
  if (!found.start.isCertain("hour")) {
    return {
      ok: false,
      error: `"${found.text}" has no time; add the hour, e.g. "${found.text} 10:00-11:30".`,
    };
  }
  const day = isoDay(found.start);
  const startMinutes = part(found.start, "hour") * 60 + part(found.start, "minute");
  const startsAt = wallClock(day, startMinutes, timeZone);
  let endsAt = meetingEnd({ startsAt, endsAt: null });
  if (found.end?.isCertain("hour")) {
    const endDay = found.end.isCertain("day") ? isoDay(found.end) : day;
    endsAt = wallClock(endDay, part(found.end, "hour") * 60 + part(found.end, "minute"), timeZone);
    if (endsAt.getTime() <= startsAt.getTime()) {
      return {
        ok: false,
        error: `The meeting would end (${timeOf(part(found.end, "hour") * 60 + part(found.end, "minute"))}) before it starts.`,
      };
    }
  }
  return { ok: true, when: { startsAt, endsAt, place: placeFrom(text, found.index, found.text.length) } };
}

/** The typed form a confirmation button sends back: exact, and read the same whenever it is pressed. */
export function canonicalWhen(when: MeetingWhen, timeZone: string): string {
  const clock = (instant: Date) =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(instant);
  const place = when.place ? ` ${when.place}` : "";
  return `${calendarDate(when.startsAt, timeZone)} ${clock(when.startsAt)}-${clock(when.endsAt)}${place}`;
}
