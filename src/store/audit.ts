// Audit rows are written in the same transaction as the change they record,
// and never updated or deleted.
import type { Prisma } from "../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  personId?: number;
  /** slack | teams | console | admin | seed */
  platform: string;
  platformUserId?: string;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(
  tx: Tx,
  committeeId: number | null,
  actor: Actor,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      committeeId,
      at,
      actorPersonId: actor.personId ?? null,
      platform: actor.platform,
      platformUserId: actor.platformUserId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

/** Rows about any of these entities, newest first. */
export async function listAuditEvents(
  db: Pick<Tx, "auditEvent">,
  committeeId: number,
  about: { entity: string; ids: readonly (string | number)[] }[],
  take: number,
) {
  return db.auditEvent.findMany({
    where: {
      committeeId,
      OR: about.map(({ entity, ids }) => ({ entity, entityId: { in: ids.map(String) } })),
    },
    include: { actor: { include: { delegation: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });
}
