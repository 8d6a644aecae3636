// Meetings as answers ask for them: the next one, the last one, one by id or
// by month, read from the records in memory.
import { calendarDate } from "../domain/format.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import type { Records } from "./records.ts";

/** The committee meets for an hour and a half unless told otherwise. */
export const DEFAULT_MEETING_MINUTES = 90;

/**
 * When a meeting ends: its end, or the usual length after its start when only
 * that is on record (so a meeting under way is still "the next meeting", and
 * its calendar entry is as long as the one a newly scheduled meeting gets).
 */
export function meetingEnd(meeting: { startsAt: Date; endsAt: Date | null }): Date {
  return meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_MEETING_MINUTES * 60_000);
}

/** The first meeting that has not ended yet and is not cancelled. */
export function findNextMeeting(records: Records, now: Date): MeetingRecord | null {
  return (
    records.meetings.find(
      (meeting) => meeting.status === "scheduled" && meetingEnd(meeting).getTime() >= now.getTime(),
    ) ?? null
  );
}

/** The most recent meeting that has started (held, or scheduled and already begun). */
export function findLastMeeting(records: Records, now: Date): MeetingRecord | null {
  return (
    records.meetings.findLast(
      (meeting) => meeting.status !== "cancelled" && meeting.startsAt.getTime() <= now.getTime(),
    ) ?? null
  );
}

export function findMeeting(records: Records, id: number): MeetingRecord | null {
  return records.meetingById.get(id) ?? null;
}

/** "The December meeting": the first meeting in that calendar month (1-12) that has not started, else its last one. */
export function findMeetingInMonth(records: Records, month: number, now: Date): MeetingRecord | null {
  const inMonth = records.meetings.filter(
    (m) => m.status !== "cancelled" && Number(calendarDate(m.startsAt, m.timeZone).slice(5, 7)) === month,
  );
  return inMonth.find((m) => m.startsAt.getTime() >= now.getTime()) ?? inMonth.at(-1) ?? null;
}
