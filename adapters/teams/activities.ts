// A core Reply as Bot Framework message activities: a plain-text message when
// one line says it all, otherwise the line as text with the card(s) under it,
// then one message per attached document. Text goes out as "plain" so Teams
// renders no markdown or mentions in it.
//
// Documents go as files.ts offers them: a consent card in a personal chat, a
// link elsewhere.
import type { Activity, Attachment as BotAttachment } from "botbuilder";
import type { Reply } from "../../src/core/reply.ts";
import {
  type AdaptiveCard,
  CARD_CONTENT_TYPE,
  type CardOptions,
  needsCard,
  plain,
  replyCards,
} from "./cards.ts";
import { type FileOffer, teamsFiles } from "./files.ts";

export type OutgoingActivity = Partial<Activity>;

export function cardAttachment(card: AdaptiveCard): BotAttachment {
  return { contentType: CARD_CONTENT_TYPE, content: card };
}

export function textMessage(text: string): OutgoingActivity {
  return { type: "message", text: plain(text), textFormat: "plain" };
}

export interface ReplyOptions extends Pick<CardOptions, "note"> {
  /** How the reply's files are offered here; without it they are left out (a card refreshed in place). */
  files?: { offer: FileOffer; personal: boolean };
}

/** The reply's message activities, in order. */
export function replyActivities(reply: Reply, options: ReplyOptions = {}): OutgoingActivity[] {
  const messages: OutgoingActivity[] = [];
  if (!needsCard(reply)) {
    const text = options.note ? `${options.note}\n\n${reply.text}` : reply.text;
    // A reply of files alone (after a card replaced in place) has no line of its own.
    if (text) messages.push(textMessage(text));
  } else {
    const cards = replyCards(reply, { note: options.note, omitText: true });
    cards.forEach((card, index) => {
      messages.push({
        ...textMessage(index === 0 ? reply.text : `${reply.text} (${index + 1}/${cards.length})`),
        summary: plain(reply.text, 200),
        attachments: [cardAttachment(card)],
      });
    });
  }
  const { files } = options;
  if (files) for (const file of teamsFiles(reply.files)) messages.push(...files.offer(file, files.personal));
  return messages;
}
