// What a meeting's calendar file needs from the database besides the meeting:
// the deployment its UIDs belong to, and how often the meeting has changed.
import type { Db } from "./open.ts";

export interface CalendarStamp {
  /**
   * The committee's slug and the moment its row was created: a meeting id is
   * unique only within one database, so two deployments (a test and a live
   * one, or two committees) would otherwise hand calendars the same UID. Both
   * survive restarts, and an export moved to another server keeps them, so
   * entries already imported go on updating.
   */
  deployment: string;
  /** Moves, cancellation and revival since it was first scheduled: the event's SEQUENCE. */
  sequence: number;
}

export async function readCalendarStamp(
  db: Db,
  committeeId: number,
  meetingId: number,
): Promise<CalendarStamp> {
  const [committee, changes] = await Promise.all([
    db.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { slug: true, createdAt: true } }),
    db.auditEvent.count({
      where: {
        entity: "meeting",
        entityId: String(meetingId),
        OR: [
          { action: { in: ["meeting.move", "meeting.cancel"] } },
          // a cancelled meeting scheduled again at its time (its first scheduling has no "before")
          { action: "meeting.schedule", before: { not: null } },
        ],
      },
    }),
  ]);
  return { deployment: `${committee.slug}.${committee.createdAt.getTime().toString(36)}`, sequence: changes };
}
