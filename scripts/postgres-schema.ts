// `npm run db:postgres [-- --baseline]`: keeps the PostgreSQL twin of the data
// model in step with prisma/schema.prisma, which stays the only schema anyone
// edits. It writes prisma/postgres/schema.prisma (the same model with the
// postgresql provider and its own client, src/generated/prisma-pg) and, for
// each SQLite migration with no PostgreSQL twin yet, the twin under the same
// name: `prisma migrate diff` (offline, no database) from the model the
// PostgreSQL migrations reached so far, which is the committed
// prisma/postgres/schema.prisma, to the model now. `npm run db:migrate` calls it
// after each new SQLite migration. With --baseline (only while no PostgreSQL
// database exists) the twins are rebuilt from nothing: the whole model in the
// first, a note in each of the others.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SQLITE_SCHEMA = join(ROOT, "prisma/schema.prisma");
export const SQLITE_MIGRATIONS = join(ROOT, "prisma/migrations");
export const POSTGRES_SCHEMA = join(ROOT, "prisma/postgres/schema.prisma");
export const POSTGRES_MIGRATIONS = join(ROOT, "prisma/postgres/migrations");
/**
 * What `prisma migrate diff` cannot carry (triggers, functions, seed rows),
 * written by hand in PostgreSQL's dialect, one file per migration of the same
 * name: appended to that migration's twin whenever it is generated.
 */
export const POSTGRES_BY_HAND = join(ROOT, "prisma/postgres/by-hand");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts: do not edit.
// Change prisma/schema.prisma and run \`npm run db:migrate -- --name <change>\`,
// which writes this file and the PostgreSQL twin of the new migration.

`;

/** The PostgreSQL twin of the SQLite schema text: another provider, another client folder, nothing else. */
export function postgresSchema(sqlite: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const url = /(datasource\s+db\s*\{[^}]*?url\s*=\s*)env\("DATABASE_URL"\)[^\n]*/;
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/src\/generated\/prisma"/;
  if (!provider.test(sqlite) || !url.test(sqlite) || !output.test(sqlite)) {
    throw new Error(
      'prisma/schema.prisma no longer has `provider = "sqlite"` and `url = env("DATABASE_URL")` in `datasource db` and `output = "../src/generated/prisma"` in `generator client`: update scripts/postgres-schema.ts to match.',
    );
  }
  return (
    HEADER +
    sqlite
      .replace(provider, '$1"postgresql"')
      // Never used (src/store/open-postgres.ts connects through @prisma/adapter-pg), but
      // `prisma generate` checks it against the provider, and DATABASE_URL is often a file: URL.
      .replace(url, '$1"postgresql://localhost/unused" // the app connects to DATABASE_URL itself')
      .replace(output, '$1"../../src/generated/prisma-pg"')
  );
}

/** Migration folder names, oldest first. */
export function migrationNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The SQL that takes a PostgreSQL database from one model (or none) to another. */
function diff(from: string | null, to: string): string {
  const scratch = mkdtempSync(join(tmpdir(), "rapporteur-pg-schema-"));
  try {
    const toFile = join(scratch, "to.prisma");
    writeFileSync(toFile, to);
    const fromArgs =
      from === null ? ["--from-empty"] : ["--from-schema-datamodel", join(scratch, "from.prisma")];
    if (from !== null) writeFileSync(join(scratch, "from.prisma"), from);
    const cli = join(ROOT, "node_modules/prisma/build/index.js");
    const run = spawnSync(
      process.execPath,
      [cli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script"],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`prisma migrate diff failed:\n${run.stderr}${run.stdout}`);
    return run.stdout;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The hand-written part of a migration's twin ("" when it has none), checked against the SQLite migration. */
export function byHand(name: string): string {
  const file = join(POSTGRES_BY_HAND, `${name}.sql`);
  const sqlite = readFileSync(join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8");
  if (existsSync(file)) return `\n${readFileSync(file, "utf8")}`;
  if (/\bCREATE\s+TRIGGER\b/i.test(sqlite)) {
    throw new Error(
      `prisma/migrations/${name} creates triggers, which prisma migrate diff does not carry: write their PostgreSQL form in prisma/postgres/by-hand/${name}.sql and run this again.`,
    );
  }
  return "";
}

export interface SyncResult {
  /** PostgreSQL migrations written, by name. */
  written: string[];
  schemaWritten: boolean;
}

export function syncPostgres(options: { baseline?: boolean } = {}): SyncResult {
  const target = postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  const sqliteNames = migrationNames(SQLITE_MIGRATIONS);
  if (options.baseline) rmSync(POSTGRES_MIGRATIONS, { recursive: true, force: true });
  const postgresNames = migrationNames(POSTGRES_MIGRATIONS);
  const orphans = postgresNames.filter((name) => !sqliteNames.includes(name));
  if (orphans.length > 0) {
    throw new Error(
      `PostgreSQL migrations with no SQLite twin: ${orphans.join(", ")}. A SQLite migration was renamed or removed; while no PostgreSQL database exists, rebuild the twins with \`npm run db:postgres -- --baseline\`.`,
    );
  }
  const reached =
    !options.baseline && existsSync(POSTGRES_SCHEMA) ? readFileSync(POSTGRES_SCHEMA, "utf8") : null;
  const missing = sqliteNames.filter((name) => !postgresNames.includes(name));
  if (missing.length === 0) {
    if (reached !== target) {
      throw new Error(
        "prisma/schema.prisma differs from the model its migrations reach: run `npm run db:migrate -- --name <change>` (it writes both migrations). If a SQLite migration was edited in place instead, and no PostgreSQL database exists yet, rebuild the twins with `npm run db:postgres -- --baseline`.",
      );
    }
    return { written: [], schemaWritten: false };
  }
  const [first, ...rest] = missing as [string, ...string[]];
  const sql = diff(reached, target);
  mkdirSync(join(POSTGRES_MIGRATIONS, first), { recursive: true });
  writeFileSync(
    join(POSTGRES_MIGRATIONS, first, "migration.sql"),
    `-- PostgreSQL twin of prisma/migrations/${first}, generated by scripts/postgres-schema.ts.\n${sql}${byHand(first)}`,
  );
  for (const name of rest) {
    mkdirSync(join(POSTGRES_MIGRATIONS, name), { recursive: true });
    writeFileSync(
      join(POSTGRES_MIGRATIONS, name, "migration.sql"),
      `-- PostgreSQL twin of prisma/migrations/${name}: nothing to do, ${first} already made this change.\n${byHand(name)}`,
    );
  }
  writeFileSync(
    join(POSTGRES_MIGRATIONS, "migration_lock.toml"),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  writeFileSync(POSTGRES_SCHEMA, target);
  return { written: missing, schemaWritten: true };
}

/** Regenerates the PostgreSQL client from prisma/postgres/schema.prisma. */
export function generatePostgresClient(): void {
  const cli = join(ROOT, "node_modules/prisma/build/index.js");
  const run = spawnSync(process.execPath, [cli, "generate", "--schema", POSTGRES_SCHEMA], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) throw new Error("prisma generate of the PostgreSQL client failed");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = syncPostgres({ baseline: process.argv.includes("--baseline") });
  if (result.written.length > 0) {
    console.log(`PostgreSQL migrations written: ${result.written.join(", ")}`);
    generatePostgresClient();
  } else {
    console.log("PostgreSQL schema and migrations are up to date.");
  }
}
