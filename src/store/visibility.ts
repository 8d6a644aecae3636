// Who may read a coalition's record or an update: changed with its audit row
// in one transaction.
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

/** Sets the visibility; false when it already was that. */
export async function setCoalitionVisibility(
  db: Db,
  coalitionId: number,
  visibility: string,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.countryCoalition.findUniqueOrThrow({ where: { id: coalitionId } });
    if (before.visibility === visibility) return false;
    await tx.countryCoalition.update({
      where: { id: coalitionId },
      data: { visibility, updatedAt: now, updatedById: actor.personId ?? null },
    });
    await recordAudit(
      tx,
      before.committeeId,
      actor,
      {
        action: "coalition.visibility",
        entity: "coalition",
        entityId: coalitionId,
        before: { visibility: before.visibility },
        after: { visibility },
      },
      now,
    );
    return true;
  });
}

/** Sets an update's visibility; false when it already was that. */
export async function setUpdateVisibility(
  db: Db,
  updateId: number,
  visibility: string,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.update.findUniqueOrThrow({ where: { id: updateId } });
    if (before.visibility === visibility) return false;
    await tx.update.update({ where: { id: updateId }, data: { visibility } });
    await recordAudit(
      tx,
      before.committeeId,
      actor,
      {
        action: "update.visibility",
        entity: "update",
        entityId: updateId,
        before: { visibility: before.visibility },
        after: { visibility },
      },
      now,
    );
    return true;
  });
}
