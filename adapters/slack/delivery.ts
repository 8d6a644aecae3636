// The Slack delivery port: chat.postMessage with the delivery's key stored in
// message metadata, so after a crash between sending and recording the send
// the queue can look the message up (conversations.history with metadata)
// instead of sending it twice.
import type { webApi } from "@slack/bolt";
import type { Reply } from "../../src/core/reply.ts";
import {
  DeliveryError,
  type DeliveryPort,
  type DeliveryTarget,
  type SentMessage,
} from "../../src/delivery/port.ts";
import { renderMessages } from "./blocks.ts";

export const METADATA_EVENT = "rapporteur_delivery";

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

export function slackDelivery(client: webApi.WebClient): DeliveryPort {
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
      try {
        const channel = await channelFor(client, target);
        const oldest = String(Math.floor(since.getTime() / 1000));
        // Thread replies are not in the channel's history; look in the thread.
        const history = target.threadId
          ? await client.conversations.replies({
              channel,
              ts: target.threadId,
              oldest,
              include_all_metadata: true,
              limit: 200,
            })
          : await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200 });
        const found = history.messages?.find((message) => {
          const metadata = message.metadata as
            | { event_type?: string; event_payload?: { key?: unknown } }
            | undefined;
          return metadata?.event_type === METADATA_EVENT && metadata.event_payload?.key === key;
        });
        return found?.ts ? { messageId: found.ts, conversationId: channel } : null;
      } catch (error) {
        throw translate(error);
      }
    },
  };
}
