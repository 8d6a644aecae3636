// POST /api/messages on the shared node:http server. botbuilder's
// CloudAdapter.process expects Express/Restify request and response objects
// with a parsed body; here the body is read and parsed directly and the
// activity handed to the adapter, whose answer (an invoke response, or
// nothing) becomes the HTTP response. Authentication failures are 401; a body
// that is not an activity Teams would send (no conversation, sender or
// serviceUrl) is 400 and runs nothing.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import type { RouteHandler } from "../../src/http/server.ts";
import type { Logger } from "../../src/log.ts";
import type { TeamsBotAdapter } from "./bot-adapter.ts";

/** Activities are a few KB; Teams caps messages at about 28 KB and card submits stay far below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyError(413, "Activity too large."));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function nonEmpty(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

async function readActivity(request: IncomingMessage): Promise<Activity> {
  const raw = await readBody(request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BodyError(400, "The body is not JSON.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BodyError(400, "The body is not an activity.");
  }
  const activity = parsed as Partial<Activity>;
  if (typeof activity.type !== "string" || activity.type === "") {
    throw new BodyError(400, "The activity has no type.");
  }
  // Every activity Teams sends names its conversation, its sender and where to
  // answer; one without them cannot be answered or attributed, so nothing runs.
  const missing = [
    nonEmpty(activity.conversation?.id) ? null : "conversation",
    nonEmpty(activity.from?.id) ? null : "from",
    nonEmpty(activity.serviceUrl) ? null : "serviceUrl",
  ].filter((field): field is string => field !== null);
  if (missing.length > 0) throw new BodyError(400, `The activity has no ${missing.join(", ")}.`);
  return activity as Activity;
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status, { "content-length": 0 });
    response.end();
    return;
  }
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

/** botframework-connector's AuthenticationError (not re-exported by botbuilder) carries status 401. */
function isAuthFailure(error: unknown): boolean {
  const failure = error as { name?: unknown; statusCode?: unknown } | null;
  return failure?.name === "AuthenticationError" || failure?.statusCode === 401;
}

export function messagesRoute(
  adapter: TeamsBotAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): RouteHandler {
  return async (request, response) => {
    let activity: Activity;
    try {
      activity = await readActivity(request);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      logger.warn({ status: error.status, reason: error.message }, "Teams request refused: not an activity");
      send(response, error.status, { error: error.message });
      return;
    }
    const authorization = request.headers.authorization ?? "";
    let result: InvokeResponse | undefined;
    try {
      result = await adapter.handle(authorization, activity, logic);
    } catch (error) {
      if (isAuthFailure(error)) {
        logger.warn(
          { activityType: activity.type, channelId: activity.channelId },
          "Teams request refused: no valid token",
        );
        send(response, 401, { error: "Unauthorized" });
        return;
      }
      throw error;
    }
    send(response, result?.status ?? 200, result?.body);
  };
}
