// A file sent to the bot in Teams as the core's UploadedFile. Teams sends a
// file from a personal chat as a "file download info" attachment whose
// downloadUrl is pre-authenticated (no bot token goes with it); other clients
// send text/plain attachments inline or by contentUrl. Only formats the core
// reads are downloaded, at most 1 MB.
import type { Activity } from "botbuilder";
import type { UploadedFile } from "../../src/core/request.ts";
import { acceptedUpload, MAX_UPLOAD_BYTES } from "../../src/core/uploads.ts";
import { downloadText } from "../../src/http/download.ts";

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

type Attachment = NonNullable<Activity["attachments"]>[number];

/** An attachment that is a sent file, not the message's own HTML body or a card. */
function isFile(attachment: Attachment): boolean {
  if (attachment.contentType === FILE_DOWNLOAD_INFO) return true;
  if (!attachment.name) return false;
  return !/^text\/html$|^application\/vnd\.microsoft\.card\./.test(attachment.contentType);
}

function downloadUrl(attachment: Attachment): string | undefined {
  const content = attachment.content as { downloadUrl?: unknown } | undefined;
  if (attachment.contentType === FILE_DOWNLOAD_INFO && typeof content?.downloadUrl === "string")
    return content.downloadUrl;
  return attachment.contentUrl && /^https?:/.test(attachment.contentUrl) ? attachment.contentUrl : undefined;
}

/** The activity's first file, downloaded when the core will read it; undefined without one. */
export async function teamsUpload(activity: Partial<Activity>): Promise<UploadedFile | undefined> {
  const attachment = (activity.attachments ?? []).find(isFile);
  if (!attachment) return undefined;
  const name = attachment.name ?? "file";
  const content = attachment.content as { fileType?: unknown } | undefined;
  const mediaType =
    attachment.contentType === FILE_DOWNLOAD_INFO && typeof content?.fileType === "string"
      ? content.fileType
      : attachment.contentType;
  const upload: UploadedFile = { name, mediaType };
  if (!acceptedUpload(name)) return upload;
  if (attachment.contentType === "text/plain" && typeof attachment.content === "string")
    return { ...upload, size: Buffer.byteLength(attachment.content), text: attachment.content };
  const url = downloadUrl(attachment);
  if (!url) return upload;
  const download = await downloadText(url, MAX_UPLOAD_BYTES);
  if (download.ok) return { ...upload, text: download.text };
  return download.tooLarge ? { ...upload, size: MAX_UPLOAD_BYTES + 1 } : upload;
}
