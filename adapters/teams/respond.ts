// Sending a turn's replies back to Teams. Public replies, and everything in a
// personal chat, go to the conversation (into the thread the request came
// from). Teams has no ephemeral messages, so a private reply asked for in a
// channel or group chat goes to the asker's personal chat with the bot: the
// stored one, or one the bot opens (Teams allows it for members of a team the
// bot is in), with a one-line note in the thread that it was answered
// privately (and why, when the core kept the record to some roles). A private
// reply is never posted in a channel or group chat: when Teams will not give
// a personal chat, the thread gets only a note that the answer is private
// and how to get it.
import { TurnContext } from "botbuilder";
import type { Reply } from "../../src/core/reply.ts";
import type { Logger } from "../../src/log.ts";
import { type OutgoingActivity, replyActivities, textMessage } from "./activities.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";
import type { FileOffer } from "./files.ts";
import type { TeamsIds } from "./identity.ts";
import { deliveryError, openPersonalChat, sendProactive } from "./proactive.ts";
import { parseReference, type ReferenceStore } from "./references.ts";

export const UNREACHABLE =
  "I can't open a personal chat with you to give you the rest: open Rapporteur under Apps and ask me there.";

/** The thread's note when the private answer went to the asker's personal chat. */
export function answeredPrivately(restricted: string | undefined): string {
  return `I've answered you privately, in our personal chat${restricted ? `: ${restricted}` : ""}.`;
}

/** The thread's note when the answer is private and Teams would not give a personal chat: all the channel sees of it. */
export function privateOnly(restricted: string | undefined): string {
  return `The answer is private${restricted ? ` (${restricted})` : ""}, so I don't post it here, and Teams would not let me open a personal chat with you: open Rapporteur under Apps (or start a chat with me) and ask me there.`;
}

export interface ResponderDeps {
  adapter: TeamsBotAdapter;
  appId: string;
  refs: ReferenceStore;
  /** How documents go out: consent cards in personal chats, links elsewhere (files.ts). */
  offer: FileOffer;
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
  const { adapter, appId, refs, offer, logger } = deps;
  const personal = { files: { offer, personal: true } };
  const shared = { files: { offer, personal: false } };

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
      await sendProactive(adapter, appId, chat.reference, replyActivities(reply, personal));
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
      if (ids.kind === "dm") {
        for (const reply of replies) await context.sendActivities(replyActivities(reply, personal));
        return;
      }
      // A reply is for the channel only when public and not restricted. When the
      // core answers partly in public, it has said so itself ("I've answered …
      // privately") and its private part must not reach the channel.
      const open = (reply: Reply) => reply.visibility === "public" && !reply.restricted;
      const split = replies.some(open);
      const restricted = replies.find((reply) => !open(reply) && reply.restricted)?.restricted;
      let pointed = split;
      let refused = false;
      for (const reply of replies) {
        if (open(reply)) {
          await context.sendActivities(replyActivities(reply, shared));
          continue;
        }
        if (!refused && (await sendPersonally(context, ids, reply))) {
          if (!pointed) await context.sendActivity(textMessage(answeredPrivately(restricted)));
          pointed = true;
          continue;
        }
        // Nothing of a private reply goes to the channel: only how to get it, once.
        if (!refused) await context.sendActivity(textMessage(split ? UNREACHABLE : privateOnly(restricted)));
        refused = true;
      }
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
