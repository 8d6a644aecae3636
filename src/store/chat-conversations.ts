// Where the bot may speak unasked: one row per platform conversation (a
// channel, a group chat, a personal chat) with the platform's own reference
// for proactive sends (Teams stores its ConversationReference JSON here).
// A conversation the platform refuses (bot removed) is kept as "dead" rather
// than deleted, so it is neither retried nor forgotten.
import type { Db } from "./open.ts";

export interface ChatConversationKey {
  platform: string;
  /** Slack team id, Teams tenant id. */
  workspaceId: string;
  /** The platform's own conversation id (for Teams, without ";messageid=…"). */
  conversationId: string;
}

export interface SaveChatConversation extends ChatConversationKey {
  kind: "channel" | "dm" | "group";
  /** The person a personal chat belongs to, when known; an unknown person leaves a stored one alone. */
  personId?: number;
  reference: string;
  at: Date;
  /** Defaults to the first committee in the database. */
  committeeId?: number;
}

export interface ChatConversationRecord extends ChatConversationKey {
  id: number;
  kind: string;
  purpose: string;
  personId: number | null;
  reference: string;
  status: string;
  updatedAt: Date;
}

async function committeeIdFor(db: Db, given?: number): Promise<number> {
  if (given !== undefined) return given;
  const committee = await db.committee.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!committee) throw new Error("No committee is set up in this database.");
  return committee.id;
}

const key = (input: ChatConversationKey) => ({
  platform_workspaceId_conversationId: {
    platform: input.platform,
    workspaceId: input.workspaceId,
    conversationId: input.conversationId,
  },
});

/** Stores (or refreshes) a conversation and its reference; a dead one comes back to life. */
export async function saveChatConversation(
  db: Db,
  input: SaveChatConversation,
): Promise<ChatConversationRecord> {
  const committeeId = await committeeIdFor(db, input.committeeId);
  const person = input.personId === undefined ? {} : { personId: input.personId };
  return db.chatConversation.upsert({
    where: key(input),
    create: {
      committeeId,
      platform: input.platform,
      workspaceId: input.workspaceId,
      conversationId: input.conversationId,
      kind: input.kind,
      purpose: input.kind === "dm" ? "dm" : "none",
      reference: input.reference,
      status: "active",
      updatedAt: input.at,
      ...person,
    },
    update: {
      kind: input.kind,
      reference: input.reference,
      status: "active",
      updatedAt: input.at,
      ...person,
    },
  });
}

export async function findChatConversation(
  db: Db,
  input: ChatConversationKey,
): Promise<ChatConversationRecord | null> {
  return db.chatConversation.findUnique({ where: key(input) });
}

/** The live personal chat the bot has with a person on a platform, most recently refreshed first. */
export async function findPersonalConversation(
  db: Db,
  input: { platform: string; personId: number },
): Promise<ChatConversationRecord | null> {
  return db.chatConversation.findFirst({
    where: { platform: input.platform, personId: input.personId, kind: "dm", status: "active" },
    orderBy: { updatedAt: "desc" },
  });
}

/**
 * Marks a conversation dead (bot removed, platform refused it); true when a
 * live row changed. An uninstall (`uninstalled`) also forgets the greeting, so
 * installing the app there again greets again; a refused send does not.
 */
export async function markChatConversationDead(
  db: Db,
  input: ChatConversationKey & { at: Date; uninstalled?: boolean },
): Promise<boolean> {
  const { count } = await db.chatConversation.updateMany({
    where: {
      platform: input.platform,
      workspaceId: input.workspaceId,
      conversationId: input.conversationId,
      status: "active",
    },
    data: { status: "dead", updatedAt: input.at, ...(input.uninstalled ? { greetedAt: null } : {}) },
  });
  return count > 0;
}

/**
 * Claims the install greeting of a stored, live conversation: true for the
 * one caller (process or replica) that may greet it, false when it was
 * greeted before. One compare-and-set UPDATE, so two install events at once
 * (Teams sends conversationUpdate and installationUpdate) greet once.
 */
export async function claimGreeting(db: Db, input: ChatConversationKey & { at: Date }): Promise<boolean> {
  const { count } = await db.chatConversation.updateMany({
    where: {
      platform: input.platform,
      workspaceId: input.workspaceId,
      conversationId: input.conversationId,
      status: "active",
      greetedAt: null,
    },
    data: { greetedAt: input.at },
  });
  return count === 1;
}
