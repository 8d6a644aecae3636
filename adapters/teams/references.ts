// Remembering where the bot may speak unasked: every conversation the bot
// hears from (install, message, card action) refreshes its stored
// ConversationReference; personal chats carry the person when the sender
// is linked, so the scheduler can reach them there. An uninstall or a 403/404
// from Teams marks the conversation dead.
//
// Most activities carry the reference already stored, so the process keeps
// what it last wrote (or marked dead) per conversation and writes only when
// something it would store differs: after a restart the first activity of a
// conversation writes once. What this process kept can go stale only through
// another replica (one marking the conversation dead after a refused send, or
// storing another serviceUrl), so a kept entry is trusted for
// REFRESH_AFTER_MS at most, and installs always write.
//
// The person behind a Teams account comes from the core's read model (its
// access snapshot maps accounts to persons), not from a query per activity.
import { type Activity, type ConversationReference, TurnContext } from "botbuilder";
import type { Clock } from "../../src/clock.ts";
import { readModelOf } from "../../src/read-model/read-model.ts";
import { accountKey } from "../../src/store/access.ts";
import {
  type ChatConversationKey,
  type ChatConversationRecord,
  claimGreeting,
  findPersonalConversation,
  markChatConversationDead,
  saveChatConversation,
} from "../../src/store/chat-conversations.ts";
import type { Db } from "../../src/store/open.ts";
import { splitConversationId, storedReference, type TeamsIds, teamsIds } from "./identity.ts";

export interface ReferenceStore {
  /**
   * Stores the activity's conversation unless this process knows it stored
   * exactly that lately (`always`: installs); returns the ids it was stored under.
   */
  remember(activity: Partial<Activity>, options?: { always?: boolean }): Promise<TeamsIds>;
  /** Stores a personal chat the bot opened with the sender of `ids`. */
  rememberPersonal(reference: Partial<ConversationReference>, ids: TeamsIds): Promise<void>;
  /** Marks the activity's conversation dead: the app was uninstalled there (a later install greets again). */
  forget(activity: Partial<Activity>): Promise<boolean>;
  /** True once per stored conversation, for whoever may send the install greeting (persisted, so never again after a restart). */
  claimGreeting(ids: TeamsIds): Promise<boolean>;
  /** Marks a stored conversation dead (Teams refused it). */
  forgetStored(conversation: ChatConversationKey): Promise<boolean>;
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

/** How long what this process stored is trusted without writing again (bounds what another replica can make stale). */
export const REFRESH_AFTER_MS = 10 * 60_000;
/** Conversations kept in memory; the least recently heard one is dropped first. */
export const KEPT_CONVERSATIONS = 5_000;

interface Kept {
  kind: string;
  /** What decides whether a new activity's reference differs from the stored one. */
  fingerprint: string;
  /** The person stored on the row, when this process stored one. */
  personId: number | undefined;
  storedAt: number;
}

/**
 * What of a reference matters for sending to the conversation later. In a
 * channel or group chat the reference also names whoever spoke last (and
 * their locale), which changes with every speaker and plays no part in a
 * proactive send, so it is left out there; a personal chat's is compared whole.
 */
function fingerprint(reference: Partial<ConversationReference>, kind: string): string {
  if (kind === "dm") return JSON.stringify(reference);
  const { user: _user, locale: _locale, ...rest } = reference;
  return JSON.stringify(rest);
}

/** A Map used as a least-recently-used cache of at most `limit` entries. */
class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

const keptKey = (workspaceId: string, conversationId: string) => `${workspaceId}\u0000${conversationId}`;

export function referenceStore(db: Db, clock: Clock): ReferenceStore {
  const kept = new Lru<Kept>(KEPT_CONVERSATIONS);
  /** The latest write started per conversation: an earlier one finishing later must not be kept over it. */
  const writing = new Map<string, number>();
  let writes = 0;

  const model = readModelOf(db);
  const personIdOf = async (ids: TeamsIds): Promise<number | undefined> =>
    (await model.current()).access.identities.get(accountKey("teams", ids.tenantId, ids.userId));

  async function save(
    reference: Partial<ConversationReference>,
    ids: TeamsIds,
    always: boolean,
  ): Promise<void> {
    const personId = ids.kind === "dm" ? await personIdOf(ids) : undefined;
    const stored = storedReference(reference);
    const print = fingerprint(stored, ids.kind);
    const key = keptKey(ids.tenantId, ids.conversationId);
    const now = clock.now().getTime();
    const known = kept.get(key);
    if (
      !always &&
      known &&
      known.kind === ids.kind &&
      known.fingerprint === print &&
      // an unlinked sender leaves the stored person alone, so only a different linked one differs
      (personId === undefined || personId === known.personId) &&
      now - known.storedAt >= 0 &&
      now - known.storedAt < REFRESH_AFTER_MS
    ) {
      return;
    }
    kept.delete(key);
    const write = ++writes;
    writing.set(key, write);
    try {
      const row = await saveChatConversation(db, {
        platform: "teams",
        workspaceId: ids.tenantId,
        conversationId: ids.conversationId,
        kind: ids.kind,
        ...(personId === undefined ? {} : { personId }),
        reference: JSON.stringify(stored),
        at: new Date(now),
      });
      if (writing.get(key) === write) {
        kept.set(key, {
          kind: ids.kind,
          fingerprint: print,
          personId: row.personId ?? undefined,
          storedAt: now,
        });
      }
    } finally {
      if (writing.get(key) === write) writing.delete(key);
    }
  }

  async function markDead(conversation: ChatConversationKey, uninstalled = false): Promise<boolean> {
    const key = keptKey(conversation.workspaceId, conversation.conversationId);
    kept.delete(key);
    // a write of this conversation still under way must not be kept as alive
    const mark = ++writes;
    writing.set(key, mark);
    try {
      return await markChatConversationDead(db, { ...conversation, at: clock.now(), uninstalled });
    } finally {
      if (writing.get(key) === mark) writing.delete(key);
    }
  }

  return {
    async remember(activity, options = {}) {
      const ids = teamsIds(activity);
      await save(TurnContext.getConversationReference(activity), ids, options.always ?? false);
      return ids;
    },
    async rememberPersonal(reference, ids) {
      const { conversationId } = splitConversationId(reference.conversation?.id ?? "");
      await save(reference, { ...ids, conversationId, kind: "dm", threadId: undefined }, false);
    },
    async forget(activity) {
      const ids = teamsIds(activity);
      return markDead(
        { platform: "teams", workspaceId: ids.tenantId, conversationId: ids.conversationId },
        true,
      );
    },
    async claimGreeting(ids) {
      return claimGreeting(db, {
        platform: "teams",
        workspaceId: ids.tenantId,
        conversationId: ids.conversationId,
        at: clock.now(),
      });
    },
    async forgetStored(conversation) {
      return markDead({
        platform: conversation.platform,
        workspaceId: conversation.workspaceId,
        conversationId: conversation.conversationId,
      });
    },
    async personalChat(ids) {
      const personId = await personIdOf(ids);
      return personId === undefined ? null : findPersonalConversation(db, { platform: "teams", personId });
    },
  };
}
