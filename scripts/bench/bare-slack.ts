// The baseline for the Slack benchmark: a Bolt app whose slash command
// listener only acks, on the same receiver (adapters/slack/receiver.ts) and
// the same HTTP server as Rapporteur, with the same signature checks and
// logger. Run as a child process by http-slack.ts; prints
// "bare bolt on http://127.0.0.1:<port>" once it listens, stops on SIGTERM.
import { App } from "@slack/bolt";
import { boltLogger } from "../../adapters/slack/logger.ts";
import { sharedServerReceiver } from "../../adapters/slack/receiver.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";

const logger = createLogger(process.env.LOG_LEVEL || "info");
const log = boltLogger(logger);
const receiver = sharedServerReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? "", logger: log });
const token = process.env.SLACK_BOT_TOKEN ?? "";
const app = new App({
  receiver,
  logger: log,
  convoStore: false,
  ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
  authorize: async () => ({ botToken: token }),
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});

const server = createHttpServer({
  logger,
  routes: new Map([["POST /slack/events", (request, response) => receiver.handle(request, response)]]),
});
const port = await listen(server, Number(process.env.PORT ?? 0), "127.0.0.1");
process.stderr.write(`bare bolt on http://127.0.0.1:${port}\n`);
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
