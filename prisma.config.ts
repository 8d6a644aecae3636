// Prisma CLI configuration: the JavaScript schema engine over better-sqlite3,
// so no native engine is downloaded (see ../shared/STACK.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import {
  DEFAULT_DATABASE_URL,
  databaseUrl,
  isPostgresUrl,
  sqliteFilePath,
} from "./src/store/database-url.ts";

// The CLI works on SQLite (migrations are written there; the PostgreSQL twins
// are derived by scripts/postgres-schema.ts, and the app applies both itself).
// prisma/schema.prisma's env("DATABASE_URL") is only checked, never connected
// to, yet a postgres:// URL there fails the check and sends `prisma generate`
// off to download an engine: so it always sees a file: URL, and adapter()
// below refuses a PostgreSQL DATABASE_URL with its own message.
const url = databaseUrl();
process.env.DATABASE_URL = isPostgresUrl(url) ? DEFAULT_DATABASE_URL : url;

// The engine replays a whole migration.sql through executeRaw, which
// better-sqlite3 refuses for more than one statement (P3006 in migrate dev);
// argument-free multi-statement scripts are sent to executeScript instead.
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    const statements = query.sql.split(";").filter((part) => part.replace(/--[^\n]*/g, "").trim() !== "");
    if (query.args.length === 0 && statements.length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function scriptTolerant(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => acceptScripts(await factory.connect()),
    connectToShadowDb: async () => acceptScripts(await factory.connectToShadowDb()),
  };
}

export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  engine: "js",
  async adapter() {
    return scriptTolerant(new PrismaBetterSQLite3({ url: sqliteFilePath(url) }));
  },
});
