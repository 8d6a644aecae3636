// Where a delivery goes: a person's direct message on a platform this process
// can send to, or the committee channel. A person the bot cannot write to
// directly comes back with the reason, so the message can fall back to a
// mention in the committee channel and `updates` can say why.
//
// The worker resolves targets through a BatchTargets made for each batch of
// due rows it takes: the chat identities (and Teams personal chats) of the
// batch's persons are read in one query each, the committee channels once
// per committee, instead of two or three queries per message (each Prisma
// query is compiled per call: on a large catch-up that was most of the cost).
// What it read is at most one batch old when used, and a person whose direct
// message was refused is read again (forget), since the adapter may have
// marked their chat closed.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../store/open.ts";
import type { DeliveryPort, DeliveryTarget } from "./port.ts";

export type PortsByPlatform = ReadonlyMap<string, DeliveryPort>;

export type PersonTarget = { ok: true; target: DeliveryTarget } | { ok: false; reason: string };

type Identity = Prisma.ChatIdentityGetPayload<Record<string, never>>;
type Conversation = Prisma.ChatConversationGetPayload<Record<string, never>>;

export function portsByPlatform(ports: readonly DeliveryPort[]): PortsByPlatform {
  return new Map(ports.map((port) => [port.platform, port]));
}

export interface BatchTargets {
  /** Reads the identities (and personal chats) of these persons, one query each for all of them. */
  prefetch(personIds: readonly number[]): Promise<void>;
  /** The person's direct-message target; Slack DMs a user id, Teams needs the personal chat's stored reference. */
  person(personId: number): Promise<PersonTarget>;
  /** The platform of the person's first-linked identity, where a mention of them resolves. */
  preferredPlatform(personId: number): Promise<string | undefined>;
  /** The user id to mention for a person on a platform, when they are linked there. */
  mention(personId: number, platform: string): Promise<string | undefined>;
  /** The committee channel on a connected platform, preferring `platform` (so a mention resolves there). */
  committee(committeeId: number, platform?: string): Promise<DeliveryTarget | null>;
  /** Drops what was read of a person, so the next question reads it afresh. */
  forget(personId: number): void;
}

export function batchTargets(db: Db, ports: PortsByPlatform): BatchTargets {
  /** personId -> identities, first linked first. */
  const identities = new Map<number, Identity[]>();
  /** personId -> personal chats, last updated first. */
  const chats = new Map<number, Conversation[]>();
  const channels = new Map<number, Conversation[]>();

  async function load(personIds: readonly number[]): Promise<void> {
    const wanted = [...new Set(personIds)].filter((id) => !identities.has(id));
    if (wanted.length === 0) return;
    const rows = await db.chatIdentity.findMany({
      where: { personId: { in: wanted } },
      orderBy: [{ linkedAt: "asc" }, { id: "asc" }],
    });
    for (const id of wanted) identities.set(id, []);
    for (const row of rows) identities.get(row.personId)?.push(row);
    // Only a platform other than Slack (Teams) writes to a person through a stored personal chat.
    const chatted = wanted.filter((id) =>
      identities.get(id)?.some((identity) => identity.platform !== "slack" && ports.has(identity.platform)),
    );
    for (const id of wanted) chats.set(id, []);
    if (chatted.length === 0) return;
    const found = await db.chatConversation.findMany({
      where: { personId: { in: chatted }, kind: "dm" },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    });
    for (const chat of found) if (chat.personId !== null) chats.get(chat.personId)?.push(chat);
  }

  async function identitiesOf(personId: number): Promise<Identity[]> {
    await load([personId]);
    return identities.get(personId) ?? [];
  }

  return {
    prefetch: load,
    async person(personId) {
      const linked = await identitiesOf(personId);
      return personTargetOf(linked, chats.get(personId) ?? [], ports);
    },
    async preferredPlatform(personId) {
      return (await identitiesOf(personId))[0]?.platform;
    },
    async mention(personId, platform) {
      return (await identitiesOf(personId)).find((identity) => identity.platform === platform)?.userId;
    },
    async committee(committeeId, platform) {
      let found = channels.get(committeeId);
      if (!found) {
        found = await db.chatConversation.findMany({
          where: { committeeId, purpose: "committee", status: "active" },
          orderBy: { updatedAt: "desc" },
        });
        channels.set(committeeId, found);
      }
      const usable = found.filter((channel) => ports.has(channel.platform));
      const chosen = usable.find((channel) => channel.platform === platform) ?? usable[0];
      if (!chosen) return null;
      return {
        platform: chosen.platform as DeliveryTarget["platform"],
        workspaceId: chosen.workspaceId,
        conversationId: chosen.conversationId,
        ...(chosen.reference !== "{}" ? { reference: chosen.reference } : {}),
      };
    },
    forget(personId) {
      identities.delete(personId);
      chats.delete(personId);
    },
  };
}

function personTargetOf(
  linked: readonly Identity[],
  personal: readonly Conversation[],
  ports: PortsByPlatform,
): PersonTarget {
  if (linked.length === 0) return { ok: false, reason: "not linked to a chat account" };
  const reasons: string[] = [];
  for (const identity of linked) {
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
    const chat = personal.find(
      (conversation) =>
        conversation.platform === identity.platform && conversation.workspaceId === identity.workspaceId,
    );
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
