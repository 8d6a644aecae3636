// What the core accepts as an uploaded document, in one place: adapters ask
// before downloading, and the core names the formats and the size it takes.
import type { UploadedFile } from "./request.ts";

/** An upload's size limit: a minutes document is some tens of KB of text. */
export const MAX_UPLOAD_BYTES = 1_000_000;

const ACCEPTED = /\.(?:txt|md)$/i;

export const ACCEPTED_FORMATS = "plain text (.txt) or Markdown (.md)";

/** The file is in a format the core reads (judged by its name: platforms report media types unevenly). */
export function acceptedUpload(name: string): boolean {
  return ACCEPTED.test(name.trim());
}

/** Why the core will not read this upload, or null when it will. */
export function uploadRefusal(file: UploadedFile): string | null {
  if (!acceptedUpload(file.name))
    return `I can only read minutes sent as ${ACCEPTED_FORMATS}; "${file.name}" is neither. Save it as text and send it again.`;
  if ((file.size ?? 0) > MAX_UPLOAD_BYTES || (file.text !== undefined && file.text.length > MAX_UPLOAD_BYTES))
    return `"${file.name}" is larger than the 1 MB I accept for a minutes document.`;
  if (file.text === undefined) return `I could not download "${file.name}"; please send it again.`;
  return null;
}
