// A reply's documents as Teams can take them. A bot cannot attach a file to a
// Teams message (a data: URI is "an unknown attachment type" there), so in a
// personal chat each file is offered with a file consent card (the user's
// "Allow" returns an upload URL in their OneDrive: file-consent.ts), and in a
// channel or group chat, where consent cards do not work, it is a card with a
// Download button: a link to the bot's own server (signed, expiring:
// src/http/shared-files.ts).
// Markdown source is not sent: the reply's card already shows the same draft,
// and Teams would show the .md as raw text.
import type { Activity } from "botbuilder";
import type { Attachment } from "../../src/core/reply.ts";
import { LINK_LIFETIME_MS, type SharedFiles } from "../../src/http/shared-files.ts";
import { type AdaptiveCard, CARD_CONTENT_TYPE, plain, textBlocks } from "./cards.ts";

export const FILE_CONSENT_TYPE = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_TYPE = "application/vnd.microsoft.teams.card.file.info";

/** What a consent card carries back to the bot on "Allow" or "Decline". */
export interface ConsentContext {
  file: string;
}

/** Where the file goes: a personal chat (consent card) or a shared conversation (link). */
export type FileOffer = (file: Attachment, personal: boolean) => Partial<Activity>[];

function bytesOf(file: Attachment): Uint8Array {
  return typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content;
}

/** The files Teams gets: all but Markdown source. */
export function teamsFiles(files: readonly Attachment[] = []): Attachment[] {
  return files.filter((file) => file.mediaType !== "text/markdown" && !/\.md$/i.test(file.filename));
}

function sizeLabel(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.ceil(bytes / 1024)} KB`;
}

export function fileOffer(shared: SharedFiles): FileOffer {
  return (file, personal) => {
    const content = bytesOf(file);
    const id = shared.keep({ filename: file.filename, mediaType: file.mediaType, content });
    const name = plain(file.filename, 200);
    if (personal) {
      const context: ConsentContext = { file: id };
      return [
        {
          type: "message",
          summary: name,
          attachments: [
            {
              contentType: FILE_CONSENT_TYPE,
              name,
              content: {
                description: plain(file.title ?? name, 200),
                sizeInBytes: content.length,
                acceptContext: context,
                declineContext: context,
              },
            },
          ],
        },
      ];
    }
    // A card with an Action.OpenUrl, like every other card: the name stays a TextRun (inert), the link a button.
    const hours = Math.round(LINK_LIFETIME_MS / 3_600_000);
    const card: AdaptiveCard = {
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.5",
      body: [
        ...textBlocks(name, { weight: "Bolder" }),
        ...textBlocks(`${sizeLabel(content.length)}; the link works for ${hours} hours.`, {
          isSubtle: true,
          size: "Small",
        }),
      ],
      actions: [{ type: "Action.OpenUrl", title: "Download", url: shared.link(id) }],
      fallbackText: name,
    };
    return [
      {
        type: "message",
        text: name,
        textFormat: "plain",
        summary: name,
        attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
      },
    ];
  };
}
