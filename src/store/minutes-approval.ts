// Approving a meeting's minutes at a later meeting, in one transaction: the
// meeting's minutesApprovedAt is set only if it was unset (so the record is
// locked once, whoever presses first), the approved version carries who and
// where, the decision sentence goes under the approval item of the
// approving meeting (adopting its agenda draft when none is on record yet),
// reminders not yet sent are withdrawn, and the audit row is written.
import { type AdoptedItem, adoptAgenda } from "./agenda-drafts.ts";
import { type Actor, recordAudit } from "./audit.ts";
import { withdrawPending } from "./delivery-queue.ts";
import type { Db } from "./open.ts";

export interface MinutesApproval {
  committeeId: number;
  /** The meeting whose minutes are approved. */
  meetingId: number;
  version: number;
  amended: boolean;
  /** The meeting at which they are approved, and the number of its approval item. */
  atMeetingId: number;
  itemNumber: string;
  /** Its agenda draft, adopted when it has no agenda on record yet. */
  adopt: readonly AdoptedItem[];
  decision: string;
  approvedById: number;
}

export type ApprovalResult = { ok: true } | { ok: false; reason: "approved" | "superseded" };

export async function approveMinutes(
  db: Db,
  input: MinutesApproval,
  actor: Actor,
  now: Date,
): Promise<ApprovalResult> {
  return db.$transaction(async (tx): Promise<ApprovalResult> => {
    const latest = await tx.minutesVersion.findFirst({
      where: { meetingId: input.meetingId },
      orderBy: { version: "desc" },
    });
    // A version circulated since the approver looked is not the one they approved.
    if (latest?.version !== input.version) return { ok: false, reason: "superseded" };
    const { count } = await tx.meeting.updateMany({
      where: { id: input.meetingId, minutesApprovedAt: null },
      data: { minutesApprovedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "approved" };
    await tx.minutesVersion.update({
      where: { id: latest.id },
      data: {
        approvedAt: now,
        approvedById: input.approvedById,
        approvedAtMeetingId: input.atMeetingId,
        amended: input.amended,
      },
    });
    await adoptAgenda(tx, input.committeeId, input.atMeetingId, input.adopt, actor, now);
    const item = await tx.agendaItem.findUniqueOrThrow({
      where: { meetingId_number: { meetingId: input.atMeetingId, number: input.itemNumber } },
    });
    const decision = await tx.decision.create({
      data: {
        meetingId: input.atMeetingId,
        agendaItemId: item.id,
        text: input.decision,
        createdAt: now,
        createdById: input.approvedById,
      },
    });
    await withdrawPending(
      tx,
      { meetingId: input.meetingId, kind: { in: ["minutes", "minutes-copy", "minutes-reminder"] } },
      "the minutes are approved",
      now,
    );
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "minutes.approve",
        entity: "meeting",
        entityId: input.meetingId,
        before: { minutesApprovedAt: null },
        after: {
          minutesApprovedAt: now.toISOString(),
          version: input.version,
          amended: input.amended,
          atMeetingId: input.atMeetingId,
          item: item.number,
          decisionId: decision.id,
        },
      },
      now,
    );
    return { ok: true };
  });
}
