// Opens the store named by a database URL, migrated: a `file:` URL is a SQLite
// file (WAL, a busy timeout, the better-sqlite3 adapter), a `postgres://` URL
// a PostgreSQL database (src/store/open-postgres.ts). Either way the rest of
// the code sees one client type, Db.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { openSqliteChangeFeed } from "./change-feed-sqlite.ts";
import { registerChangeFeed } from "./change-feeds.ts";
import { isPostgresUrl, sqliteFilePath } from "./database-url.ts";
import { applyMigrations } from "./migrate.ts";
import type { OpenedStore } from "./store-types.ts";

export type { Db, OpenedStore } from "./store-types.ts";

export const BUSY_TIMEOUT_MS = 5000;

export async function openStore(url: string): Promise<OpenedStore> {
  // Loaded only for PostgreSQL: its client and driver cost start-up time and memory otherwise.
  if (isPostgresUrl(url)) return (await import("./open-postgres.ts")).openPostgresStore(url);
  const file = sqliteFilePath(url);
  const raw = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  let migrationsApplied: string[];
  let emptyAtOpen: boolean;
  try {
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    migrationsApplied = applyMigrations(raw);
    // Asked here, not through Prisma: a first Prisma query loads and compiles
    // its query compiler (about 150 ms), which the server puts off until after it listens.
    emptyAtOpen = raw.prepare('SELECT NOT EXISTS (SELECT 1 FROM "Committee")').pluck().get() === 1;
  } finally {
    raw.close();
  }
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  const changes = openSqliteChangeFeed(file);
  registerChangeFeed(db, changes);
  return {
    db,
    kind: "sqlite",
    file,
    migrationsApplied,
    emptyAtOpen,
    close: async () => {
      await changes.close();
      await db.$disconnect();
    },
  };
}
