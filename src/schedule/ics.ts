// A meeting as a calendar file (.ics): one event with a stable UID, so a
// calendar that imported it updates the same entry when the meeting moves
// (the SEQUENCE goes up with every move) or is cancelled.
import ical, { ICalEventStatus } from "ical-generator";
import type { Attachment } from "../core/reply.ts";
import { calendarDate } from "../domain/format.ts";

export interface CalendarMeeting {
  id: number;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  place: string | null;
  status: string;
}

const DEFAULT_LENGTH_MS = 90 * 60_000;

export function meetingCalendar(
  meeting: CalendarMeeting,
  input: { committee: string; sequence: number; now: Date },
): Attachment {
  const calendar = ical({ name: input.committee, prodId: { company: "CCM", product: "Rapporteur" } });
  calendar.createEvent({
    id: `meeting-${meeting.id}@rapporteur`,
    sequence: input.sequence,
    stamp: input.now,
    start: meeting.startsAt,
    end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_LENGTH_MS),
    summary: `${input.committee} meeting`,
    ...(meeting.place ? { location: meeting.place } : {}),
    status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return {
    filename: `meeting-${calendarDate(meeting.startsAt, meeting.timeZone)}.ics`,
    mediaType: "text/calendar",
    content: calendar.toString(),
    title: `${input.committee} meeting`,
  };
}
