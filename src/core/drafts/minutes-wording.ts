// The sentences the secretariat writes in every set of minutes, worded from
// the meeting's facts: who opened it, the approval of the previous minutes,
// the date of the next meeting. Each is null when the facts are not on record.
import { calendarDate, clockTime, longDate, personName, shortDate } from "../../domain/format.ts";
import type { Directory } from "../../store/directory.ts";
import type { MeetingRecord } from "../../store/meetings.ts";

/** The President, when the attendance list has them. */
export function chairOf(meeting: MeetingRecord, dir: Directory) {
  const presidents = new Set(dir.persons.filter((p) => p.roles.includes("president")).map((p) => p.id));
  return meeting.attendances
    .map((a) => a.person)
    .filter((person) => presidents.has(person.id))
    .sort((a, b) => a.listOrder - b.listOrder)[0];
}

export function openingSentence(meeting: MeetingRecord, dir: Directory): string | null {
  const chair = chairOf(meeting, dir);
  if (!chair) return null;
  const of = dir.committee.presidencyLabel ? ` of the ${dir.committee.presidencyLabel}` : "";
  return `The meeting was opened by the President${of}, ${personName(chair)} of ${chair.delegation.name}.`;
}

/** Said only when the previous minutes were approved on this meeting's day. */
export function approvalSentence(meeting: MeetingRecord): string | null {
  const previous = meeting.previous;
  if (!previous?.minutesApprovedAt) return null;
  const zone = meeting.timeZone;
  if (calendarDate(previous.minutesApprovedAt, zone) !== calendarDate(meeting.startsAt, zone)) return null;
  return `The draft minutes of the meeting held on ${shortDate(previous.startsAt, previous.timeZone)}, which had been circulated in advance, were approved as a correct record.`;
}

export interface NextMeeting {
  startsAt: Date;
  endsAt: Date | null;
  timeKnown: boolean;
  timeZone: string;
  place: string | null;
}

export function nextMeetingSentence(dir: Directory, next: NextMeeting | null): string {
  if (!next) return "The date of the next meeting would be communicated in due course.";
  const zone = next.timeZone;
  const hours = !next.timeKnown
    ? ""
    : next.endsAt
      ? ` from ${clockTime(next.startsAt, zone)} to ${clockTime(next.endsAt, zone)}`
      : ` at ${clockTime(next.startsAt, zone)}`;
  const place = next.place ? ` at the ${next.place}` : "";
  return `It was agreed that the next meeting of the ${dir.committee.name} would be held on ${longDate(next.startsAt, zone)}${hours}${place}.`;
}

/** The decision recorded under "Approval of the Minutes of <date>" when `minutes approve` is typed. */
export function minutesApprovedSentence(amended: boolean): string {
  return amended
    ? "The draft Minutes, which had been circulated in advance, were approved as amended."
    : "The draft Minutes, which had been circulated in advance, were approved without comments as a correct record of what had transpired.";
}
