// The Teams delivery port: continueConversationAsync with the stored
// ConversationReference (the target's own, or the one saved when the app was
// installed there). Teams has no way to look a message up by a client key,
// so findSent is omitted and the queue reports a crash between send and
// record as "possibly sent". A 403/404 marks the stored conversation dead
// here as well, so the adapter stops offering it at once. A target with
// mentionUserId (a refused DM carried by the committee channel) starts with
// an @mention of that person.
import type { Reply } from "../../src/core/reply.ts";
import {
  DeliveryError,
  type DeliveryPort,
  type DeliveryTarget,
  type SentMessage,
} from "../../src/delivery/port.ts";
import type { Logger } from "../../src/log.ts";
import { readModelOf } from "../../src/read-model/read-model.ts";
import { accountKey } from "../../src/store/access.ts";
import { findChatConversation } from "../../src/store/chat-conversations.ts";
import type { Db } from "../../src/store/open.ts";
import { type OutgoingActivity, replyActivities } from "./activities.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";
import type { FileOffer } from "./files.ts";
import { withThread } from "./identity.ts";
import { deliveryError, sendProactive } from "./proactive.ts";
import { parseReference, type ReferenceStore } from "./references.ts";

export interface TeamsDeliveryDeps {
  adapter: TeamsBotAdapter;
  appId: string;
  db: Db;
  /** Marks a refused conversation dead, so the adapter's kept references forget it too. */
  refs: Pick<ReferenceStore, "forgetStored">;
  offer: FileOffer;
  logger: Logger;
}

async function referenceFor(db: Db, target: DeliveryTarget) {
  if (target.reference) {
    const given = parseReference(target.reference);
    if (!given) throw new DeliveryError("The stored Teams conversation reference is unreadable.", true);
    return given;
  }
  const stored = await findChatConversation(db, {
    platform: "teams",
    workspaceId: target.workspaceId,
    conversationId: target.conversationId,
  });
  if (!stored) {
    throw new DeliveryError(
      `No Teams conversation ${target.conversationId} is stored: the app has to be installed there first.`,
      true,
    );
  }
  if (stored.status === "dead") {
    throw new DeliveryError(`The Teams conversation ${target.conversationId} is marked dead.`, true);
  }
  const reference = parseReference(stored.reference);
  if (!reference) throw new DeliveryError("The stored Teams conversation reference is unreadable.", true);
  return reference;
}

/**
 * An @mention of the target's mentionUserId (an AAD object id, which Teams
 * accepts as the mentioned id), as its own message so the reply after it
 * stays plain text. The name shown is the linked person's (from the read
 * model, as the core reads it), else "you".
 */
async function mentionActivity(db: Db, target: DeliveryTarget): Promise<OutgoingActivity | null> {
  const userId = target.mentionUserId;
  if (!userId) return null;
  const snapshot = await readModelOf(db).current();
  const personId = snapshot.access.identities.get(accountKey("teams", target.workspaceId, userId));
  const person =
    personId === undefined ? undefined : (await snapshot.directory()).persons.find((p) => p.id === personId);
  const name = (person?.name ?? "you").replace(/[<>&"]/g, "");
  const text = `<at>${name}</at>`;
  return { type: "message", text, entities: [{ type: "mention", text, mentioned: { id: userId, name } }] };
}

export function teamsDelivery(deps: TeamsDeliveryDeps): DeliveryPort {
  const { adapter, appId, db, refs, offer, logger } = deps;
  return {
    platform: "teams",
    async send(target: DeliveryTarget, reply: Reply, key: string): Promise<SentMessage> {
      const reference = await referenceFor(db, target);
      const conversation = {
        ...reference.conversation,
        id: withThread(reference.conversation?.id ?? target.conversationId, target.threadId),
      } as NonNullable<typeof reference.conversation>;
      try {
        const mention = await mentionActivity(db, target);
        const personal = reference.conversation?.conversationType === "personal";
        const activities = [
          ...(mention ? [mention] : []),
          ...replyActivities(reply, { files: { offer, personal } }),
        ];
        const sent = await sendProactive(adapter, appId, { ...reference, conversation }, activities);
        return { messageId: sent[mention ? 1 : 0]?.id ?? "", conversationId: target.conversationId };
      } catch (error) {
        const failure = deliveryError(error);
        if (failure.permanent) {
          await refs.forgetStored({
            platform: "teams",
            workspaceId: target.workspaceId,
            conversationId: target.conversationId,
          });
        }
        logger.warn({ err: failure, key, conversationId: target.conversationId }, "Teams delivery failed");
        throw failure;
      }
    },
  };
}
