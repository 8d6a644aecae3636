// Configuration from the environment, validated once at start. An empty
// variable counts as unset; a bad one stops start-up with its name.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./store/database-url.ts";

const optional = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const instant = optional.pipe(
  z
    .string()
    .optional()
    .refine((value) => value === undefined || !Number.isNaN(Date.parse(value)), {
      message: "must be an ISO 8601 instant, e.g. 2016-11-21T09:00:00+01:00",
    })
    .transform((value) => (value === undefined ? undefined : new Date(value))),
);

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
  DATABASE_URL: optional.pipe(z.string().default(DEFAULT_DATABASE_URL)),
  RAPPORTEUR_NOW: instant,
  LOG_LEVEL: optional.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_URL: optional,
  SLACK_APP_TOKEN: optional,
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MICROSOFT_APP_TYPE: optional,
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}
