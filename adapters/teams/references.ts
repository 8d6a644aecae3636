// Remembering where the bot may speak unasked: every conversation the bot
// hears from (install, message, card action) refreshes its stored
// ConversationReference; personal chats carry the person when the sender
// is linked, so the scheduler can reach them there. An uninstall or a 403/404
// from Teams marks the conversation dead.
import { type Activity, type ConversationReference, TurnContext } from "botbuilder";
import type { Clock } from "../../src/clock.ts";
import {
  type ChatConversationRecord,
  findPersonalConversation,
  markChatConversationDead,
  saveChatConversation,
} from "../../src/store/chat-conversations.ts";
import type { Db } from "../../src/store/open.ts";
import { findPersonByIdentity } from "../../src/store/people.ts";
import { splitConversationId, storedReference, type TeamsIds, teamsIds } from "./identity.ts";

export interface ReferenceStore {
  /** Stores the activity's conversation; returns the ids it was stored under. */
  remember(activity: Partial<Activity>): Promise<TeamsIds>;
  /** Stores a personal chat the bot opened with the sender of `ids`. */
  rememberPersonal(reference: Partial<ConversationReference>, ids: TeamsIds): Promise<void>;
  forget(activity: Partial<Activity>): Promise<boolean>;
  /** Marks a stored conversation dead (Teams refused it). */
  forgetStored(conversation: ChatConversationRecord): Promise<boolean>;
  /** The live personal chat of the person behind a Teams account, if the bot has one. */
  personalChat(ids: TeamsIds): Promise<ChatConversationRecord | null>;
}

export function parseReference(json: string): Partial<ConversationReference> | null {
  try {
    const parsed = JSON.parse(json) as Partial<ConversationReference>;
    return parsed.conversation?.id && parsed.serviceUrl ? parsed : null;
  } catch {
    return null;
  }
}

export function referenceStore(db: Db, clock: Clock): ReferenceStore {
  const personOf = (ids: TeamsIds) =>
    findPersonByIdentity(db, { platform: "teams", workspaceId: ids.tenantId, userId: ids.userId });

  async function save(reference: Partial<ConversationReference>, ids: TeamsIds): Promise<void> {
    const person = ids.kind === "dm" ? await personOf(ids) : null;
    await saveChatConversation(db, {
      platform: "teams",
      workspaceId: ids.tenantId,
      conversationId: ids.conversationId,
      kind: ids.kind,
      ...(person ? { personId: person.id } : {}),
      reference: JSON.stringify(storedReference(reference)),
      at: clock.now(),
    });
  }

  return {
    async remember(activity) {
      const ids = teamsIds(activity);
      await save(TurnContext.getConversationReference(activity), ids);
      return ids;
    },
    async rememberPersonal(reference, ids) {
      const { conversationId } = splitConversationId(reference.conversation?.id ?? "");
      await save(reference, { ...ids, conversationId, kind: "dm", threadId: undefined });
    },
    async forget(activity) {
      const ids = teamsIds(activity);
      return markChatConversationDead(db, {
        platform: "teams",
        workspaceId: ids.tenantId,
        conversationId: ids.conversationId,
        at: clock.now(),
      });
    },
    async forgetStored(conversation) {
      return markChatConversationDead(db, {
        platform: conversation.platform,
        workspaceId: conversation.workspaceId,
        conversationId: conversation.conversationId,
        at: clock.now(),
      });
    },
    async personalChat(ids) {
      const person = await personOf(ids);
      return person ? findPersonalConversation(db, { platform: "teams", personId: person.id }) : null;
    },
  };
}
