// The first check on every chat request: does it come from a workspace (and
// channel) the committee is bound to? Runs before the speaker is looked up,
// so a request from elsewhere reads nothing.
import type { Logger } from "../log.ts";
import type { AccessSnapshot } from "../store/access.ts";
import { admits } from "../store/workspace-bindings.ts";
import { privateReply, type Reply } from "./reply.ts";
import type { ChatRequest } from "./request.ts";

/** null when the request may go on; otherwise the refusal to send back. */
export function refuseUnbound(access: AccessSnapshot, logger: Logger, request: ChatRequest): Reply | null {
  const { speaker, conversation } = request;
  if (speaker.kind !== "chat") return null;
  // Conversation ids are "<platform>:<workspace>:<channel>"; a Teams channel id may itself hold colons.
  const channelId = conversation.id.split(":").slice(2).join(":");
  const admission = admits(access, {
    platform: speaker.platform,
    workspaceId: speaker.workspaceId,
    channelId,
    isDirect: conversation.kind === "dm",
  });
  if (admission.ok) return null;
  logger.warn(
    { platform: speaker.platform, workspaceId: speaker.workspaceId, channelId, reason: admission.reason },
    "refused: not bound to the committee",
  );
  const where = speaker.platform === "slack" ? "Slack workspace" : "Teams tenant";
  if (admission.reason === "workspace") {
    return privateReply(
      `I serve the committee only where it has bound me, and this ${where} (${speaker.workspaceId}) is not bound, so nothing was read or changed. The secretariat can bind it with: npm run admin -- bind ${speaker.platform} ${speaker.workspaceId}`,
    );
  }
  return privateReply(
    `This channel is not one the committee uses with me, so nothing was read or changed. Ask me in a direct message or in the committee's channel; the secretariat can bind this one with: npm run admin -- bind ${speaker.platform} ${speaker.workspaceId} ${channelId}`,
  );
}
