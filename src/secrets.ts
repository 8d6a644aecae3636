// The values that must never reach a log line: the platform secrets, and the
// password inside a PostgreSQL DATABASE_URL.
export const SECRET_VARIABLES = [
  "SLACK_SIGNING_SECRET",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "MICROSOFT_APP_PASSWORD",
] as const;

/** Shorter values are too likely to occur by chance to be scrubbed by value. */
const MIN_SCRUBBED_LENGTH = 6;

export function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const values: string[] = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? "");
  const url = env.DATABASE_URL?.trim() ?? "";
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const password = new URL(url).password;
      values.push(password, decodeURIComponent(password));
    } catch {
      // A malformed URL is refused by the configuration check, which names it without its value.
    }
  }
  return [...new Set(values.filter((value) => value.length >= MIN_SCRUBBED_LENGTH))];
}
