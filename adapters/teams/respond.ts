// Sending a turn's replies back to Teams. Public replies, and everything in a
// personal chat, go to the conversation (into the thread the request came
// from). Teams has no ephemeral messages, so a private reply asked for in a
// channel or group chat goes to the asker's personal chat with the bot: the
// stored one, or one the bot opens (Teams allows it for members of a team the
// bot is in), with a one-line pointer in the thread. Only when Teams will not
// give a personal chat is it answered in the thread, with a note saying
// everyone there can see it.
import { TurnContext } from "botbuilder";
import type { Reply } from "../../src/core/reply.ts";
import type { Logger } from "../../src/log.ts";
import { type OutgoingActivity, replyActivities, textMessage } from "./activities.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";
import type { TeamsIds } from "./identity.ts";
import { deliveryError, openPersonalChat, sendProactive } from "./proactive.ts";
import { parseReference, type ReferenceStore } from "./references.ts";

export const PUBLIC_NOTE =
  "Teams cannot show a reply to you alone here, so everyone in this conversation sees this answer. Chat with me directly for private answers.";
export const SENT_TO_PERSONAL_CHAT = "I've answered you in our personal chat.";
export const UNREACHABLE =
  "I can't open a personal chat with you to give you the rest: open Rapporteur under Apps and ask me there.";

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

  /** The asker's personal chat: the stored one, or one the bot opens now (and stores). */
  async function personalChat(context: TurnContext, ids: TeamsIds) {
    const stored = await refs.personalChat(ids);
    const reference = stored ? parseReference(stored.reference) : null;
    if (stored && reference) return { reference, stored };
    try {
      const opened = await openPersonalChat(adapter, appId, context.activity, ids.tenantId);
      if (!opened) return null;
      await refs.rememberPersonal(opened, ids);
      return { reference: opened, stored: null };
    } catch (error) {
      logger.warn({ err: deliveryError(error) }, "Teams would not open a personal chat");
      return null;
    }
  }

  /** Tries the asker's personal chat; false when there is none or Teams refuses it. */
  async function sendPersonally(context: TurnContext, ids: TeamsIds, reply: Reply): Promise<boolean> {
    const chat = await personalChat(context, ids);
    if (!chat) return false;
    try {
      await sendProactive(adapter, appId, chat.reference, replyActivities(reply));
      return true;
    } catch (error) {
      const failure = deliveryError(error);
      logger.warn({ err: failure }, "Teams personal chat refused");
      if (failure.permanent && chat.stored) await refs.forgetStored(chat.stored);
      return false;
    }
  }

  return {
    async deliver(context: TurnContext, ids: TeamsIds, replies: Reply[]): Promise<void> {
      // When the core answers partly in public, it has said so itself ("I've
      // answered … privately") and its private part must not reach the channel.
      const split = replies.some((reply) => reply.visibility === "public");
      let pointed = split;
      let noted = false;
      let personal = ids.kind !== "dm";
      for (const reply of replies) {
        if (reply.visibility === "public" || ids.kind === "dm") {
          await context.sendActivities(replyActivities(reply));
          continue;
        }
        if (personal && (await sendPersonally(context, ids, reply))) {
          if (!pointed) await context.sendActivity(textMessage(SENT_TO_PERSONAL_CHAT));
          pointed = true;
          continue;
        }
        personal = false;
        if (split) {
          if (!noted) await context.sendActivity(textMessage(UNREACHABLE));
        } else {
          await context.sendActivities(replyActivities(reply, noted ? {} : { note: PUBLIC_NOTE }));
        }
        noted = true;
      }
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
