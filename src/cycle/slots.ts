// Wall-clock arithmetic for the meeting cycle: "7 days before the meeting, at
// 09:00 in the person's own zone, never on a weekend or outside 08:00-19:00".
// Everything is computed from calendar dates and zone names, never by adding
// hours to an instant, so a DST change between planning and sending still
// lands the message at 09:00 local.
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { calendarDate } from "../domain/format.ts";

/** The hours a person may be written to, in their own zone: [08:00, 19:00). */
export const WINDOW = { startMinutes: 8 * 60, endMinutes: 19 * 60 } as const;

/** "09:00" -> 540; null when not a valid 24-hour time. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{1,2})[:.h]?(\d{2})?$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** 540 -> "09:00" */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** yyyy-mm-dd plus (or minus) whole days. */
export function shiftDate(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return format(addDays(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1), days), "yyyy-MM-dd");
}

/**
 * Wall-clock instants already worked out: planning a large committee asks for
 * the same few (a nudge's day at 09:00 in a zone) hundreds of times, and each
 * costs about 2 ms of time-zone arithmetic.
 */
const wallClocks = new Map<string, number>();
const WALL_CLOCKS_KEPT = 10_000;

/** The instant a wall clock in `timeZone` reads `minutes` past midnight on `isoDate`. */
export function wallClock(isoDate: string, minutes: number, timeZone: string): Date {
  const key = `${isoDate}|${minutes}|${timeZone}`;
  const known = wallClocks.get(key);
  if (known !== undefined) return new Date(known);
  const instant = computeWallClock(isoDate, minutes, timeZone);
  if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
  wallClocks.set(key, instant.getTime());
  return instant;
}

function computeWallClock(isoDate: string, minutes: number, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  const local = new TZDate(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    Math.floor(minutes / 60),
    minutes % 60,
    timeZone,
  );
  return new Date(local.getTime());
}

function isWeekend(isoDate: string): boolean {
  const [year, month, day] = isoDate.split("-").map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The next allowed moment at or after `minutes` on `isoDate` in `timeZone`:
 * a weekday, within the window. A weekend keeps the wanted time on Monday; a
 * time before 08:00 becomes 08:00, one at or after 19:00 the next morning.
 */
export function nextAllowed(isoDate: string, minutes: number, timeZone: string): Date {
  let date = isoDate;
  let at = minutes;
  if (at < WINDOW.startMinutes) at = WINDOW.startMinutes;
  if (at >= WINDOW.endMinutes) {
    date = shiftDate(date, 1);
    at = WINDOW.startMinutes;
  }
  while (isWeekend(date)) date = shiftDate(date, 1);
  return wallClock(date, at, timeZone);
}

/** The last allowed moment at or before `minutes` on `isoDate`: Friday for a weekend, 18:59 at the latest. */
export function previousAllowed(isoDate: string, minutes: number, timeZone: string): Date {
  let date = isoDate;
  let at = minutes;
  if (at >= WINDOW.endMinutes) at = WINDOW.endMinutes - 1;
  if (at < WINDOW.startMinutes) {
    date = shiftDate(date, -1);
    at = WINDOW.endMinutes - 1;
  }
  while (isWeekend(date)) date = shiftDate(date, -1);
  return wallClock(date, at, timeZone);
}

/** The first moment a person in `timeZone` may be written to, from `now` on (now itself when allowed). */
export function allowedFrom(now: Date, timeZone: string): Date {
  const wall = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(now)
    .split(":")
    .map(Number);
  const slot = nextAllowed(calendarDate(now, timeZone), (wall[0] ?? 0) * 60 + (wall[1] ?? 0), timeZone);
  return slot.getTime() < now.getTime() ? now : slot;
}

/** yyyy-mm-dd moved by `days` working days (Monday to Friday), forward or back. */
export function shiftWorkingDays(isoDate: string, days: number): string {
  let date = isoDate;
  for (let left = Math.abs(days); left > 0; ) {
    date = shiftDate(date, Math.sign(days));
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}

/**
 * A message to a person, `daysBefore` the meeting's calendar day (in the
 * meeting's zone) at `minutes` in the person's zone, moved to the next allowed
 * slot; where that slot would not come before `latest`, the previous one.
 */
export function personSlot(input: {
  meetingDay: string;
  daysBefore: number;
  minutes: number;
  timeZone: string;
  latest: Date;
}): Date {
  const day = shiftDate(input.meetingDay, -input.daysBefore);
  const next = nextAllowed(day, input.minutes, input.timeZone);
  if (next.getTime() < input.latest.getTime()) return next;
  return previousAllowed(day, input.minutes, input.timeZone);
}

/** The calendar day of a meeting in its own zone. */
export function meetingDay(meeting: { startsAt: Date; timeZone: string }): string {
  return calendarDate(meeting.startsAt, meeting.timeZone);
}
