// The platforms' side of the HTTP benchmark, on 127.0.0.1: Slack's Web API
// (the bot calls auth.test once; the scheduler's deliveries post messages and
// upload files, the large committee's first sweep several hundred), response_url, and the Bot Framework connector Teams
// replies go to. Unlike the recording fakes in test/fixtures, these keep only
// a count and the last reply, so they stay cheap under load: they are part of
// both the real and the bare measurements.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface BenchFakes {
  /** Slack Web API base, ending in "/api/". */
  slackApiUrl: string;
  /** Bot Framework serviceUrl, ending in "/". */
  connectorUrl: string;
  /** A slash command's response_url. */
  responseUrl: string;
  /** Activities posted to the connector so far. */
  replies(): number;
  /** The body of the last activity posted to the connector. */
  lastReply(): string;
  /** Activities posted to the connector that apologise for a fault. */
  apologies(): number;
  /**
   * From now on, counts the activities posted to the connector that contain
   * `phrase` and no apology (one watch at a time: a new one ends the last).
   */
  watchReplies(phrase: string): () => number;
  close(): Promise<void>;
}

/** The start of the apology both adapters send when a turn fails. */
export const FAULT = "went wrong on my side";

function slackAnswer(method: string, base: string): unknown {
  switch (method) {
    case "auth.test":
      return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0CCM", user: "rapporteur" };
    case "files.getUploadURLExternal":
      return { ok: true, upload_url: `${base}/upload`, file_id: "FBENCH" };
    case "files.completeUploadExternal":
      return { ok: true, files: [{ id: "FBENCH", title: "file" }] };
    default:
      return { ok: true };
  }
}

export async function startFakes(): Promise<BenchFakes> {
  let replies = 0;
  let last = "";
  let sent = 0;
  let apologies = 0;
  let watched = { phrase: "", count: 0 };
  let base = "";
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      if (path.startsWith("/api/")) {
        const answer = slackAnswer(path.slice(5), base);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(answer));
        return;
      }
      if (path.startsWith("/v3/conversations/")) {
        replies += 1;
        sent += 1;
        last = Buffer.concat(chunks).toString("utf8");
        if (last.includes(FAULT)) apologies += 1;
        else if (watched.phrase && last.includes(watched.phrase)) watched.count += 1;
        response.writeHead(request.method === "PUT" ? 200 : 201, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: `sent-${sent}` }));
        return;
      }
      // A slash command's response_url.
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slackApiUrl: `${base}/api/`,
    connectorUrl: `${base}/`,
    responseUrl: `${base}/response/1`,
    replies: () => replies,
    lastReply: () => last,
    apologies: () => apologies,
    watchReplies: (phrase) => {
      const watch = { phrase, count: 0 };
      watched = watch;
      return () => watch.count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
