// `npm run db:migrate -- --name x`: prisma migrate dev, with the first of the
// two faults in ../shared/STACK.md worked around here (a brand-new file fails
// with P1014, so existing migrations are applied first); the second (P3006) is
// handled in prisma.config.ts.
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "../src/store/database-url.ts";
import { applyMigrations } from "../src/store/migrate.ts";

const file = sqliteFilePath(databaseUrl());
const db = new Database(file);
applyMigrations(db);
db.close();

const result = spawnSync("npx", ["prisma", "migrate", "dev", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
