// The answer to a file consent card (files.ts). "Allow": Teams gives an upload
// URL in the user's OneDrive; the bot puts the held file there in one PUT
// (drafts are far below the 4 MB a single request may carry) and posts a
// file info card, which Teams shows as the file itself. "Decline": a short
// note. Either way the held copy is dropped.
import type { FileConsentCardResponse, TurnContext } from "botbuilder";
import type { SharedFile, SharedFiles } from "../../src/http/shared-files.ts";
import type { Logger } from "../../src/log.ts";
import { textMessage } from "./activities.ts";
import type { ConsentContext } from "./files.ts";
import { FILE_INFO_TYPE } from "./files.ts";

/** An upload slower than this is given up (one attempt: the user can ask again). */
export const UPLOAD_TIMEOUT_MS = 30_000;

export const EXPIRED_OFFER =
  "That file is no longer held (files are kept for a day, and not across a restart of the bot): ask for it again.";

function heldFile(shared: SharedFiles, response: FileConsentCardResponse): [string, SharedFile | undefined] {
  const id = (response.context as Partial<ConsentContext> | undefined)?.file;
  return typeof id === "string" ? [id, shared.get(id)] : ["", undefined];
}

async function upload(url: string, file: SharedFile): Promise<void> {
  const size = file.content.length;
  const result = await fetch(url, {
    method: "PUT",
    headers: {
      "content-type": file.mediaType,
      "content-range": `bytes 0-${size - 1}/${size}`,
    },
    body: file.content,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  if (!result.ok) throw new Error(`the upload URL answered ${result.status}`);
}

export function fileConsent(shared: SharedFiles, logger: Logger) {
  return {
    async accept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
      const [id, file] = heldFile(shared, response);
      const info = response.uploadInfo;
      if (!file || !info?.uploadUrl) {
        await context.sendActivity(textMessage(EXPIRED_OFFER));
        return;
      }
      try {
        await upload(info.uploadUrl, file);
      } catch (error) {
        logger.warn({ err: error, file: file.filename }, "Teams file upload failed");
        await context.sendActivity(
          textMessage(`I could not put ${file.filename} in your OneDrive just now: ask for it again.`),
        );
        return;
      }
      shared.drop(id);
      await context.sendActivity({
        type: "message",
        attachments: [
          {
            contentType: FILE_INFO_TYPE,
            contentUrl: info.contentUrl,
            name: info.name ?? file.filename,
            content: { uniqueId: info.uniqueId, fileType: info.fileType },
          },
        ],
      });
    },

    async decline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
      const [id, file] = heldFile(shared, response);
      shared.drop(id);
      await context.sendActivity(
        textMessage(file ? `All right, I won't send ${file.filename}.` : "All right, no file."),
      );
    },
  };
}

export type FileConsent = ReturnType<typeof fileConsent>;
