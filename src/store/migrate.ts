// Applies prisma/migrations in-process, writing the same `_prisma_migrations`
// rows as `prisma migrate deploy` (sha256 checksum of migration.sql), so the
// Prisma CLI sees the database as up to date. In-process because spawning the
// CLI costs about 1.4 s on every start; this costs a few milliseconds.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsOnDisk(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(`${dir}/${name}/migration.sql`, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The migrations in `dir` not yet applied, oldest first; refuses a database that is ahead of this code. */
export function pendingMigrations(applied: ReadonlySet<string>, dir: string): Migration[] {
  const known = migrationsOnDisk(dir);
  const unknown = [...applied].filter((name) => !known.some((migration) => migration.name === name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations this code does not know (${unknown.join(", ")}): it was written by a newer Rapporteur. Update the code or use another DATABASE_URL.`,
    );
  }
  return known.filter((migration) => !applied.has(migration.name));
}

/** Applies pending migrations; returns the names applied. Refuses a database that is ahead of this code. */
export function applyMigrations(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(HISTORY_TABLE);
  const rows = db
    .prepare(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .all() as { name: string }[];
  const applied = new Set(rows.map((row) => row.name));
  const pending = pendingMigrations(applied, dir);
  const record = db.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
  );
  const done: string[] = [];
  for (const migration of pending) {
    const startedAt = new Date().toISOString();
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(randomUUID(), migration.checksum, migration.name, startedAt, new Date().toISOString());
    })();
    done.push(migration.name);
  }
  return done;
}
