// How the committee writes dates, times and people: "Wednesday 7 December
// 2016, 10:00–11:30 CET", "Ms. Malgorzata Hauge (Norway)".
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** "CET", "CEST", "GMT+7": the zone as the committee writes it after a time (it changes with summer time). */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

// Lists of action items and drafts write the same few dates hundreds of times,
// and placing an instant in a zone is the costly part; the cache is bounded.
const formatted = new Map<string, string>();
const FORMATTED_KEPT = 10_000;

function remembered(key: string, compute: () => string): string {
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = compute();
  if (formatted.size >= FORMATTED_KEPT) formatted.clear();
  formatted.set(key, text);
  return text;
}

function inZone(instant: Date, timeZone: string, pattern: string): string {
  return remembered(`${instant.getTime()}|${timeZone}|${pattern}`, () =>
    format(new TZDate(instant, timeZone), pattern),
  );
}

/** "Wednesday 7 December 2016" in the given zone. */
export function longDate(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone, "EEEE d MMMM yyyy");
}

/** "7 December 2016" in the given zone. */
export function shortDate(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone, "d MMMM yyyy");
}

/** "10:00" in the given zone. */
export function clockTime(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone, "HH:mm");
}

/** "Tuesday 6 December 2016, 09:00 CET" as read in `timeZone`. */
export function moment(instant: Date, timeZone: string): string {
  return `${longDate(instant, timeZone)}, ${clockTime(instant, timeZone)} ${zoneAbbreviation(instant, timeZone)}`;
}

/** The calendar date of an instant in a zone, as yyyy-mm-dd. */
export function calendarDate(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone, "yyyy-MM-dd");
}

/** "Wednesday 7 December 2016" for a stored yyyy-mm-dd. */
export function longCalendarDate(isoDate: string): string {
  return remembered(isoDate, () => {
    const [year, month, day] = isoDate.split("-").map(Number);
    return format(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1), "EEEE d MMMM yyyy");
  });
}

export interface MeetingTimes {
  startsAt: Date;
  endsAt: Date | null;
  timeKnown: boolean;
  timeZone: string;
}

/** "Wednesday 7 December 2016, 10:00–11:30 CET"; only the date when the time is not on record. */
export function meetingWhen(meeting: MeetingTimes): string {
  const day = longDate(meeting.startsAt, meeting.timeZone);
  if (!meeting.timeKnown) return day;
  const start = clockTime(meeting.startsAt, meeting.timeZone);
  const end = meeting.endsAt ? `–${clockTime(meeting.endsAt, meeting.timeZone)}` : "";
  return `${day}, ${start}${end} ${zoneAbbreviation(meeting.startsAt, meeting.timeZone)}`;
}

export interface NamedPerson {
  honorific: string | null;
  name: string;
}

/** "Ms. Malgorzata Hauge" */
export function personName(person: NamedPerson): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

/** "Italy and Chile", "Italy, Chile and Norway" */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "the Presidency or the secretariat", "owners, the Presidency or the secretariat" */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** "1 action item", "3 action items" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
