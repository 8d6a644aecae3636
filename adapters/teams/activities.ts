// A core Reply as Bot Framework message activities: a plain-text message when
// one line says it all, otherwise the line as text with the card(s) under it,
// then one message per attached document. Text goes out as "plain" so Teams
// renders no markdown or mentions in it.
//
// Documents: Teams lets a bot attach a file only through a file-consent card
// (personal chat) or SharePoint/Graph, neither of which is set up here. So a
// text document (.md) is shown as a card with its lines (as many as fit in
// one message); a binary one (.docx) is a data: URI attachment when it fits
// in Teams' message size (about 15 KB of file), otherwise a note saying
// where to get it.
import type { Activity, Attachment as BotAttachment } from "botbuilder";
import type { Attachment, Reply } from "../../src/core/reply.ts";
import {
  type AdaptiveCard,
  CARD_BUDGET,
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

export function cardAttachment(card: AdaptiveCard): BotAttachment {
  return { contentType: CARD_CONTENT_TYPE, content: card };
}

export function textMessage(text: string): OutgoingActivity {
  return { type: "message", text: plain(text), textFormat: "plain" };
}

/** A text document as a card showing its lines, as many as fit in one Teams message. */
function previewCard(title: string, text: string): AdaptiveCard {
  const body = textBlocks(title, { weight: "Bolder" }, 300);
  const lines = plain(text, Number.MAX_SAFE_INTEGER).split("\n");
  let size = JSON.stringify(body).length;
  let shown = 0;
  for (const line of lines) {
    const [block] = textBlocks(line, { fontType: "Monospace", size: "Small" });
    if (!block) continue;
    size += JSON.stringify(block).length;
    if (size > CARD_BUDGET) break;
    body.push(block);
    shown += 1;
  }
  if (shown < lines.length) {
    body.push(...textBlocks(`(${lines.length - shown} more lines not shown here)`, { isSubtle: true }));
  }
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    fallbackText: title,
    msteams: { width: "Full" },
  };
}

export function fileActivities(file: Attachment): OutgoingActivity[] {
  const name = plain(file.filename, 200);
  if (typeof file.content === "string") {
    return [
      { type: "message", summary: name, attachments: [cardAttachment(previewCard(name, file.content))] },
    ];
  }
  const bytes = Buffer.from(file.content);
  const base64 = bytes.toString("base64");
  if (base64.length <= MAX_INLINE_FILE) {
    return [
      {
        ...textMessage(`${name} (${bytes.length} bytes)`),
        attachments: [
          { contentType: file.mediaType, contentUrl: `data:${file.mediaType};base64,${base64}`, name },
        ],
      },
    ];
  }
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
