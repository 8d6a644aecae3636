// Action items: recording, completing, reassigning (reading them is the read
// model's: src/read-model/actions.ts). Every write
// records its audit row in the same transaction.
import type { Prisma } from "../generated/prisma/client.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";
import { retryOnUniqueViolation } from "./unique-violation.ts";

export const actionInclude = {
  owners: {
    include: { delegation: true, person: { include: { delegation: true } } },
    orderBy: { listOrder: "asc" },
  },
  dueMeeting: true,
  sourceMeeting: true,
  agendaItem: true,
  area: true,
  coalition: true,
  completedBy: true,
} satisfies Prisma.ActionItemInclude;

export type ActionRecord = Prisma.ActionItemGetPayload<{ include: typeof actionInclude }>;

export interface NewAction {
  committeeId: number;
  text: string;
  owners: { delegationId?: number; personId?: number }[];
  dueKind: "date" | "next-meeting" | "none";
  dueOn?: string;
  dueMeetingId?: number;
  sourceMeetingId?: number;
  agendaItemId?: number;
  areaId?: number;
  coalitionId?: number;
  createdById?: number;
}

function ownerKey(owner: { delegationId?: number; personId?: number }): string {
  return owner.personId ? `person:${owner.personId}` : `delegation:${owner.delegationId}`;
}

/**
 * Records a new item and returns its number; the item with its links is read
 * from the records afterwards (CommandContext.fresh), which the next request
 * needs anyway, rather than by a second query here.
 */
export async function addAction(db: Db, input: NewAction, actor: Actor, now: Date): Promise<number> {
  // Numbers are max + 1: a replica adding one at the same moment makes this transaction lose and retry.
  return retryOnUniqueViolation(() => addActionRow(db, input, actor, now));
}

function addActionRow(db: Db, input: NewAction, actor: Actor, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const last = await tx.actionItem.aggregate({
      where: { committeeId: input.committeeId },
      _max: { number: true },
    });
    const number = (last._max.number ?? 0) + 1;
    const owners = [...new Map(input.owners.map((owner) => [ownerKey(owner), owner])).entries()];
    await tx.actionItem.create({
      data: {
        committeeId: input.committeeId,
        number,
        text: input.text,
        dueKind: input.dueKind,
        dueOn: input.dueOn ?? null,
        dueMeetingId: input.dueMeetingId ?? null,
        sourceMeetingId: input.sourceMeetingId ?? null,
        agendaItemId: input.agendaItemId ?? null,
        areaId: input.areaId ?? null,
        coalitionId: input.coalitionId ?? null,
        createdAt: now,
        createdById: input.createdById ?? null,
        owners: {
          create: owners.map(([key, owner], listOrder) => ({
            ownerKey: key,
            delegationId: owner.delegationId ?? null,
            personId: owner.personId ?? null,
            listOrder,
          })),
        },
      },
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      { action: "action.add", entity: "action", entityId: number, after: { ...input, number } },
      now,
    );
    return number;
  });
}

/** Who closed an item first, when a second "done" lost the race to them. */
export class AlreadyDone extends Error {
  constructor(
    readonly status: string,
    readonly completedBy: { name: string; honorific: string | null } | null,
    readonly completedAt: Date | null,
  ) {
    super(`action item already ${status}`);
  }
}

/**
 * Marks an open item done. The status is checked and set in one statement
 * inside the transaction (compare-and-set), so of two "done" at once exactly
 * one succeeds and audits open -> done; the other gets AlreadyDone.
 */
export async function completeAction(
  db: Db,
  action: { id: number; number: number; committeeId: number },
  completedById: number,
  actor: Actor,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.actionItem.updateMany({
      where: { id: action.id, status: "open" },
      data: { status: "done", completedAt: now, completedById },
    });
    if (count === 0) {
      const current = await tx.actionItem.findUniqueOrThrow({
        where: { id: action.id },
        include: { completedBy: true },
      });
      throw new AlreadyDone(current.status, current.completedBy, current.completedAt);
    }
    await recordAudit(
      tx,
      action.committeeId,
      actor,
      {
        action: "action.done",
        entity: "action",
        entityId: action.number,
        before: { status: "open" },
        after: { status: "done", completedById },
      },
      now,
    );
  });
}

/** Replaces an action item's owners, keeping the old list in the audit trail. */
export async function reassignAction(
  db: Db,
  action: ActionRecord,
  owners: NewAction["owners"],
  actor: Actor,
  now: Date,
): Promise<ActionRecord> {
  const unique = [...new Map(owners.map((owner) => [ownerKey(owner), owner])).entries()];
  await db.$transaction(async (tx) => {
    await tx.actionOwner.deleteMany({ where: { actionId: action.id } });
    await tx.actionOwner.createMany({
      data: unique.map(([key, owner], listOrder) => ({
        actionId: action.id,
        ownerKey: key,
        delegationId: owner.delegationId ?? null,
        personId: owner.personId ?? null,
        listOrder,
      })),
    });
    await recordAudit(
      tx,
      action.committeeId,
      actor,
      {
        action: "action.reassign",
        entity: "action",
        entityId: action.number,
        before: { owners: action.owners.map((owner) => owner.ownerKey) },
        after: { owners: unique.map(([key]) => key) },
      },
      now,
    );
  });
  return db.actionItem.findUniqueOrThrow({ where: { id: action.id }, include: actionInclude });
}
