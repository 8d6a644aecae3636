// `npm run admin -- <verb> ...`: the secretariat's shell for linking chat
// accounts to committee members and binding workspaces. Argument parsing and exit codes only; the
// work is in identities.ts and people.ts. Refusals go to stderr with exit 2.
import { type Clock, clockFromEnv } from "../clock.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { prepareStore } from "../prepare-store.ts";
import type { Db, OpenedStore } from "../store/open.ts";
import { type BindingResult, bind, bindingsReport, unbind } from "./bindings.ts";
import { type IdentityResult, linkIdentity, unlinkIdentity } from "./identities.ts";
import { peopleReport } from "./people.ts";

const USAGE = `Usage:
  npm run admin -- link <slack|teams> <team id or tenant id> <user id> "<person name>"
      Link a chat account to a committee member (full name, or family name when unique).
  npm run admin -- unlink <slack|teams> <team id or tenant id> <user id>
      Remove a chat account's link.
  npm run admin -- people
      List the committee's members by delegation, with roles and linked accounts.
  npm run admin -- bind <slack|teams> <team id or tenant id> [channel id]
      Let the bot answer in that workspace (or only in that channel of it, and direct messages).
  npm run admin -- unbind <slack|teams> <team id or tenant id> [channel id]
      Remove a binding.
  npm run admin -- bindings
      List the bindings. A workspace without any is served only if accounts are linked in it.

Uses the database at DATABASE_URL (the same as npm start), migrated and seeded if needed.`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_REFUSED = 2;

type Invocation =
  | { verb: "link"; platform: string; workspaceId: string; userId: string; personName: string }
  | { verb: "unlink"; platform: string; workspaceId: string; userId: string }
  | { verb: "people" }
  | { verb: "bind" | "unbind"; platform: string; workspaceId: string; channelId?: string }
  | { verb: "bindings" }
  | { verb: "usage"; problem?: string };

type Command = Exclude<Invocation, { verb: "usage" }>;

function parseInvocation(args: readonly string[]): Invocation {
  const [verb = "", ...rest] = args;
  switch (verb.toLowerCase()) {
    case "link": {
      const [platform, workspaceId, userId, ...name] = rest;
      const personName = name.join(" ").trim();
      if (!platform || !workspaceId || !userId || personName === "") {
        return {
          verb: "usage",
          problem: "link needs a platform, a team or tenant id, a user id and a person's name.",
        };
      }
      return { verb: "link", platform, workspaceId, userId, personName };
    }
    case "unlink": {
      const [platform, workspaceId, userId, ...extra] = rest;
      if (!platform || !workspaceId || !userId || extra.length > 0) {
        return { verb: "usage", problem: "unlink takes a platform, a team or tenant id and a user id." };
      }
      return { verb: "unlink", platform, workspaceId, userId };
    }
    case "people":
    case "bindings":
      if (rest.length > 0) return { verb: "usage", problem: `${verb.toLowerCase()} takes no arguments.` };
      return { verb: verb.toLowerCase() as "people" | "bindings" };
    case "bind":
    case "unbind": {
      const [platform, workspaceId, channelId, ...extra] = rest;
      if (!platform || !workspaceId || extra.length > 0) {
        return {
          verb: "usage",
          problem: `${verb.toLowerCase()} takes a platform, a team or tenant id and, optionally, a channel id.`,
        };
      }
      return { verb: verb.toLowerCase() as "bind" | "unbind", platform, workspaceId, channelId };
    }
    case "":
    case "help":
    case "--help":
    case "-h":
      return { verb: "usage" };
    default:
      return { verb: "usage", problem: `Unknown command "${verb}".` };
  }
}

function report(result: IdentityResult | BindingResult): number {
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    return EXIT_REFUSED;
  }
  process.stdout.write(`${result.message}\n`);
  return EXIT_OK;
}

async function perform(db: Db, clock: Clock, invocation: Command): Promise<number> {
  switch (invocation.verb) {
    case "link":
      return report(await linkIdentity(db, clock, invocation));
    case "unlink":
      return report(await unlinkIdentity(db, clock, invocation));
    case "people":
      process.stdout.write(`${(await peopleReport(db)).join("\n")}\n`);
      return EXIT_OK;
    case "bind":
      return report(await bind(db, clock, invocation));
    case "unbind":
      return report(await unbind(db, clock, invocation));
    case "bindings":
      process.stdout.write(`${(await bindingsReport(db)).join("\n")}\n`);
      return EXIT_OK;
  }
}

async function run(invocation: Command): Promise<number> {
  // Logs go to stderr; below "warn" they would bury the one line this prints.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL?.trim() || "warn" });
  const clock = clockFromEnv(config.RAPPORTEUR_NOW);
  const logger = createLogger(config.LOG_LEVEL);
  let store: OpenedStore | undefined;
  try {
    store = await prepareStore(config.DATABASE_URL, clock, logger);
    return await perform(store.db, clock, invocation);
  } catch (error) {
    logger.debug({ err: error }, "admin command failed");
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await store?.close();
  }
}

async function main(args: readonly string[]): Promise<number> {
  const invocation = parseInvocation(args);
  if (invocation.verb === "usage") {
    process.stderr.write(`${invocation.problem ? `${invocation.problem}\n\n` : ""}${USAGE}\n`);
    return EXIT_REFUSED;
  }
  try {
    return await run(invocation);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
