// Scheduling, moving and cancelling a meeting: the meeting row, its audit row
// and its re-planned deliveries change in one transaction, so no worker can
// see a moved meeting with its old plan (or a cancelled one with live prompts).

import { type Actor, recordAudit } from "../store/audit.ts";
import { readCycleSettings } from "../store/cycle-settings.ts";
import { enqueue } from "../store/delivery-queue.ts";
import type { Directory } from "../store/directory.ts";
import type { Db } from "../store/open.ts";
import { isUniqueViolation } from "../store/unique-violation.ts";
import { type ReconcileResult, reconcileMeeting } from "./reconcile.ts";

export interface MeetingTimesInput {
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
}

export type ScheduleOutcome =
  | { ok: true; meetingId: number; plan: ReconcileResult }
  | { ok: false; reason: "taken"; meetingId: number };

function snapshot(meeting: { startsAt: Date; endsAt: Date | null; place: string | null; status: string }) {
  return {
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt?.toISOString() ?? null,
    place: meeting.place,
    status: meeting.status,
  };
}

export async function scheduleMeeting(
  db: Db,
  dir: Directory,
  input: MeetingTimesInput,
  actor: Actor,
  now: Date,
): Promise<ScheduleOutcome> {
  const committeeId = dir.committee.id;
  const settings = await readCycleSettings(db, committeeId);
  return db.$transaction(async (tx) => {
    const taken = await tx.meeting.findUnique({
      where: { committeeId_startsAt: { committeeId, startsAt: input.startsAt } },
    });
    if (taken && taken.status !== "cancelled") return { ok: false, reason: "taken", meetingId: taken.id };
    if (taken) {
      // Scheduled again at the time it was cancelled: the same meeting, revived with its history.
      const revived = await tx.meeting.update({
        where: { id: taken.id },
        data: { endsAt: input.endsAt, place: input.place, status: "scheduled" },
      });
      await recordAudit(
        tx,
        committeeId,
        actor,
        {
          action: "meeting.schedule",
          entity: "meeting",
          entityId: taken.id,
          before: snapshot(taken),
          after: snapshot(revived),
        },
        now,
      );
      return { ok: true, meetingId: taken.id, plan: await reconcileMeeting(tx, dir, revived, settings, now) };
    }
    // The meeting before it whose minutes this one approves, unless another already follows it.
    const previous = await tx.meeting.findFirst({
      where: { committeeId, status: { not: "cancelled" }, startsAt: { lt: input.startsAt }, next: null },
      orderBy: { startsAt: "desc" },
    });
    const meeting = await tx.meeting.create({
      data: {
        committeeId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeKnown: true,
        timeZone: dir.committee.timeZone,
        place: input.place,
        status: "scheduled",
        previousMeetingId: previous?.id ?? null,
      },
    });
    await recordAudit(
      tx,
      committeeId,
      actor,
      { action: "meeting.schedule", entity: "meeting", entityId: meeting.id, after: snapshot(meeting) },
      now,
    );
    const plan = await reconcileMeeting(tx, dir, meeting, settings, now);
    return { ok: true, meetingId: meeting.id, plan };
  });
}

/** Moves a meeting; everyone already asked for an update is told the new date. */
export async function moveMeeting(
  db: Db,
  dir: Directory,
  meetingId: number,
  input: MeetingTimesInput,
  actor: Actor,
  now: Date,
): Promise<ScheduleOutcome> {
  const settings = await readCycleSettings(db, dir.committee.id);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      const meeting = await tx.meeting.update({
        where: { id: meetingId },
        data: { startsAt: input.startsAt, endsAt: input.endsAt, place: input.place },
      });
      await recordAudit(
        tx,
        dir.committee.id,
        actor,
        {
          action: "meeting.move",
          entity: "meeting",
          entityId: meetingId,
          before: snapshot(before),
          after: snapshot(meeting),
        },
        now,
      );
      const asked = await tx.delivery.findMany({
        where: { meetingId, kind: { in: ["prompt", "reminder"] }, status: { in: ["sent", "possibly-sent"] } },
        select: { personId: true },
      });
      for (const personId of new Set(asked.flatMap((row) => (row.personId === null ? [] : [row.personId])))) {
        await enqueue(
          tx,
          dir.committee.id,
          {
            key: `moved:m${meetingId}:p${personId}:${input.startsAt.getTime()}`,
            kind: "moved",
            meetingId,
            personId,
            dueAt: now,
            expiresAt: input.startsAt,
          },
          now,
        );
      }
      const plan = await reconcileMeeting(tx, dir, meeting, settings, now);
      return { ok: true, meetingId, plan };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const taken = await db.meeting.findFirst({
        where: { committeeId: dir.committee.id, startsAt: input.startsAt },
      });
      return { ok: false, reason: "taken", meetingId: taken?.id ?? meetingId };
    }
    throw error;
  }
}

/** Cancels a meeting: pending prompts are withdrawn and those already asked are told. */
export async function cancelMeeting(
  db: Db,
  dir: Directory,
  meetingId: number,
  actor: Actor,
  now: Date,
): Promise<ReconcileResult> {
  const settings = await readCycleSettings(db, dir.committee.id);
  return db.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const meeting = await tx.meeting.update({ where: { id: meetingId }, data: { status: "cancelled" } });
    await recordAudit(
      tx,
      dir.committee.id,
      actor,
      {
        action: "meeting.cancel",
        entity: "meeting",
        entityId: meetingId,
        before: snapshot(before),
        after: snapshot(meeting),
      },
      now,
    );
    return reconcileMeeting(tx, dir, meeting, settings, now);
  });
}
