// Slack ids -> the core's speaker and conversation. Conversation ids are
// opaque to the core: "slack:<team>:<channel>".
import type { ConversationRef, Speaker } from "../../src/core/request.ts";

export function slackSpeaker(teamId: string, userId: string): Speaker {
  return { kind: "chat", platform: "slack", workspaceId: teamId, userId };
}

/** D… is a DM with the bot; G… a private channel or group DM; C… a channel. */
export function conversationKind(channelId: string, channelType?: string): ConversationRef["kind"] {
  if (channelType === "im" || channelId.startsWith("D")) return "dm";
  if (channelType === "mpim") return "group";
  return "channel";
}

export function slackConversation(
  teamId: string,
  channelId: string | undefined,
  options: { channelType?: string; threadTs?: string } = {},
): ConversationRef {
  const channel = channelId ?? "home";
  return {
    platform: "slack",
    id: `slack:${teamId}:${channel}`,
    kind: channelId ? conversationKind(channel, options.channelType) : "dm",
    ...(options.threadTs ? { threadId: options.threadTs } : {}),
  };
}

/** Strips the leading mention of the bot (and any other leading mentions) from an app_mention text. */
export function stripMentions(text: string, botUserId?: string): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g") : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(own, " ").replace(/\s+/g, " ").trim();
}
