// Bolt and the WebClient log through the process's pino logger. Their
// arguments become one message string, so objects are stringified with the
// same fields blanked as pino's redaction blanks (tokens, secrets,
// Authorization, bodies); the logger's scrubber then catches any secret
// value or token left inside the text.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { type Logger, redactingReplacer } from "../../src/log.ts";

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: "slack" });
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts
      .map((part) => (typeof part === "string" ? part : JSON.stringify(part, redactingReplacer)))
      .join(" ");
  return {
    debug: (...parts) => child.debug(text(parts)),
    info: (...parts) => child.info(text(parts)),
    warn: (...parts) => child.warn(text(parts)),
    error: (...parts) => child.error(text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
