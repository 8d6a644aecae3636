// A member's comment on a circulated minutes draft, stored with its author,
// item and version, and its audit row, in one transaction. Refused once the
// minutes are approved (checked inside, so an approval a moment earlier wins).
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface NewMinutesComment {
  committeeId: number;
  meetingId: number;
  version: number;
  /** "5.4", or null for the whole draft. */
  itemNumber: string | null;
  text: string;
  authorId: number;
  via: "command" | "thread";
}

export type CommentResult = { ok: true; id: number } | { ok: false; reason: "approved" };

export async function addMinutesComment(
  db: Db,
  input: NewMinutesComment,
  actor: Actor,
  now: Date,
): Promise<CommentResult> {
  return db.$transaction(async (tx): Promise<CommentResult> => {
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
    if (meeting.minutesApprovedAt) return { ok: false, reason: "approved" };
    const { committeeId, ...data } = input;
    const created = await tx.minutesComment.create({ data: { ...data, createdAt: now } });
    await recordAudit(
      tx,
      committeeId,
      actor,
      {
        action: "minutes.comment",
        entity: "minutes-comment",
        entityId: created.id,
        after: {
          meetingId: input.meetingId,
          version: input.version,
          item: input.itemNumber,
          text: input.text,
        },
      },
      now,
    );
    return { ok: true, id: created.id };
  });
}
