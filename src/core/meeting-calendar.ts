// A meeting as a calendar file (.ics): one event with a UID unique to this
// deployment, so a calendar that imported it updates the same entry when the
// meeting moves or is cancelled. RFC 5545 wants the SEQUENCE raised on every
// such change; clients act on the METHOD (PUBLISH adds or updates, CANCEL
// removes), and a file without one is only ever added.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { calendarDate } from "../domain/format.ts";
import { meetingEnd } from "../read-model/meetings.ts";
import type { CalendarStamp } from "../store/calendar-stamp.ts";
import type { Attachment } from "./reply.ts";

export interface CalendarMeeting {
  id: number;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  place: string | null;
  status: string;
}

export function meetingUid(meetingId: number, deployment: string): string {
  return `meeting-${meetingId}@${deployment}.rapporteur`;
}

export function meetingCalendar(
  meeting: CalendarMeeting,
  input: CalendarStamp & { committee: string; now: Date },
): Attachment {
  const cancelled = meeting.status === "cancelled";
  const calendar = ical({
    name: input.committee,
    prodId: { company: "CCM", product: "Rapporteur" },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: meetingUid(meeting.id, input.deployment),
    sequence: input.sequence,
    stamp: input.now,
    start: meeting.startsAt,
    end: meetingEnd(meeting),
    summary: `${input.committee} meeting`,
    ...(meeting.place ? { location: meeting.place } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return {
    filename: `meeting-${calendarDate(meeting.startsAt, meeting.timeZone)}.ics`,
    mediaType: "text/calendar",
    // ical-generator ends the last line without CRLF; RFC 5545 ends every line with one.
    content: `${calendar.toString()}\r\n`,
    title: `${input.committee} meeting`,
  };
}
