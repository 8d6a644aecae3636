// The baseline for the Teams benchmark: a botbuilder CloudAdapter in local
// mode (no app id, as Rapporteur's is in the benchmark) whose turn only echoes
// the message back through the connector, behind the same POST /api/messages
// route and HTTP server as Rapporteur. Run as a child process by
// http-teams.ts; prints "bare botbuilder on http://127.0.0.1:<port>" once it
// listens, stops on SIGTERM.
import { createBotAdapter } from "../../adapters/teams/bot-adapter.ts";
import { messagesRoute } from "../../adapters/teams/route.ts";
import { loadConfig } from "../../src/config.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";

type Turn = Parameters<typeof messagesRoute>[1];

const logger = createLogger(process.env.LOG_LEVEL || "info");
const { adapter } = createBotAdapter(loadConfig({}));
const echo: Turn = async (context) => {
  if (context.activity.type === "message") await context.sendActivity(`Echo: ${context.activity.text ?? ""}`);
};

const server = createHttpServer({
  logger,
  routes: new Map([["POST /api/messages", messagesRoute(adapter, echo, logger)]]),
});
const port = await listen(server, Number(process.env.PORT ?? 0), "127.0.0.1");
process.stderr.write(`bare botbuilder on http://127.0.0.1:${port}\n`);
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
