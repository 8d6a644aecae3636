// A file shared with the bot (in its DM, or with a mention) as the core's
// UploadedFile: downloaded with the bot token (scope files:read) only when
// the core reads that format and size. The token goes only to Slack's file
// host or to the Web API host the client is configured with (a test's fake).
import type { WebClient } from "@slack/web-api";
import type { UploadedFile } from "../../src/core/request.ts";
import { acceptedUpload, MAX_UPLOAD_BYTES } from "../../src/core/uploads.ts";
import { downloadText } from "../../src/http/download.ts";

interface SlackFile {
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

function trustedHost(url: string, client: WebClient): boolean {
  try {
    const { host, protocol } = new URL(url);
    if (protocol === "https:" && (host === "files.slack.com" || host.endsWith(".slack.com"))) return true;
    return host === new URL(client.slackApiUrl).host;
  } catch {
    return false;
  }
}

/** The first file of an event's `files`, downloaded when the core will read it; undefined without files. */
export async function slackUpload(files: unknown, client: WebClient): Promise<UploadedFile | undefined> {
  const [file] = Array.isArray(files) ? (files as SlackFile[]) : [];
  if (!file) return undefined;
  const name = file.name ?? file.title ?? "file";
  const upload: UploadedFile = {
    name,
    ...(file.mimetype ? { mediaType: file.mimetype } : {}),
    ...(file.size !== undefined ? { size: file.size } : {}),
  };
  const url = file.url_private_download ?? file.url_private;
  if (!acceptedUpload(name) || (file.size ?? 0) > MAX_UPLOAD_BYTES || !url || !trustedHost(url, client))
    return upload;
  const download = await downloadText(url, MAX_UPLOAD_BYTES, { Authorization: `Bearer ${client.token}` });
  if (download.ok) return { ...upload, text: download.text };
  return download.tooLarge ? { ...upload, size: MAX_UPLOAD_BYTES + 1 } : upload;
}
