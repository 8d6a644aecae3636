// Circulating a minutes draft: the document is frozen as the meeting's next
// version, the posts, copies and reminders of that version are queued, those
// of an earlier version not yet sent are withdrawn, and the audit row is
// written, all in one transaction. The version number is max + 1, so two
// circulations at once collide on the unique key and the loser runs again.
import { type Actor, recordAudit } from "./audit.ts";
import { enqueue, type PlannedDelivery, withdrawPending } from "./delivery-queue.ts";
import type { Db } from "./open.ts";
import { retryOnUniqueViolation } from "./unique-violation.ts";

export interface Circulation {
  committeeId: number;
  meetingId: number;
  /** The printable document of version `version`, as JSON. */
  document(version: number): string;
  /** What changed since the previous version's document (null for the first). */
  changes(previous: string | null): string[];
  /** yyyy-mm-dd */
  commentsDue: string;
  plan(version: number): PlannedDelivery[];
  circulatedById: number;
}

export type CirculationResult =
  | { ok: true; version: number; changes: string[]; queued: number }
  | { ok: false; reason: "approved" };

export async function circulateMinutes(
  db: Db,
  input: Circulation,
  actor: Actor,
  now: Date,
): Promise<CirculationResult> {
  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx): Promise<CirculationResult> => {
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      if (meeting.minutesApprovedAt) return { ok: false, reason: "approved" };
      const previous = await tx.minutesVersion.findFirst({
        where: { meetingId: input.meetingId },
        orderBy: { version: "desc" },
      });
      const version = (previous?.version ?? 0) + 1;
      const changes = input.changes(previous?.document ?? null);
      await tx.minutesVersion.create({
        data: {
          meetingId: input.meetingId,
          version,
          document: input.document(version),
          changes: JSON.stringify(changes),
          commentsDue: input.commentsDue,
          circulatedAt: now,
          circulatedById: input.circulatedById,
        },
      });
      // An earlier version still waiting for a quiet hour to pass goes no further.
      await withdrawPending(
        tx,
        { meetingId: input.meetingId, kind: { in: ["minutes", "minutes-copy"] } },
        `superseded by version ${version}`,
        now,
      );
      let queued = 0;
      for (const planned of input.plan(version)) {
        if (await enqueue(tx, input.committeeId, planned, now)) {
          queued += 1;
          continue;
        }
        // The one reminder per person is already planned: it follows the new deadline, unless it went out.
        await tx.delivery.updateMany({
          where: { key: planned.key, status: "pending" },
          data: { dueAt: planned.dueAt, expiresAt: planned.expiresAt ?? null, updatedAt: now },
        });
      }
      await recordAudit(
        tx,
        input.committeeId,
        actor,
        {
          action: "minutes.circulate",
          entity: "meeting",
          entityId: input.meetingId,
          ...(previous ? { before: { version: previous.version } } : {}),
          after: { version, commentsDue: input.commentsDue, changes },
        },
        now,
      );
      return { ok: true, version, changes, queued };
    }),
  );
}
