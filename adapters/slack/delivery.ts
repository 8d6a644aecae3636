// The Slack delivery port: chat.postMessage with the delivery's key stored in
// message metadata, so after a crash between sending and recording the send
// the queue can look the message up (conversations.history, or
// conversations.replies in a thread, with metadata) instead of sending it
// twice. The lookup pages through everything posted since the send began,
// within bounds: past them it says so (LookupIncomplete) and the queue records
// the delivery as possibly sent rather than resending it.
import type { webApi } from "@slack/bolt";
import type { Reply } from "../../src/core/reply.ts";
import {
  DeliveryError,
  type DeliveryPort,
  type DeliveryTarget,
  LookupIncomplete,
  type SentMessage,
} from "../../src/delivery/port.ts";
import { renderMessages } from "./blocks.ts";

export const METADATA_EVENT = "rapporteur_delivery";

export interface SlackDeliveryOptions {
  /** Pages of history a lookup reads at most (200 messages asked a page; Slack may give fewer). */
  lookupPages?: number;
  /** Time a lookup may take at most, rate-limit waits included. */
  lookupMs?: number;
}

const LOOKUP_PAGES = 20;
const LOOKUP_MS = 30_000;
const PAGE_SIZE = 200;

interface HistoryPage {
  messages?: { ts?: string; metadata?: unknown }[];
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
}

/** The call's result, or undefined if it did not come within `ms` (the call is left to finish unheard). */
async function within<T>(call: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  call.catch(() => undefined);
  try {
    return await Promise.race([call, late]);
  } finally {
    clearTimeout(timer);
  }
}

function carriesKey(message: { metadata?: unknown }, key: string): boolean {
  const metadata = message.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
  return metadata?.event_type === METADATA_EVENT && metadata.event_payload?.key === key;
}

/** Slack errors after which the same send can never succeed. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "user_not_found",
  "user_disabled",
  "cannot_dm_bot",
  "restricted_action",
  "team_access_not_granted",
]);

function translate(error: unknown): DeliveryError {
  const data = (error as { data?: { error?: string } }).data;
  const code = (error as { code?: string }).code;
  if (code === "slack_webapi_rate_limited_error") {
    const seconds = (error as { retryAfter?: number }).retryAfter ?? 60;
    return new DeliveryError("Slack rate limit", false, seconds * 1000, { cause: error });
  }
  const reason = data?.error ?? (error instanceof Error ? error.message : String(error));
  return new DeliveryError(`Slack refused the message: ${reason}`, PERMANENT.has(reason), undefined, {
    cause: error,
  });
}

/** A user id target (U…/W…) is the bot's DM with that user. */
async function channelFor(client: webApi.WebClient, target: DeliveryTarget): Promise<string> {
  if (!/^[UW]/.test(target.conversationId)) return target.conversationId;
  const opened = await client.conversations.open({ users: target.conversationId });
  return opened.channel?.id ?? target.conversationId;
}

export function slackDelivery(client: webApi.WebClient, options: SlackDeliveryOptions = {}): DeliveryPort {
  const lookupPages = options.lookupPages ?? LOOKUP_PAGES;
  const lookupMs = options.lookupMs ?? LOOKUP_MS;
  return {
    platform: "slack",
    async send(target: DeliveryTarget, reply: Reply, key: string): Promise<SentMessage> {
      try {
        let first: SentMessage | undefined;
        for (const message of renderMessages(reply)) {
          const posted = await client.chat.postMessage({
            channel: target.conversationId,
            ...(target.threadId ? { thread_ts: target.threadId } : {}),
            ...message,
            metadata: { event_type: METADATA_EVENT, event_payload: { key } },
          });
          first ??= { messageId: posted.ts ?? "", conversationId: posted.channel ?? target.conversationId };
        }
        for (const file of reply.files ?? []) {
          const content =
            typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
          await client.files.uploadV2({
            channel_id: first?.conversationId ?? target.conversationId,
            file: content,
            filename: file.filename,
            title: file.title ?? file.filename,
          });
        }
        return first ?? { messageId: "", conversationId: target.conversationId };
      } catch (error) {
        throw translate(error);
      }
    },
    async findSent(target: DeliveryTarget, key: string, since: Date): Promise<SentMessage | null> {
      const deadline = Date.now() + lookupMs;
      let channel: string;
      try {
        channel = await channelFor(client, target);
      } catch (error) {
        throw translate(error);
      }
      const oldest = String(Math.floor(since.getTime() / 1000));
      let cursor: string | undefined;
      for (let page = 0; page < lookupPages; page++) {
        const left = deadline - Date.now();
        const incomplete = () =>
          new LookupIncomplete(
            `read ${page} page(s) of what was posted since the send began and ran out of time (${Math.round(lookupMs / 1000)} s)`,
          );
        if (left <= 0) throw incomplete();
        const args = {
          channel,
          oldest,
          include_all_metadata: true,
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        };
        // Thread replies are not in the channel's history; look in the thread.
        const call: Promise<HistoryPage> = target.threadId
          ? client.conversations.replies({ ...args, ts: target.threadId })
          : client.conversations.history(args);
        let history: HistoryPage | undefined;
        try {
          history = await within(call, left);
        } catch (error) {
          throw translate(error);
        }
        if (!history) throw incomplete();
        const found = history.messages?.find((message) => carriesKey(message, key));
        if (found?.ts) return { messageId: found.ts, conversationId: channel };
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) return null;
      }
      throw new LookupIncomplete(
        `read ${lookupPages} pages of what was posted since the send began without reaching the send`,
      );
    },
  };
}
