// Sending the core's replies back to Slack, wherever the request came from:
// the slash command's response_url, a thread, an ephemeral message in a
// channel, a DM, or a modal. Every send goes through here.
import type { RespondFn, types, webApi } from "@slack/bolt";
import type { Attachment, Reply } from "../../src/core/reply.ts";
import { renderMessages, type SlackMessage } from "./blocks.ts";
import { modalView } from "./views.ts";

export interface Destination {
  client: webApi.WebClient;
  userId: string;
  channelId?: string;
  threadTs?: string;
  /**
   * False when `threadTs` names a message nobody has replied to yet (a
   * top-level mention): Slack shows an ephemeral message in a thread only if
   * the thread already exists, so private answers go beside it in the channel.
   */
  threadExists?: boolean;
  /** The slash command's or button's response_url, when there is one. */
  respond?: RespondFn;
  /** Lets one reply with a form open it as a modal (valid for 3 seconds). */
  triggerId?: string;
}

const isDm = (destination: Destination) => !destination.channelId || destination.channelId.startsWith("D");

async function dmChannel(destination: Destination): Promise<string> {
  if (destination.channelId?.startsWith("D")) return destination.channelId;
  const opened = await destination.client.conversations.open({ users: destination.userId });
  return opened.channel?.id ?? destination.userId;
}

async function postPublic(destination: Destination, message: SlackMessage): Promise<void> {
  if (destination.respond && !isDm(destination)) {
    await destination.respond({ response_type: "in_channel", replace_original: false, ...message });
    return;
  }
  await destination.client.chat.postMessage({
    channel: destination.channelId ?? destination.userId,
    ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
    ...message,
  });
}

async function postPrivate(destination: Destination, message: SlackMessage): Promise<void> {
  if (isDm(destination)) {
    await destination.client.chat.postMessage({
      channel: destination.channelId ?? destination.userId,
      ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
      ...message,
    });
    return;
  }
  if (destination.respond) {
    await destination.respond({ response_type: "ephemeral", replace_original: false, ...message });
    return;
  }
  await destination.client.chat.postEphemeral({
    channel: destination.channelId ?? destination.userId,
    user: destination.userId,
    ...(destination.threadTs && destination.threadExists !== false
      ? { thread_ts: destination.threadTs }
      : {}),
    ...message,
  });
}

async function upload(destination: Destination, reply: Reply, file: Attachment): Promise<void> {
  const channel =
    reply.visibility === "public" && destination.channelId
      ? destination.channelId
      : await dmChannel(destination);
  const content =
    typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
  const common = { file: content, filename: file.filename, title: file.title ?? file.filename };
  if (destination.threadTs && channel === destination.channelId) {
    await destination.client.files.uploadV2({
      ...common,
      channel_id: channel,
      thread_ts: destination.threadTs,
    });
  } else {
    await destination.client.files.uploadV2({ ...common, channel_id: channel });
  }
}

/** Opens the reply's form as a modal when a trigger is at hand; false when it has to be a button instead. */
export async function openForm(destination: Destination, reply: Reply): Promise<boolean> {
  if (!reply.form || !destination.triggerId) return false;
  const view: types.ModalView = modalView(reply.form, {
    ...(destination.channelId ? { channelId: destination.channelId } : {}),
    ...(destination.threadTs ? { threadTs: destination.threadTs } : {}),
  });
  await destination.client.views.open({ trigger_id: destination.triggerId, view });
  destination.triggerId = undefined;
  return true;
}

export async function deliver(destination: Destination, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    if (await openForm(destination, reply)) continue;
    for (const message of renderMessages(reply)) {
      if (reply.visibility === "public") await postPublic(destination, message);
      else await postPrivate(destination, message);
    }
    await uploadFiles(destination, reply);
  }
}

export async function uploadFiles(destination: Destination, reply: Reply): Promise<void> {
  for (const file of reply.files ?? []) await upload(destination, reply, file);
}
