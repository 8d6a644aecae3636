// Coordinators' updates for a meeting: one per area or coalition, revisions kept.
import type { Prisma } from "../generated/prisma/client.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export const updateInclude = {
  author: { include: { delegation: true } },
  area: true,
  coalition: true,
} satisfies Prisma.UpdateInclude;

export type UpdateRecord = Prisma.UpdateGetPayload<{ include: typeof updateInclude }>;

export interface UpdateSubmission {
  committeeId: number;
  meetingId: number;
  authorId: number;
  areaId?: number;
  coalitionId?: number;
  body: string;
  link?: string;
}

/** Stores the update, or revises the existing one for the same subject and meeting (keeping the old text). */
export async function submitUpdate(
  db: Db,
  input: UpdateSubmission,
  actor: Actor,
  now: Date,
): Promise<{ update: UpdateRecord; revised: boolean }> {
  const subjectKey = input.areaId ? `area:${input.areaId}` : `coalition:${input.coalitionId}`;
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.update.findUnique({
      where: { meetingId_subjectKey: { meetingId: input.meetingId, subjectKey } },
    });
    if (existing) {
      await tx.updateRevision.create({
        data: {
          updateId: existing.id,
          body: existing.body,
          link: existing.link,
          revisedAt: now,
          revisedById: input.authorId,
        },
      });
      await tx.update.update({
        where: { id: existing.id },
        data: { body: input.body, link: input.link ?? null, revisedAt: now },
      });
      await recordAudit(
        tx,
        input.committeeId,
        actor,
        {
          action: "update.revise",
          entity: "update",
          entityId: existing.id,
          before: { body: existing.body },
          after: { body: input.body },
        },
        now,
      );
      return { id: existing.id, revised: true };
    }
    const created = await tx.update.create({
      data: {
        committeeId: input.committeeId,
        meetingId: input.meetingId,
        authorId: input.authorId,
        areaId: input.areaId ?? null,
        coalitionId: input.coalitionId ?? null,
        subjectKey,
        body: input.body,
        link: input.link ?? null,
        submittedAt: now,
      },
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "update.submit",
        entity: "update",
        entityId: created.id,
        after: { subjectKey, body: input.body },
      },
      now,
    );
    return { id: created.id, revised: false };
  });
  const update = await db.update.findUniqueOrThrow({ where: { id: result.id }, include: updateInclude });
  return { update, revised: result.revised };
}
