// Where a delivery goes: a person's direct message on a platform this process
// can send to, or the committee channel. A person the bot cannot write to
// directly comes back with the reason, so the message can fall back to a
// mention in the committee channel and `updates` can say why.
import type { Db } from "../store/open.ts";
import type { DeliveryPort, DeliveryTarget } from "./port.ts";

export type PortsByPlatform = ReadonlyMap<string, DeliveryPort>;

export type PersonTarget = { ok: true; target: DeliveryTarget } | { ok: false; reason: string };

export function portsByPlatform(ports: readonly DeliveryPort[]): PortsByPlatform {
  return new Map(ports.map((port) => [port.platform, port]));
}

/** The person's direct-message target; Slack DMs a user id, Teams needs the personal chat's stored reference. */
export async function personTarget(db: Db, personId: number, ports: PortsByPlatform): Promise<PersonTarget> {
  const identities = await db.chatIdentity.findMany({ where: { personId }, orderBy: { linkedAt: "asc" } });
  if (identities.length === 0) return { ok: false, reason: "not linked to a chat account" };
  const reasons: string[] = [];
  for (const identity of identities) {
    if (!ports.has(identity.platform)) {
      reasons.push(`${identity.platform} is not connected`);
      continue;
    }
    if (identity.platform === "slack") {
      return {
        ok: true,
        target: { platform: "slack", workspaceId: identity.workspaceId, conversationId: identity.userId },
      };
    }
    const chat = await db.chatConversation.findFirst({
      where: { platform: identity.platform, workspaceId: identity.workspaceId, personId, kind: "dm" },
      orderBy: { updatedAt: "desc" },
    });
    if (!chat) {
      reasons.push(`has not opened a personal chat with the app in ${identity.platform}`);
      continue;
    }
    if (chat.status !== "active") {
      reasons.push(`the personal chat in ${identity.platform} refused messages`);
      continue;
    }
    return {
      ok: true,
      target: {
        platform: "teams",
        workspaceId: chat.workspaceId,
        conversationId: chat.conversationId,
        reference: chat.reference,
      },
    };
  }
  return { ok: false, reason: reasons.join("; ") };
}

/** The user id to mention for a person on a platform, when they are linked there. */
export async function mentionFor(db: Db, personId: number, platform: string): Promise<string | undefined> {
  const identity = await db.chatIdentity.findFirst({
    where: { personId, platform },
    orderBy: { linkedAt: "asc" },
  });
  return identity?.userId;
}

/** The committee channel on a connected platform, preferring `platform` (so a mention resolves there). */
export async function committeeTarget(
  db: Db,
  committeeId: number,
  ports: PortsByPlatform,
  platform?: string,
): Promise<DeliveryTarget | null> {
  const channels = await db.chatConversation.findMany({
    where: { committeeId, purpose: "committee", status: "active" },
    orderBy: { updatedAt: "desc" },
  });
  const usable = channels.filter((channel) => ports.has(channel.platform));
  const chosen = usable.find((channel) => channel.platform === platform) ?? usable[0];
  if (!chosen) return null;
  return {
    platform: chosen.platform as DeliveryTarget["platform"],
    workspaceId: chosen.workspaceId,
    conversationId: chosen.conversationId,
    ...(chosen.reference !== "{}" ? { reference: chosen.reference } : {}),
  };
}
