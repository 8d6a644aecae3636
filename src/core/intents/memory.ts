// What the bot remembers of a conversation so a follow-up can lean on it
// ("and Cambodia?", "who owns the second one?", answering a clarifying
// question): the last turn's intent, the records it named, the action items
// it listed and the choices it offered. Kept in memory per conversation,
// thread and person, for 30 minutes of the injectable clock, at most 2,000
// conversations (the oldest go first). It does not survive a restart: a
// follow-up after a restart is answered as a new question, which is safe.
import type { Clock } from "../../clock.ts";
import type { ChatRequest } from "../request.ts";
import type { Intent } from "./types.ts";

export const MEMORY_TTL_MS = 30 * 60_000;
export const MEMORY_MAX_CONVERSATIONS = 2000;

/** A choice offered by a clarifying question: what to match in the answer, and the question it stands for. */
export interface Choice {
  label: string;
  value: string;
  /** Folded words that pick this choice when typed back ("costa rica", "maricela"). */
  keys: string[];
}

/** The sentence a document answer quoted. */
export interface RecordTurn {
  sentenceId: number;
  /** The sentence's text: an id from another snapshot of the documents is not followed. */
  text: string;
}

export interface Turn {
  intent: Intent;
  delegationIds: number[];
  areaIds: number[];
  coalitionIds: number[];
  personIds: number[];
  meetingId?: number;
  /** Action item numbers in the order the answer listed them. */
  listed: number[];
  choices?: Choice[];
  record?: RecordTurn;
  /** The message's words as the documents are searched by ("the workshop in Beirut"), for "how many are expected?". */
  topic?: string[];
  /** The message as typed, for a follow-up that asks the same of something else ("and the French?"). */
  asked?: string;
}

export interface ConversationMemory {
  recall(request: ChatRequest, personId: number): Turn | undefined;
  remember(request: ChatRequest, personId: number, turn: Turn): void;
  forget(request: ChatRequest, personId: number): void;
}

export function conversationKey(request: ChatRequest, personId: number): string {
  const { conversation } = request;
  return [conversation.platform, conversation.id, conversation.threadId ?? "", String(personId)].join("|");
}

export function createConversationMemory(clock: Clock, limit = MEMORY_MAX_CONVERSATIONS): ConversationMemory {
  const turns = new Map<string, { at: number; turn: Turn }>();
  return {
    recall(request, personId) {
      const key = conversationKey(request, personId);
      const entry = turns.get(key);
      if (!entry) return undefined;
      const age = clock.now().getTime() - entry.at;
      // A clock that went backwards (a restarted demo clock) makes the turn unusable too.
      if (age > MEMORY_TTL_MS || age < 0) {
        turns.delete(key);
        return undefined;
      }
      return entry.turn;
    },
    remember(request, personId, turn) {
      const key = conversationKey(request, personId);
      turns.delete(key);
      turns.set(key, { at: clock.now().getTime(), turn });
      while (turns.size > limit) {
        const oldest = turns.keys().next().value;
        if (oldest === undefined) break;
        turns.delete(oldest);
      }
    },
    forget(request, personId) {
      turns.delete(conversationKey(request, personId));
    },
  };
}
