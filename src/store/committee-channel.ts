// The committee channel: the one conversation (per committee) where the bot
// posts the agenda draft, the action items due and the mentions of people it
// cannot write to directly. Binding a new one releases the old one.
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface ChannelKey {
  platform: string;
  workspaceId: string;
  conversationId: string;
  kind: "channel" | "group" | "dm";
}

export async function bindCommitteeChannel(
  db: Db,
  committeeId: number,
  channel: ChannelKey,
  actor: Actor,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.chatConversation.findMany({ where: { committeeId, purpose: "committee" } });
    await tx.chatConversation.updateMany({
      where: { committeeId, purpose: "committee" },
      data: { purpose: "none", updatedAt: now },
    });
    const key = {
      platform_workspaceId_conversationId: {
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        conversationId: channel.conversationId,
      },
    };
    await tx.chatConversation.upsert({
      where: key,
      create: { committeeId, ...channel, purpose: "committee", status: "active", updatedAt: now },
      update: { purpose: "committee", status: "active", updatedAt: now },
    });
    await recordAudit(
      tx,
      committeeId,
      actor,
      {
        action: "settings.channel",
        entity: "committee",
        entityId: committeeId,
        before: before.map((row) => `${row.platform}:${row.conversationId}`),
        after: `${channel.platform}:${channel.conversationId}`,
      },
      now,
    );
  });
}

export async function findCommitteeChannels(db: Db, committeeId: number) {
  return db.chatConversation.findMany({
    where: { committeeId, purpose: "committee" },
    orderBy: { updatedAt: "desc" },
  });
}
