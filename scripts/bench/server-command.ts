// The server under test is started the way `npm start` starts it: the
// `start` script is read from package.json when the bench runs, and its
// command is run without npm in front. `node [flags] <file>` runs as written
// (with this Node); `tsx <file>` runs as `node --import tsx <file>`, which is
// what the tsx CLI does in a second process. Anything else is refused, so a
// changed start script is noticed rather than benchmarked wrongly. If
// package.json has a `prestart` script (a build), it is run once per bench
// process first, as `npm start` would, so a bundle is never stale.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface ServerCommand {
  /** How the table names it, e.g. "node --enable-source-maps dist/main.js". */
  label: string;
  /** Arguments to this Node (process.execPath). */
  nodeArgs: string[];
  /** VAR=value assignments written before the command in the script. */
  env: Record<string, string>;
}

function scripts(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  return manifest.scripts ?? {};
}

/** The `start` script as a Node command line, or an error saying why it cannot be. */
export function parseStartScript(script: string): ServerCommand {
  if (/[|&;<>()$`"'\\]/.test(script))
    throw new Error(`bench: the start script "${script}" uses the shell; cannot run it without npm`);
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
    const [name = "", ...value] = (words.shift() ?? "").split("=");
    env[name] = value.join("=");
  }
  const [program, ...args] = words;
  const file = args.at(-1);
  if (!file || file.startsWith("-"))
    throw new Error(`bench: the start script "${script}" names no file to run`);
  if (program === "node") return { label: `node ${args.join(" ")}`, nodeArgs: args, env };
  if (program === "tsx")
    return { label: `node --import tsx ${args.join(" ")}`, nodeArgs: ["--import", "tsx", ...args], env };
  throw new Error(`bench: the start script "${script}" is neither "node ... <file>" nor "tsx <file>"`);
}

let built = false;

/** The server command `npm start` runs, after `npm run prestart` if there is one (once per process). */
export function serverCommand(log: (line: string) => void): ServerCommand {
  const all = scripts();
  const start = all.start;
  if (!start) throw new Error("bench: package.json has no start script");
  const command = parseStartScript(start);
  if (all.prestart && !built) {
    log(`bench: npm run prestart (${all.prestart}), as npm start does before the server`);
    execFileSync("npm", ["run", "--silent", "prestart"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    built = true;
  }
  const file = command.nodeArgs.at(-1) ?? "";
  if (!existsSync(join(ROOT, file)))
    throw new Error(`bench: the start script runs ${file}, which does not exist (is it built?)`);
  return command;
}
