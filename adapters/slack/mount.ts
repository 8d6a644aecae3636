// Switches Slack on when its variables are set: a Bolt app on the shared
// server's POST /slack/events (or on Socket Mode with SLACK_APP_TOKEN), a
// Web API client pointed at SLACK_API_URL when given, and the delivery port.
import { App, type Authorize, SocketModeReceiver } from "@slack/bolt";
import type { RouteHandler } from "../../src/http/server.ts";
import type { AdapterDeps, PlatformMount } from "../../src/platform.ts";
import { claimInboundEvent } from "../../src/store/inbound-events.ts";
import { slackDelivery } from "./delivery.ts";
import { slackDisabledReason } from "./disabled.ts";
import { registerListeners } from "./listeners.ts";
import { boltLogger } from "./logger.ts";
import { sharedServerReceiver } from "./receiver.ts";
import { SLACK_HTTP_SUMMARY, SLACK_ROUTE } from "./route.ts";

export interface SlackOptions {
  /** Slash command ack budget; tests shorten it. */
  ackBudgetMs?: number;
}

export { slackDisabledReason };

export async function mountSlack(
  deps: AdapterDeps,
  options: SlackOptions = {},
): Promise<PlatformMount | null> {
  const { config, db, clock, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token || slackDisabledReason(config)) return null;
  const log = boltLogger(logger);
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  // Slack retries an event it thinks was not received; the claim is
  // persisted, so a retry after a restart (or to another replica) is still
  // processed once.
  const claimEvent = (eventId: string) =>
    claimInboundEvent(db, { platform: "slack", eventKey: eventId, at: clock.now() });
  const http = socketMode
    ? null
    : sharedServerReceiver({ signingSecret: config.SLACK_SIGNING_SECRET ?? "", logger: log, claimEvent });
  const receiver = http ?? new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN ?? "", logger: log });

  // auth.test once, lazily: the bot's own ids let Bolt ignore its own
  // messages; if the call fails the bot still answers (and bot_id checks still hold).
  let identity: { botUserId?: string; botId?: string; teamId?: string } | undefined;
  let lastTry = 0;
  const app: App = new App({
    receiver,
    logger: log,
    convoStore: false,
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      // 429s wait for Retry-After and retry; other failures back off briefly.
      retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
      rejectRateLimitedCalls: false,
    },
    authorize: (async () => {
      if (!identity && Date.now() - lastTry > 60_000) {
        lastTry = Date.now();
        try {
          const result: { user_id?: string; bot_id?: string; team_id?: string } = await app.client.auth.test({
            token,
          });
          identity = {
            ...(result.user_id ? { botUserId: result.user_id } : {}),
            ...(result.bot_id ? { botId: result.bot_id } : {}),
            ...(result.team_id ? { teamId: result.team_id } : {}),
          };
        } catch (error) {
          logger.warn({ err: error }, "Slack auth.test failed; answering without the bot's own ids");
        }
      }
      return { botToken: token, ...identity };
    }) satisfies Authorize,
  });

  // Over HTTP the receiver claims each event before acking it. Socket Mode's
  // receiver acks first (Bolt acks events before middleware), so there the
  // claim comes just after the ack.
  if (socketMode) {
    app.use(async ({ body, next }) => {
      const eventId = (body as { event_id?: unknown }).event_id;
      if (typeof eventId === "string" && !(await claimEvent(eventId))) {
        logger.info({ eventId }, "Slack event already processed; skipped");
        return;
      }
      await next();
    });
  }
  registerListeners(app, {
    core: deps.core,
    logger,
    botUserId: () => identity?.botUserId,
    ...(options.ackBudgetMs ? { ackBudgetMs: options.ackBudgetMs } : {}),
  });
  app.error(async (error) => {
    logger.error({ err: error }, "Slack app error");
  });

  const routes = new Map<string, RouteHandler>();
  if (http) routes.set(SLACK_ROUTE, (request, response) => http.handle(request, response));
  return {
    name: "slack",
    routes,
    delivery: slackDelivery(app.client),
    summary: socketMode ? "Slack (Socket Mode)" : SLACK_HTTP_SUMMARY,
    start: socketMode ? async () => void (await app.start()) : undefined,
    stop: socketMode ? async () => void (await app.stop()) : undefined,
  };
}
