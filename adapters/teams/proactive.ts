// Sending unasked through a stored ConversationReference
// (continueConversationAsync), and reading the Bot Connector's refusals.
import type { Activity, ConversationReference, ResourceResponse } from "botbuilder";
import { DeliveryError } from "../../src/delivery/port.ts";
import type { OutgoingActivity } from "./activities.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";

/**
 * Posts `activities` into the referenced conversation as new messages (a
 * continuation turn would otherwise mark them as replies to a made-up id).
 * Errors are rethrown to the caller instead of going to the adapter's turn-error handler.
 */
export async function sendProactive(
  adapter: TeamsBotAdapter,
  appId: string,
  reference: Partial<ConversationReference>,
  activities: OutgoingActivity[],
): Promise<ResourceResponse[]> {
  let failure: { error: unknown } | undefined;
  let responses: ResourceResponse[] = [];
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      context.onSendActivities(async (_context, outgoing, next) => {
        for (const activity of outgoing) delete activity.replyToId;
        return next();
      });
      responses = await context.sendActivities(activities);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
  return responses;
}

/** The Bot Connector audience of the public cloud (sovereign clouds use their own). */
const PUBLIC_CLOUD_AUDIENCE = "https://api.botframework.com";

/**
 * Opens (or finds: Teams answers with the existing one) the bot's personal
 * chat with the sender of `activity`, as Teams lets a bot do for members of
 * a team it is installed in. The reference to it, or null when Teams gives no id.
 */
export async function openPersonalChat(
  adapter: TeamsBotAdapter,
  appId: string,
  activity: Partial<Activity>,
  tenantId: string,
): Promise<Partial<ConversationReference> | null> {
  const { serviceUrl, from, recipient } = activity;
  if (!serviceUrl || !from || !recipient) return null;
  let conversationId: string | undefined;
  await adapter.createConversationAsync(
    appId,
    activity.channelId ?? "msteams",
    serviceUrl,
    PUBLIC_CLOUD_AUDIENCE,
    { isGroup: false, bot: recipient, members: [from], tenantId, channelData: { tenant: { id: tenantId } } },
    async (context) => {
      conversationId = context.activity.conversation?.id;
    },
  );
  if (!conversationId) return null;
  return {
    channelId: activity.channelId ?? "msteams",
    serviceUrl,
    bot: recipient,
    user: from,
    conversation: { id: conversationId, conversationType: "personal", tenantId, isGroup: false, name: "" },
  };
}

interface RestFailure {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

function retryAfterMs(error: RestFailure): number | undefined {
  const header = error.response?.headers?.get?.("retry-after");
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * The Bot Connector's answer as a DeliveryError: 403 (bot removed, user
 * blocked it) and 404 (conversation gone) can never succeed; 429 and 5xx
 * may, after Retry-After. The connector client has already retried 429/5xx
 * three times itself (honouring Retry-After) before this is seen.
 */
export function deliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (error ?? {}) as RestFailure;
  const status = failure.statusCode;
  const detail = failure.code ?? failure.message ?? String(error);
  if (status === 403 || status === 404) {
    return new DeliveryError(`Teams refused the message (${status} ${detail})`, true, undefined, {
      cause: error,
    });
  }
  if (status === 429 || (status !== undefined && status >= 500)) {
    return new DeliveryError(`Teams is busy (${status} ${detail})`, false, retryAfterMs(failure) ?? 60_000, {
      cause: error,
    });
  }
  return new DeliveryError(`Teams send failed: ${status ?? ""} ${detail}`.trim(), false, undefined, {
    cause: error,
  });
}
