// `npm start`: migrate and (if empty) seed the database, serve HTTP, and, when
// started from a terminal, open the console chat in the same process.
import { parseArgs } from "node:util";
import { startConsoleChat } from "../adapters/console/session.ts";
import { resolveSpeaker } from "../adapters/console/speaker.ts";
import { slackMount } from "../adapters/slack/deferred.ts";
import { slackDisabledReason } from "../adapters/slack/disabled.ts";
import { deferredTeams } from "../adapters/teams/deferred.ts";
import { clockFromEnv } from "./clock.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { createCore } from "./core/core.ts";
import { createHttpServer, listen } from "./http/server.ts";
import { chooseLogDestination, createLogger, type LogDestination, logFileFor } from "./log.ts";
import type { AdapterDeps, PlatformMount } from "./platform.ts";
import { prepareStore } from "./prepare-store.ts";
import { startScheduler } from "./schedule/scheduler.ts";
import { MigrationError } from "./store/migrate.ts";

/** The adapters switched on by the configuration, each with its routes. */
async function mountPlatforms(deps: AdapterDeps): Promise<PlatformMount[]> {
  const mounts: PlatformMount[] = [];
  // @slack/bolt is loaded only when Slack is configured, and over HTTP only after the server listens.
  if (!slackDisabledReason(deps.config)) mounts.push(await slackMount(deps));
  mounts.push(deferredTeams(deps));
  return mounts;
}

function startupLine(
  config: Config,
  port: number,
  mounts: PlatformMount[],
  logs?: LogDestination,
): { line: string; disabled: Map<string, string> } {
  const disabled = new Map<string, string>();
  const off: string[] = [];
  if (!mounts.some((mount) => mount.name === "slack")) {
    const slack = slackDisabledReason(config) ?? "Slack is off";
    disabled.set("POST /slack/events", slack);
    off.push(slack);
  }
  const active = ["console", ...mounts.map((mount) => mount.summary)];
  return {
    line: [
      `Rapporteur on http://127.0.0.1:${port} (GET /healthz). Active: ${active.join(", ")}.`,
      ...off.map((reason) => `${reason}.`),
      ...(logs?.kind === "file" ? [`Logs go to ${logs.file} (errors are also shown here).`] : []),
    ].join(" "),
    disabled,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { as: { type: "string" } },
    allowPositionals: false,
    strict: false,
  });
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // The console chat opens when stdin is a terminal; if stderr is that
  // terminal too, log lines go to a file rather than into the conversation.
  const logs = chooseLogDestination({
    stderrIsTerminal: process.stderr.isTTY === true,
    consoleChat: process.stdin.isTTY === true,
    logFile: logFileFor(config.DATABASE_URL),
  });
  const logger = createLogger(config.LOG_LEVEL, undefined, logs);
  const clock = clockFromEnv(config.RAPPORTEUR_NOW);
  if (config.RAPPORTEUR_NOW)
    logger.info({ now: clock.now().toISOString() }, "clock started at RAPPORTEUR_NOW");
  const store = await prepareStore(config.DATABASE_URL, clock, logger);
  const core = createCore({ db: store.db, clock, logger });
  const mounts = await mountPlatforms({ core, db: store.db, clock, logger, config });
  const routes = new Map(mounts.flatMap((mount) => [...mount.routes]));
  const server = createHttpServer({
    logger,
    routes,
    disabled: startupLine(config, config.PORT, mounts).disabled,
  });
  const port = await listen(server, config.PORT);
  for (const mount of mounts) await mount.start?.();
  // The meeting cycle sends through whichever platforms are mounted; with
  // none, it still plans, and sends once a platform is configured.
  const scheduler = startScheduler({
    db: store.db,
    clock,
    logger,
    ports: mounts.flatMap((mount) => (mount.delivery ? [mount.delivery] : [])),
  });
  process.stderr.write(`${startupLine(config, port, mounts, logs).line}\n`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.close();
    await scheduler.stop();
    for (const mount of mounts) await mount.stop?.();
    await store.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  if (process.stdin.isTTY) {
    const speaker = await resolveSpeaker(store.db, typeof values.as === "string" ? values.as : undefined);
    if (!speaker.ok) {
      process.stderr.write(`${speaker.message}\n`);
      await stop(2);
      return 2;
    }
    await startConsoleChat({
      core,
      db: store.db,
      personId: speaker.personId,
      input: process.stdin,
      output: process.stdout,
      logger,
    });
    process.stderr.write("Console closed; the server keeps running. Ctrl-C stops it.\n");
  }
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof MigrationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `Rapporteur could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
