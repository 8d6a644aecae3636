// Logs go to stderr, so stdout stays free for the console adapter's --json
// contract: JSON lines when stderr is not a terminal (tests, production and
// their parsers), readable lines when it is. While the console chat shares
// the terminal, the lines go to a file instead (JSON) and only errors are
// shown, readable, on the terminal (chooseLogDestination). No secret reaches
// a line, whatever the destination: pino blanks the fields that carry them
// (tokens, passwords, Authorization headers, request bodies), and every line
// is scrubbed of the configured secret values and of anything shaped like a
// Slack token or a bearer credential, which also catches secrets inside
// message strings (Bolt's and the WebClient's debug lines).
import path from "node:path";
import { pino } from "pino";
import { secretValues } from "./secrets.ts";

export type Logger = pino.Logger;

export const REDACTED = "[Redacted]";

const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "password",
  "secret",
  "signingSecret",
  "clientSecret",
  "client_secret",
  "MicrosoftAppPassword",
  "authorization",
  "Authorization",
  "body",
];

export const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  "*.headers.authorization",
  "*.headers.Authorization",
  "*.*.headers.authorization",
  "*.*.headers.Authorization",
  "err.config.data",
  "err.original.config.data",
  "err.original.config.headers",
  "err.request",
  "err.response.config",
];

const SECRET_KEY_SET = new Set(SECRET_KEYS.map((key) => key.toLowerCase()));

/** For JSON.stringify: blanks the fields pino's redaction would blank, at any depth. */
export function redactingReplacer(key: string, value: unknown): unknown {
  return SECRET_KEY_SET.has(key.toLowerCase()) && value !== undefined && value !== null ? REDACTED : value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces `secrets` (as given and as JSON escapes them) and token-shaped text in a serialised line. */
export function scrubber(secrets: readonly string[]): (line: string) => string {
  const literals = [...new Set(secrets.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]))]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const known = literals.length > 0 ? new RegExp(literals.join("|"), "g") : null;
  return (line) =>
    (known ? line.replace(known, REDACTED) : line)
      .replace(/\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g, `$1-${REDACTED}`)
      .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`);
}

/** Where log lines go. */
export type LogDestination =
  /** JSON lines on stderr. */
  | { kind: "json" }
  /** Readable lines on stderr, a terminal. */
  | { kind: "readable" }
  /** JSON lines appended to `file`; errors also readable on stderr, the terminal the console chat uses. */
  | { kind: "file"; file: string };

/**
 * JSON unless a person reads stderr: then readable lines, or, when the
 * console chat shares that terminal, a file (`logFile`) so that log lines do
 * not interleave with the conversation.
 */
export function chooseLogDestination(options: {
  stderrIsTerminal: boolean;
  consoleChat: boolean;
  logFile: string;
}): LogDestination {
  if (!options.stderrIsTerminal) return { kind: "json" };
  return options.consoleChat ? { kind: "file", file: options.logFile } : { kind: "readable" };
}

/** The log file beside a SQLite database (`data/rapporteur.db` -> `data/rapporteur.log`), else `data/rapporteur.log`. */
export function logFileFor(databaseUrl: string): string {
  const raw = databaseUrl.startsWith("file:") ? (databaseUrl.slice("file:".length).split("?")[0] ?? "") : "";
  if (!raw || raw === ":memory:") return path.join("data", "rapporteur.log");
  const parsed = path.parse(raw);
  return path.join(parsed.dir, `${parsed.name}.log`);
}

const LEVEL_NAMES: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO ",
  40: "WARN ",
  50: "ERROR",
  60: "FATAL",
};
const LEVEL_COLOURS: Record<number, string> = { 40: "\x1b[33m", 50: "\x1b[31m", 60: "\x1b[41m" };
const QUIET_KEYS = new Set(["level", "time", "msg", "app", "pid", "hostname", "err"]);

function readableValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * One JSON log line as a person reads it: `09:00:01.234 WARN  message key=value ...`,
 * an error's stack indented below. A line that is not JSON is returned as it came.
 */
export function readableLine(line: string, colour = false): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith("\n") ? line : `${line}\n`;
  }
  if (typeof record !== "object" || record === null) return line.endsWith("\n") ? line : `${line}\n`;
  const level = typeof record.level === "number" ? record.level : 30;
  const time = typeof record.time === "number" ? new Date(record.time) : new Date();
  const clock = [time.getHours(), time.getMinutes(), time.getSeconds()]
    .map((part) => String(part).padStart(2, "0"))
    .join(":");
  const name = LEVEL_NAMES[level] ?? `L${level}`.padEnd(5);
  const shown = colour && LEVEL_COLOURS[level] ? `${LEVEL_COLOURS[level]}${name}\x1b[0m` : name;
  const fields = Object.entries(record)
    .filter(([key]) => !QUIET_KEYS.has(key))
    .map(([key, value]) => `${key}=${readableValue(value)}`);
  const head = [
    `${clock}.${String(time.getMilliseconds()).padStart(3, "0")}`,
    shown,
    record.msg ?? "",
    ...fields,
  ]
    .filter((part) => part !== "")
    .join(" ");
  const err = record.err as { message?: unknown; stack?: unknown } | undefined;
  const stack =
    err && typeof err === "object"
      ? String(err.stack ?? err.message ?? JSON.stringify(err))
          .split("\n")
          .map((text) => `    ${text}`)
          .join("\n")
      : "";
  return stack ? `${head}\n${stack}\n` : `${head}\n`;
}

/** A pino stream that writes `readableLine`s to stderr, scrubbed once more. */
function readableStream(scrub: (line: string) => string): { write(line: string): void } {
  const colour = process.stderr.isTTY === true && !process.env.NO_COLOR;
  // pino's own synchronous destination, which retries a busy terminal (EAGAIN).
  const out = pino.destination({ dest: 2, sync: true });
  return {
    write(line: string) {
      out.write(scrub(readableLine(line, colour)));
    },
  };
}

/**
 * A logger at `level`; `secrets` defaults to the secret variables of this
 * process's environment, `destination` to JSON on stderr, or readable lines
 * when stderr is a terminal.
 */
export function createLogger(
  level = "info",
  secrets: readonly string[] = secretValues(),
  destination: LogDestination = chooseLogDestination({
    stderrIsTerminal: process.stderr.isTTY === true,
    consoleChat: false,
    logFile: "",
  }),
): Logger {
  const scrub = scrubber(secrets);
  const options: pino.LoggerOptions = {
    level,
    base: { app: "rapporteur" },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: scrub },
  };
  switch (destination.kind) {
    case "json":
      return pino(options, pino.destination(2));
    case "readable":
      return pino(options, readableStream(scrub));
    case "file":
      return pino(
        options,
        pino.multistream([
          {
            level: level as pino.Level,
            stream: pino.destination({ dest: destination.file, append: true, mkdir: true, sync: true }),
          },
          { level: "error", stream: readableStream(scrub) },
        ]),
      );
  }
}

export const silentLogger: Logger = pino({ level: "silent" });
