// `npm run chat -- [--as <delegation or person>] [--json]`: talk to the core
// from a terminal or a script, as one committee member, in a local DM.
// stdout carries only the chat (with --json: only the JSON lines); logs,
// refusals and usage go to stderr. Exit 0 at end of input, 2 on bad arguments.
// Scripts should call `npx tsx adapters/console/cli.ts` or `npm run --silent chat`:
// plain `npm run` prints its own banner on stdout.
import { inspect, parseArgs } from "node:util";
import { clockFromEnv } from "../../src/clock.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { createCore } from "../../src/core/core.ts";
import { createLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { startConsoleChat } from "./session.ts";
import { resolveSpeaker } from "./speaker.ts";

const USAGE = `Usage: npm run chat -- [--as <delegation or person>] [--json]
  --as <name>  speak as a delegation's first listed person ("Norway", "BiH") or as a
               person ("Asim Dorovic", "Hauge"); default: the secretariat
  --json       print one JSON line per input line and nothing else:
               {"input": "...", "replies": [{"visibility": "public"|"private", "text": "..."}]}
Reads one message per line from stdin; prompts when stdin is a terminal. Ctrl-D exits.`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_REFUSED = 2;

type Arguments = { ok: true; as?: string; json: boolean; help: boolean } | { ok: false; message: string };

function parseArguments(argv: string[]): Arguments {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { as: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
    if (positionals.length > 0) {
      const hint = values.as
        ? ` Put a name with spaces in quotes: --as "${[values.as, ...positionals].join(" ")}".`
        : "";
      return { ok: false, message: `Unexpected argument "${positionals.join(" ")}".${hint}` };
    }
    return { ok: true, as: values.as, json: values.json ?? false, help: values.help ?? false };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** With --json, stdout is a contract: anything that would print there goes to stderr instead. */
function reserveStdoutForJson(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.dir = (item: unknown, options?: object) => console.error(inspect(item, options));
}

async function chat(args: { as?: string; json: boolean }): Promise<number> {
  // Logs go to stderr; at "info" they would interleave with the conversation.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL?.trim() || "warn" });
  const clock = clockFromEnv(config.RAPPORTEUR_NOW);
  const logger = createLogger(config.LOG_LEVEL);
  let store: OpenedStore | undefined;
  try {
    store = await prepareStore(config.DATABASE_URL, clock, logger);
    const speaker = await resolveSpeaker(store.db, args.as);
    if (!speaker.ok) {
      process.stderr.write(`${speaker.message}\n`);
      return EXIT_REFUSED;
    }
    const core = createCore({ db: store.db, clock, logger });
    await startConsoleChat({
      core,
      personId: speaker.personId,
      who: speaker,
      input: process.stdin,
      output: process.stdout,
      json: args.json,
      interactive: process.stdin.isTTY === true,
      logger,
    });
    return EXIT_OK;
  } catch (error) {
    logger.debug({ err: error }, "console failed");
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await store?.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n\n${USAGE}\n`);
    return EXIT_REFUSED;
  }
  if (args.help) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (args.json) reserveStdoutForJson();
  // A reader that stops early (`| head -1`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT_OK);
    throw error;
  });
  try {
    return await chat(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
