// Teams ids -> the core's speaker and conversation. The core sees opaque ids:
// "teams:<tenant>:<conversation>", the conversation without the ";messageid=…"
// suffix Teams adds for a channel thread (that part becomes the thread id).
import type { Activity, ConversationReference } from "botbuilder";
import type { ConversationRef, Speaker } from "../../src/core/request.ts";

export interface TeamsIds {
  /** AAD tenant id; the Emulator sends none. */
  tenantId: string;
  /** AAD object id of the sender (the Emulator's user id when it has none). */
  userId: string;
  /** The conversation without its thread suffix. */
  conversationId: string;
  threadId?: string;
  kind: ConversationRef["kind"];
}

/** Used where the Emulator (or a test) sends no tenant. */
export const NO_TENANT = "no-tenant";

const THREAD_SUFFIX = /;messageid=(\d+)$/;

export function splitConversationId(id: string): { conversationId: string; threadId?: string } {
  const thread = THREAD_SUFFIX.exec(id);
  return thread?.[1]
    ? { conversationId: id.slice(0, thread.index), threadId: thread[1] }
    : { conversationId: id };
}

export function withThread(conversationId: string, threadId: string | undefined): string {
  return threadId ? `${conversationId};messageid=${threadId}` : conversationId;
}

function conversationKind(activity: Partial<Activity>): ConversationRef["kind"] {
  const type = activity.conversation?.conversationType;
  if (type === "personal") return "dm";
  if (type === "channel") return "channel";
  if (type === "groupChat") return "group";
  return activity.conversation?.isGroup ? "group" : "dm";
}

export function tenantOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = typeof channelData?.tenant?.id === "string" ? channelData.tenant.id : undefined;
  return fromChannel ?? activity.conversation?.tenantId ?? NO_TENANT;
}

export function teamsIds(activity: Partial<Activity>): TeamsIds {
  const { conversationId, threadId } = splitConversationId(activity.conversation?.id ?? "");
  return {
    tenantId: tenantOf(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? "",
    conversationId,
    ...(threadId ? { threadId } : {}),
    kind: conversationKind(activity),
  };
}

export function teamsSpeaker(ids: TeamsIds): Speaker {
  return { kind: "chat", platform: "teams", workspaceId: ids.tenantId, userId: ids.userId };
}

export function teamsConversation(ids: TeamsIds): ConversationRef {
  return {
    platform: "teams",
    id: `teams:${ids.tenantId}:${ids.conversationId}`,
    kind: ids.kind,
    ...(ids.threadId ? { threadId: ids.threadId } : {}),
  };
}

/** The reference stored for proactive sends: the whole conversation, not the thread or the one message. */
export function storedReference(reference: Partial<ConversationReference>): Partial<ConversationReference> {
  const { activityId: _activityId, ...rest } = reference;
  if (!rest.conversation) return rest;
  const { conversationId } = splitConversationId(rest.conversation.id);
  return { ...rest, conversation: { ...rest.conversation, id: conversationId } };
}

const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&amp;": "&",
};

/**
 * The text a person typed: the bot's own @mention removed, other mentions
 * as "@Name", markup dropped and entities decoded (Teams sends "&nbsp;" after a mention).
 */
export function typedText(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    if (entity.type !== "mention") continue;
    const mentioned = entity.mentioned as { id?: string } | undefined;
    const mentionText = typeof entity.text === "string" ? entity.text : undefined;
    if (mentionText && mentioned?.id === botId) text = text.split(mentionText).join(" ");
  }
  return text
    .replace(/<at>([^<]*)<\/at>/gi, (_all, name: string) => `@${name}`)
    .replace(/<[^>]+>/g, " ")
    .replace(/&(?:nbsp|lt|gt|quot|#39|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}
