// Logs go to stderr as JSON lines, so stdout stays free for the console
// adapter's --json contract. No secret reaches a line: pino blanks the fields
// that carry them (tokens, passwords, Authorization headers, request bodies),
// and every line is scrubbed of the configured secret values and of anything
// shaped like a Slack token or a bearer credential, which also catches
// secrets inside message strings (Bolt's and the WebClient's debug lines).
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

/** A logger at `level` on stderr; `secrets` defaults to the secret variables of this process's environment. */
export function createLogger(level = "info", secrets: readonly string[] = secretValues()): Logger {
  return pino(
    {
      level,
      base: { app: "rapporteur" },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrubber(secrets) },
    },
    pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
