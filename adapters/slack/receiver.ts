// A Bolt receiver that lives on the shared HTTP server: POST /slack/events
// takes events, slash commands, interactivity and options alike. Signature and
// timestamp checks are Bolt's own (parseAndVerifyHTTPRequest), so a bad
// signature or a stale timestamp is a 401 before any listener runs.
//
// An Events API request is claimed (its event_id written to the database)
// before it is acknowledged: Bolt acks events before any middleware runs, so
// a claim there could be lost to a crash after Slack had its 200 and would
// never retry. Here a claim that cannot be written is a 500 and nothing runs,
// so Slack retries; an event already claimed is acked and skipped.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Logger as BoltLogger, Receiver, ReceiverEvent } from "@slack/bolt";
import { HTTPModuleFunctions, HTTPResponseAck } from "@slack/bolt";

export interface SharedReceiver extends Receiver {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export interface SharedReceiverOptions {
  signingSecret: string;
  logger: BoltLogger;
  /** Claims an event id: true the first time, false for a retry or duplicate; throws when it cannot tell. */
  claimEvent?: (eventId: string) => Promise<boolean>;
}

export function sharedServerReceiver(options: SharedReceiverOptions): SharedReceiver {
  const { signingSecret, logger, claimEvent } = options;
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
    if (claimEvent && body.type === "event_callback" && typeof body.event_id === "string") {
      let first: boolean;
      try {
        first = await claimEvent(body.event_id);
      } catch (error) {
        // Not acked: Slack retries, and the retry claims it afresh.
        logger.error(
          `Could not claim Slack event ${body.event_id}; answering 500 so Slack retries: ${error instanceof Error ? error.message : String(error)}`,
        );
        HTTPModuleFunctions.buildNoBodyResponse(response, 500);
        return;
      }
      if (!first) {
        logger.info(`Slack event ${body.event_id} already claimed; acked and skipped`);
        HTTPModuleFunctions.buildNoBodyResponse(response, 200);
        return;
      }
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
