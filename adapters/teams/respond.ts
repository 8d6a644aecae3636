// Sending a turn's replies back to Teams. Public replies, and everything in a
// personal chat, go to the conversation (into the thread the request came
// from). Teams has no ephemeral messages, so a private reply asked for in a
// channel or group chat goes to the asker's personal chat with the bot when
// one is stored (with a one-line pointer in the thread); otherwise it is
// answered in the thread, with a note saying everyone there can see it.
// The asker chose to ask in front of the channel; the note says how to ask
// privately next time.
import { TurnContext } from "botbuilder";
import type { Reply } from "../../src/core/reply.ts";
import type { Logger } from "../../src/log.ts";
import { type OutgoingActivity, replyActivities, textMessage } from "./activities.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";
import type { TeamsIds } from "./identity.ts";
import { deliveryError, sendProactive } from "./proactive.ts";
import { parseReference, type ReferenceStore } from "./references.ts";

export const PUBLIC_NOTE =
  "Teams cannot show a reply to you alone here, so everyone in this conversation sees this answer. Chat with me directly for private answers.";
export const SENT_TO_PERSONAL_CHAT = "I've answered you in our personal chat.";

export interface ResponderDeps {
  adapter: TeamsBotAdapter;
  appId: string;
  refs: ReferenceStore;
  logger: Logger;
}

/** Sends new messages, not replies to the activity (greetings, posts into a channel after a card action). */
export async function postNew(context: TurnContext, activities: OutgoingActivity[]): Promise<void> {
  if (activities.length === 0) return;
  const reference = TurnContext.getConversationReference(context.activity);
  const outgoing = activities.map((activity) => {
    const applied = TurnContext.applyConversationReference({ type: "message", ...activity }, reference);
    delete applied.replyToId;
    return applied;
  });
  await context.adapter.sendActivities(context, outgoing);
}

export function createResponder(deps: ResponderDeps) {
  const { adapter, appId, refs, logger } = deps;

  /** Tries the asker's personal chat; false when there is none or Teams refuses it. */
  async function sendPersonally(ids: TeamsIds, reply: Reply): Promise<boolean> {
    const stored = await refs.personalChat(ids);
    const reference = stored ? parseReference(stored.reference) : null;
    if (!stored || !reference) return false;
    try {
      await sendProactive(adapter, appId, reference, replyActivities(reply));
      return true;
    } catch (error) {
      const failure = deliveryError(error);
      logger.warn({ err: failure, conversationId: stored.conversationId }, "Teams personal chat refused");
      if (failure.permanent) await refs.forgetStored(stored);
      return false;
    }
  }

  return {
    async deliver(context: TurnContext, ids: TeamsIds, replies: Reply[]): Promise<void> {
      let noted = false;
      let pointed = false;
      let personal = ids.kind !== "dm";
      for (const reply of replies) {
        if (reply.visibility === "public" || ids.kind === "dm") {
          await context.sendActivities(replyActivities(reply));
          continue;
        }
        if (personal && (await sendPersonally(ids, reply))) {
          if (!pointed) await context.sendActivity(textMessage(SENT_TO_PERSONAL_CHAT));
          pointed = true;
          continue;
        }
        personal = false;
        await context.sendActivities(replyActivities(reply, noted ? {} : { note: PUBLIC_NOTE }));
        noted = true;
      }
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
