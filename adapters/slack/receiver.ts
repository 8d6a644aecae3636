// A Bolt receiver that lives on the shared HTTP server: POST /slack/events
// takes events, slash commands, interactivity and options alike. Signature and
// timestamp checks are Bolt's own (parseAndVerifyHTTPRequest), so a bad
// signature or a stale timestamp is a 401 before any listener runs.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Logger as BoltLogger, Receiver, ReceiverEvent } from "@slack/bolt";
import { HTTPModuleFunctions, HTTPResponseAck } from "@slack/bolt";

export interface SharedReceiver extends Receiver {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export function sharedServerReceiver(options: { signingSecret: string; logger: BoltLogger }): SharedReceiver {
  const { signingSecret, logger } = options;
  let app: App | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret, logger }, request);
    } catch (error) {
      if (HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413) {
        HTTPModuleFunctions.buildNoBodyResponse(response, 413);
        return;
      }
      logger.warn(`Refused a Slack request: ${error instanceof Error ? error.message : String(error)}`);
      HTTPModuleFunctions.buildNoBodyResponse(response, 401);
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return;
    }
    if (body.ssl_check === "1") {
      HTTPModuleFunctions.buildSSLCheckResponse(response);
      return;
    }
    if (body.type === "url_verification") {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
      return;
    }
    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: response,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
    };
    try {
      await app?.processEvent(event);
    } catch (error) {
      logger.error(`Slack listener failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) HTTPModuleFunctions.buildNoBodyResponse(response, 500);
    }
  }

  return {
    init(bolt: App) {
      app = bolt;
    },
    start: async () => undefined,
    stop: async () => undefined,
    handle,
  };
}
