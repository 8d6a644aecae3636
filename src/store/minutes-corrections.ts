// The secretariat's wording of one minutes item (`minutes edit 5.4`): stored
// in place of the wording drafted from the records, the earlier wording kept
// in the audit row's "before", in one transaction. Refused once approved.
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface MinutesItemWording {
  committeeId: number;
  meetingId: number;
  itemNumber: string;
  /** The item's text before this edit, as the draft showed it. */
  before: string;
  text: string;
  editedById: number;
}

export type CorrectionResult = { ok: true } | { ok: false; reason: "approved" };

export async function correctMinutesItem(
  db: Db,
  input: MinutesItemWording,
  actor: Actor,
  now: Date,
): Promise<CorrectionResult> {
  return db.$transaction(async (tx): Promise<CorrectionResult> => {
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
    if (meeting.minutesApprovedAt) return { ok: false, reason: "approved" };
    const key = { meetingId_itemNumber: { meetingId: input.meetingId, itemNumber: input.itemNumber } };
    const wording = { text: input.text, editedAt: now, editedById: input.editedById };
    await tx.minutesCorrection.upsert({
      where: key,
      create: { meetingId: input.meetingId, itemNumber: input.itemNumber, ...wording },
      update: wording,
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "minutes.edit",
        entity: "meeting",
        entityId: input.meetingId,
        before: { item: input.itemNumber, text: input.before },
        after: { item: input.itemNumber, text: input.text },
      },
      now,
    );
    return { ok: true };
  });
}
