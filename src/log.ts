// Logs go to stderr as JSON lines, so stdout stays free for the console
// adapter's --json contract.
import { pino } from "pino";

export type Logger = pino.Logger;

export function createLogger(level = "info"): Logger {
  return pino({ level, base: { app: "rapporteur" } }, pino.destination(2));
}

export const silentLogger: Logger = pino({ level: "silent" });
