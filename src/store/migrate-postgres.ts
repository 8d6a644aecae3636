// Applies prisma/postgres/migrations in-process, with the same `_prisma_migrations`
// bookkeeping as `prisma migrate deploy` on PostgreSQL (its table definition,
// sha256 of migration.sql), so the Prisma CLI sees the database as up to date.
// Replicas starting together queue on an advisory lock: the first applies
// what is pending, the others then find nothing left to do.
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { pendingMigrations } from "./migrate.ts";

export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(
  new URL("../../prisma/postgres/migrations", import.meta.url),
);

/** The advisory lock key of schema changes: any constant, the same in every replica. */
const MIGRATION_LOCK = 20161104;

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Applies pending migrations; returns the names applied. Refuses a database that is ahead of this code. */
export async function applyPostgresMigrations(url: string, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Session-level: held across the per-migration transactions below, released at unlock or disconnect.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done: string[] = [];
    for (const migration of pendingMigrations(new Set(rows.map((row) => row.name)), dir)) {
      const startedAt = new Date();
      // PostgreSQL's DDL is transactional: a migration that fails leaves nothing behind.
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.end();
  }
}
