// The one HTTP server: health, and the routes platform adapters mount
// (POST /slack/events, POST /api/messages). Unmounted platform routes answer
// 503 naming the variables that enable them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../log.ts";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HttpOptions {
  logger: Logger;
  routes: Map<string, RouteHandler>;
  /** Why an unmounted platform route is off, keyed like routes ("POST /slack/events"). */
  disabled?: Map<string, string>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

export function createHttpServer(options: HttpOptions): Server {
  const { logger, routes, disabled = new Map() } = options;
  return createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const key = `${request.method ?? "GET"} ${path}`;
    if (key === "GET /healthz" || key === "HEAD /healthz") {
      sendJson(response, 200, { status: "ok" });
      return;
    }
    const handler = routes.get(key);
    if (handler) {
      Promise.resolve(handler(request, response)).catch((error: unknown) => {
        logger.error({ err: error, route: key }, "route failed");
        if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
      });
      return;
    }
    const reason = disabled.get(key);
    if (reason) {
      sendJson(response, 503, { error: reason });
      return;
    }
    sendJson(response, 404, {
      error: `No route for ${key}. Routes: GET /healthz, POST /slack/events, POST /api/messages.`,
    });
  });
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
