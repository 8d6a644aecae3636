// A core Reply as Bot Framework message activities: a plain-text message when
// one line says it all, otherwise the line as text with the card(s) under it,
// then one message per attached document. Text goes out as "plain" so Teams
// renders no markdown or mentions in it.
//
// Documents: Teams lets a bot attach a file only through a file-consent card
// (personal chat) or SharePoint/Graph, neither of which is set up here. So a
// text document (.md) is shown as a card with its contents (first 16,000
// characters) and travels along as a data: URI attachment; a binary one
// (.docx) is a data: URI attachment when it fits in Teams' message size,
// and otherwise a note saying where to get it.
import type { Activity, Attachment as BotAttachment } from "botbuilder";
import type { Attachment, Reply } from "../../src/core/reply.ts";
import {
  type AdaptiveCard,
  CARD_CONTENT_TYPE,
  type CardOptions,
  needsCard,
  plain,
  replyCards,
  textBlocks,
} from "./cards.ts";

export type OutgoingActivity = Partial<Activity>;

/** Base64 characters a data: URI attachment may take before Teams' ~28 KB message limit. */
export const MAX_INLINE_FILE = 20_000;
const MAX_PREVIEW = 16_000;

export function cardAttachment(card: AdaptiveCard): BotAttachment {
  return { contentType: CARD_CONTENT_TYPE, content: card };
}

export function textMessage(text: string): OutgoingActivity {
  return { type: "message", text: plain(text), textFormat: "plain" };
}

function bytesOf(file: Attachment): Buffer {
  return typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
}

export function fileActivities(file: Attachment): OutgoingActivity[] {
  const bytes = bytesOf(file);
  const base64 = bytes.toString("base64");
  const name = plain(file.filename, 200);
  const inline: BotAttachment[] =
    base64.length <= MAX_INLINE_FILE
      ? [{ contentType: file.mediaType, contentUrl: `data:${file.mediaType};base64,${base64}`, name }]
      : [];
  if (typeof file.content === "string") {
    const clipped = file.content.length > MAX_PREVIEW;
    const preview: AdaptiveCard = {
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.5",
      body: [
        ...textBlocks(file.title ?? name, { weight: "Bolder" }, 300),
        ...textBlocks(
          file.content.slice(0, MAX_PREVIEW),
          { fontType: "Monospace", size: "Small" },
          MAX_PREVIEW,
        ),
        ...(clipped
          ? textBlocks(`(${file.content.length - MAX_PREVIEW} more characters not shown here)`, {
              isSubtle: true,
            })
          : []),
      ],
      fallbackText: name,
      msteams: { width: "Full" },
    };
    return [{ type: "message", summary: name, attachments: [cardAttachment(preview), ...inline] }];
  }
  if (inline.length) return [{ ...textMessage(`${name} (${bytes.length} bytes)`), attachments: inline }];
  return [
    textMessage(
      `${name} is too large to attach in Teams (${Math.ceil(bytes.length / 1024)} KB). Ask for it in the console chat or from the secretariat.`,
    ),
  ];
}

/** The reply's message activities, in order. */
export function replyActivities(reply: Reply, options: Pick<CardOptions, "note"> = {}): OutgoingActivity[] {
  const messages: OutgoingActivity[] = [];
  if (!needsCard(reply)) {
    messages.push(textMessage(options.note ? `${options.note}\n\n${reply.text}` : reply.text));
  } else {
    const cards = replyCards(reply, { ...options, omitText: true });
    cards.forEach((card, index) => {
      messages.push({
        ...textMessage(index === 0 ? reply.text : `${reply.text} (${index + 1}/${cards.length})`),
        summary: plain(reply.text, 200),
        attachments: [cardAttachment(card)],
      });
    });
  }
  for (const file of reply.files ?? []) messages.push(...fileActivities(file));
  return messages;
}
