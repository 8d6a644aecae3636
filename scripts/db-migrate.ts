// `npm run db:migrate -- --name x`: prisma migrate dev, with the first of the
// two faults in ../shared/STACK.md worked around here (a brand-new file fails
// with P1014, so existing migrations are applied first); the second (P3006) is
// handled in prisma.config.ts. Then the PostgreSQL twin of the new migration
// is written (scripts/postgres-schema.ts), so the two sets never drift apart.
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "../src/store/database-url.ts";
import { applyMigrations } from "../src/store/migrate.ts";
import { generatePostgresClient, syncPostgres } from "./postgres-schema.ts";

const url = databaseUrl();
if (isPostgresUrl(url)) {
  console.error(
    "db:migrate writes migrations from a scratch SQLite file (e.g. DATABASE_URL=file:/tmp/x.db) and derives the PostgreSQL ones; it does not run against PostgreSQL.",
  );
  process.exit(2);
}
const file = sqliteFilePath(url);
const db = new Database(file);
applyMigrations(db);
db.close();

const result = spawnSync("npx", ["prisma", "migrate", "dev", ...process.argv.slice(2)], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);

const synced = syncPostgres();
if (synced.written.length > 0) {
  console.log(`PostgreSQL twin written: prisma/postgres/migrations/${synced.written.join(", ")}`);
  generatePostgresClient();
}
