// The one "Slack" that every replica of scripts/replicas/run.ts posts to: an
// HTTP server on loopback that keeps every message in arrival order and
// answers lookups by idempotency key, as Slack's conversation history would.
// A hook sees each message after it is kept and before the answer goes back,
// which is where a replica is killed "after Slack posted, before the bot knew".
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  key: string;
  conversationId: string;
  replica: string;
}

export interface Recorder {
  url: string;
  messages: Recorded[];
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, string>;
}

/** `afterKeep` returns false to leave the sender without an answer (it has just been killed). */
export async function startRecorder(afterKeep: (message: Recorded) => boolean): Promise<Recorder> {
  const messages: Recorded[] = [];
  const server = createServer(async (request, response) => {
    const { key = "", conversationId = "", replica = "" } = await body(request);
    if (request.url === "/send") {
      const message = { key, conversationId, replica };
      messages.push(message);
      if (!afterKeep(message)) return;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ messageId: `m${messages.length}`, conversationId }));
      return;
    }
    const index = messages.findIndex((m) => m.key === key && m.conversationId === conversationId);
    if (request.url !== "/find" || index < 0) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ messageId: `m${index + 1}`, conversationId }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
