// The delivery port: how the core and the scheduler send something unasked
// (pre-meeting prompts, reminders, agenda and minutes posts) through whichever
// platform adapter is mounted. Adapters implement it; the core owns it.
import type { Reply } from "../core/reply.ts";

export type DeliveryPlatform = "slack" | "teams" | "console";

/** Where a message goes, in the platform's own ids. */
export interface DeliveryTarget {
  platform: DeliveryPlatform;
  /** Slack team id, Teams tenant id. */
  workspaceId: string;
  /** Slack channel or user id (a user id opens the bot's DM); Teams conversation id. */
  conversationId: string;
  /** Reply in this thread (Slack ts, Teams reply-chain id). */
  threadId?: string;
  /** Stored platform reference (Teams ConversationReference JSON), when the platform needs one. */
  reference?: string;
  /**
   * A user (platform user id) to mention at the start of the message: set when a
   * direct message was refused and the committee channel carries it instead.
   * The reply's text already names the person, so an adapter that cannot mention loses nothing.
   */
  mentionUserId?: string;
}

export interface SentMessage {
  /** The platform's id for the message (Slack ts, Teams activity id). */
  messageId: string;
  conversationId: string;
}

/**
 * Why a send failed. `permanent` means retrying cannot help (bot removed,
 * channel archived, user deactivated): the target should be marked dead.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DeliveryError";
  }
}

/**
 * A lookup that could not finish within its bounds (pages read, time spent):
 * whether the message arrived is unknown, so it is reported as possibly sent
 * and never resent blindly.
 */
export class LookupIncomplete extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LookupIncomplete";
  }
}

export interface DeliveryPort {
  readonly platform: DeliveryPlatform;
  /**
   * Sends `reply` to `target`. `key` is the delivery's idempotency key: an
   * adapter that can look messages up stores it with the message.
   */
  send(target: DeliveryTarget, reply: Reply, key: string): Promise<SentMessage>;
  /**
   * Finds a message already sent under `key`, so a crash between sending and
   * recording the send does not send twice. Platforms with no lookup omit it;
   * the queue then reports such a delivery as "possibly sent" instead of resending,
   * as it does when the lookup throws `LookupIncomplete`.
   */
  findSent?(target: DeliveryTarget, key: string, since: Date): Promise<SentMessage | null>;
}
