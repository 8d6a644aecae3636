// What is recorded during a meeting: notes and decisions under an agenda item,
// and who attended. The first note or decision adopts the agenda draft as the
// meeting's agenda, in the same transaction, so notes always hang on an item.
import { type AdoptedItem, adoptAgenda } from "./agenda-drafts.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface ItemRecord {
  committeeId: number;
  meetingId: number;
  kind: "note" | "decision";
  /** The item's number in the adopted agenda ("5.4"). */
  itemNumber: string;
  text: string;
  createdById: number;
  /** The draft to adopt when the meeting has no agenda on record yet. */
  adopt: readonly AdoptedItem[];
}

/** Stores a note or a decision under its agenda item; returns the item it went under. */
export async function recordUnderItem(
  db: Db,
  input: ItemRecord,
  actor: Actor,
  now: Date,
): Promise<{ id: number; item: { number: string; title: string } }> {
  return db.$transaction(async (tx) => {
    await adoptAgenda(tx, input.committeeId, input.meetingId, input.adopt, actor, now);
    const item = await tx.agendaItem.findUnique({
      where: { meetingId_number: { meetingId: input.meetingId, number: input.itemNumber } },
    });
    if (!item) throw new Error(`agenda item ${input.itemNumber} of meeting ${input.meetingId} vanished`);
    const data = {
      meetingId: input.meetingId,
      agendaItemId: item.id,
      text: input.text,
      createdAt: now,
      createdById: input.createdById,
    };
    const created =
      input.kind === "note" ? await tx.meetingNote.create({ data }) : await tx.decision.create({ data });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: `meeting.${input.kind}`,
        entity: input.kind,
        entityId: created.id,
        after: { meetingId: input.meetingId, item: item.number, text: input.text },
      },
      now,
    );
    return { id: created.id, item: { number: item.number, title: item.title } };
  });
}

/** Records these persons as present; returns the ids newly added (the others were already recorded). */
export async function recordAttendance(
  db: Db,
  input: { committeeId: number; meetingId: number; personIds: readonly number[] },
  actor: Actor,
  now: Date,
): Promise<number[]> {
  return db.$transaction(async (tx) => {
    const known = await tx.attendance.findMany({
      where: { meetingId: input.meetingId, personId: { in: [...input.personIds] } },
    });
    const already = new Set(known.map((row) => row.personId));
    const added = [...new Set(input.personIds)].filter((id) => !already.has(id));
    if (added.length === 0) return [];
    await tx.attendance.createMany({
      data: added.map((personId) => ({ meetingId: input.meetingId, personId })),
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "meeting.attended",
        entity: "meeting",
        entityId: input.meetingId,
        after: { personIds: added },
      },
      now,
    );
    return added;
  });
}
