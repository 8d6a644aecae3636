// Where the database lives: DATABASE_URL, or a file under data/. Prisma does
// not read .env when a config file exists, so this is the one place it is decided.
// A `file:` URL is SQLite; `postgres://` or `postgresql://` is PostgreSQL.
import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/rapporteur.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The URL with its password masked, for logs and messages. */
export function redactedUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

/** The file behind a `file:` URL, resolved against the working directory; its folder is created. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL here; got "${redactedUrl(url)}".`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  const file = path.resolve(raw);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
