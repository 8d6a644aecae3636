// The PostgreSQL schema and migrations are generated from the SQLite ones
// (scripts/postgres-schema.ts): these checks fail when someone changed
// prisma/schema.prisma or added a migration without `npm run db:migrate`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  byHand,
  migrationNames,
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresSchema,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
} from "../../scripts/postgres-schema.ts";

const FIX =
  "run `npm run db:migrate -- --name <change>` (or `npm run db:postgres` after a bare `prisma migrate dev`)";

describe("the PostgreSQL twin of the data model", () => {
  it("is prisma/schema.prisma with only provider, url and client folder changed", () => {
    const generated = postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    const committed = readFileSync(POSTGRES_SCHEMA, "utf8");
    expect(committed === generated, `prisma/postgres/schema.prisma is stale: ${FIX}`).toBe(true);
    expect(generated).toMatch(/provider = "postgresql"/);
    expect(generated).toMatch(/output\s+= "\.\.\/\.\.\/src\/generated\/prisma-pg"/);
  });

  it("has a PostgreSQL migration for every SQLite migration, under the same name", () => {
    const sqlite = migrationNames(SQLITE_MIGRATIONS);
    const postgres = migrationNames(POSTGRES_MIGRATIONS);
    expect(
      sqlite.filter((name) => !postgres.includes(name)),
      `SQLite migrations with no PostgreSQL twin: ${FIX}`,
    ).toEqual([]);
    expect(postgres.filter((name) => !sqlite.includes(name))).toEqual([]);
    for (const name of postgres) {
      expect(existsSync(join(POSTGRES_MIGRATIONS, name, "migration.sql")), name).toBe(true);
    }
  });

  it("refuses a schema whose provider or client lines it does not recognise", () => {
    const schema = readFileSync(SQLITE_SCHEMA, "utf8");
    expect(() => postgresSchema(schema.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      /scripts\/postgres-schema\.ts/,
    );
  });

  it("keeps the hand-written PostgreSQL part (triggers) of every migration that needs one in its twin", () => {
    const withTriggers = migrationNames(SQLITE_MIGRATIONS).filter((name) =>
      /\bCREATE\s+TRIGGER\b/i.test(readFileSync(join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8")),
    );
    expect(withTriggers.length).toBeGreaterThanOrEqual(2);
    for (const name of withTriggers) {
      const part = byHand(name);
      expect(part, `${name} has no prisma/postgres/by-hand file`).toMatch(/CREATE TRIGGER/);
      const twin = readFileSync(join(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8");
      expect(twin.endsWith(part), `${name}'s twin lacks its hand-written part`).toBe(true);
    }
  });
});
