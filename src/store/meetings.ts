// Meetings: the next one, the last one, and one with its agenda, attendance
// and decisions.
import { calendarDate } from "../domain/format.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./open.ts";

export const meetingInclude = {
  previous: true,
  agendaItems: { orderBy: { position: "asc" }, include: { area: true, coalition: true } },
  attendances: { include: { person: { include: { delegation: true } } } },
  decisions: { include: { agendaItem: true }, orderBy: { id: "asc" } },
} satisfies Prisma.MeetingInclude;

export type MeetingRecord = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

/** The first meeting that has not ended yet and is not cancelled. */
export async function findNextMeeting(db: Db, committeeId: number, now: Date): Promise<MeetingRecord | null> {
  const upcoming = await db.meeting.findMany({
    where: { committeeId, status: "scheduled", startsAt: { gte: new Date(now.getTime() - 12 * 3600_000) } },
    include: meetingInclude,
    orderBy: { startsAt: "asc" },
    take: 5,
  });
  return upcoming.find((meeting) => (meeting.endsAt ?? meeting.startsAt).getTime() >= now.getTime()) ?? null;
}

/** The most recent meeting that has started (held, or scheduled and already begun). */
export async function findLastMeeting(db: Db, committeeId: number, now: Date): Promise<MeetingRecord | null> {
  return db.meeting.findFirst({
    where: { committeeId, status: { not: "cancelled" }, startsAt: { lte: now } },
    include: meetingInclude,
    orderBy: { startsAt: "desc" },
  });
}

export async function findMeeting(db: Db, id: number): Promise<MeetingRecord | null> {
  return db.meeting.findUnique({ where: { id }, include: meetingInclude });
}

/** "The December meeting": the first meeting in that calendar month (1-12) that has not started, else its last one. */
export async function findMeetingInMonth(db: Db, committeeId: number, month: number, now: Date) {
  const meetings = await db.meeting.findMany({
    where: { committeeId, status: { not: "cancelled" } },
    orderBy: { startsAt: "asc" },
  });
  const inMonth = meetings.filter((m) => Number(calendarDate(m.startsAt, m.timeZone).slice(5, 7)) === month);
  return inMonth.find((m) => m.startsAt.getTime() >= now.getTime()) ?? inMonth.at(-1) ?? null;
}
