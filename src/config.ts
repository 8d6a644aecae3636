// Configuration from the environment, validated once at start. An empty
// variable counts as unset; a bad one stops start-up with one line naming it.
// Messages never repeat a value: most of these variables are secrets.
import * as z from "zod";
import { DEFAULT_DATABASE_URL } from "./store/database-url.ts";

const optional = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** An optional variable that, when set, must pass `test`. */
function shaped(test: (value: string) => boolean, message: string) {
  return optional.refine((value) => value === undefined || test(value), { message });
}

const instant = optional.pipe(
  z
    .string()
    .optional()
    .refine((value) => value === undefined || !Number.isNaN(Date.parse(value)), {
      message: "must be an ISO 8601 instant, e.g. 2016-11-21T09:00:00+01:00",
    })
    .transform((value) => (value === undefined ? undefined : new Date(value))),
);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
export const APP_TYPES = ["MultiTenant", "SingleTenant", "UserAssignedMSI"] as const;

function httpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const schema = z.object({
  PORT: optional
    .pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "must be a port number, e.g. 3000")
        .optional(),
    )
    .transform((value) => (value === undefined ? 3000 : Number(value)))
    .pipe(z.number().max(65535, "must be at most 65535")),
  DATABASE_URL: shaped(
    (value) => /^(file:|postgres:\/\/|postgresql:\/\/)/.test(value),
    'must start with "file:" (SQLite) or "postgres://" / "postgresql://" (PostgreSQL)',
  ).transform((value) => value ?? DEFAULT_DATABASE_URL),
  RAPPORTEUR_NOW: instant,
  // The bot's base URL as users' browsers reach it: download links (Teams
  // channels and group chats) point there. Unset, the links name this machine.
  RAPPORTEUR_PUBLIC_URL: shaped(httpUrl, "must be an http(s) URL, e.g. https://rapporteur.example.org"),
  LOG_LEVEL: optional.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  // Slack shows it as 32 hex digits; letters, digits, - and _ are let through
  // for local tests, a token pasted into the wrong variable is not.
  SLACK_SIGNING_SECRET: shaped(
    (value) => /^[A-Za-z0-9_-]{16,}$/.test(value) && !/^(xox[a-z]|xapp)-/.test(value),
    "must be the app's Signing Secret (Basic Information, 32 hex digits), not a token",
  ),
  SLACK_BOT_TOKEN: shaped(
    (value) => /^xoxb-[A-Za-z0-9-]+$/.test(value),
    'must be the bot token starting with "xoxb-" (OAuth & Permissions)',
  ),
  SLACK_API_URL: shaped(httpUrl, "must be an http(s) URL, e.g. https://slack.com/api/"),
  SLACK_APP_TOKEN: shaped(
    (value) => /^xapp-[A-Za-z0-9-]+$/.test(value),
    'must be the app-level token starting with "xapp-" (Basic Information, connections:write)',
  ),
  MICROSOFT_APP_ID: shaped(
    (value) => GUID.test(value),
    "must be the Azure Bot's Microsoft App ID, a GUID like 9c1e7d2a-4b1f-4a55-8f0e-6b3f0f7d2e11",
  ),
  MICROSOFT_APP_PASSWORD: shaped(
    (value) => !/\s/.test(value),
    "must be the client secret without spaces or line breaks",
  ),
  MICROSOFT_APP_TENANT_ID: shaped(
    (value) => GUID.test(value) || DOMAIN.test(value),
    "must be a tenant GUID or domain (contoso.onmicrosoft.com)",
  ),
  MICROSOFT_APP_TYPE: shaped(
    (value) => APP_TYPES.some((type) => type.toLowerCase() === value.toLowerCase()),
    `must be one of ${APP_TYPES.join(", ")}`,
  ),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

type Raw = Partial<Record<keyof Config, string>>;

/** Variables that only make sense together: half a platform is refused, not silently switched off. */
function pairingProblems(env: NodeJS.ProcessEnv): string[] {
  const raw: Raw = {};
  for (const key of schema.keyof().options) {
    const value = env[key]?.trim();
    if (value) raw[key] = value;
  }
  const problems: string[] = [];
  if (raw.SLACK_BOT_TOKEN && !raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    problems.push(
      "SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  if (!raw.SLACK_BOT_TOKEN && (raw.SLACK_SIGNING_SECRET || raw.SLACK_APP_TOKEN)) {
    const given = raw.SLACK_SIGNING_SECRET ? "SLACK_SIGNING_SECRET" : "SLACK_APP_TOKEN";
    problems.push(`SLACK_BOT_TOKEN is required when ${given} is set`);
  }
  const type = raw.MICROSOFT_APP_TYPE?.toLowerCase() ?? "multitenant";
  if (raw.MICROSOFT_APP_ID && !raw.MICROSOFT_APP_PASSWORD && type !== "userassignedmsi") {
    problems.push(
      "MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set (unset MICROSOFT_APP_ID for local mode)",
    );
  }
  if (!raw.MICROSOFT_APP_ID && (raw.MICROSOFT_APP_PASSWORD || raw.MICROSOFT_APP_TENANT_ID)) {
    const given = raw.MICROSOFT_APP_PASSWORD ? "MICROSOFT_APP_PASSWORD" : "MICROSOFT_APP_TENANT_ID";
    problems.push(`MICROSOFT_APP_ID is required when ${given} is set`);
  }
  if (
    raw.MICROSOFT_APP_ID &&
    (type === "singletenant" || type === "userassignedmsi") &&
    !raw.MICROSOFT_APP_TENANT_ID
  ) {
    problems.push(`MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is ${raw.MICROSOFT_APP_TYPE}`);
  }
  return problems;
}

/**
 * The validated configuration; a ConfigError whose message is one line naming
 * every bad variable. `pairs: false` checks each variable's form but not that
 * a platform is fully configured, for tools that need one variable (the Teams
 * package needs the app id, not its secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { pairs?: boolean } = {}): Config {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`)),
    ...(options.pairs === false ? [] : pairingProblems(env)),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}
