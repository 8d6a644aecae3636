// Prisma CLI configuration: the JavaScript schema engine over better-sqlite3,
// so no native engine is downloaded (see ../shared/STACK.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { databaseUrl, sqliteFilePath } from "./src/store/database-url.ts";

process.env.DATABASE_URL = databaseUrl();

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
    const url = sqliteFilePath(databaseUrl());
    return scriptTolerant(new PrismaBetterSQLite3({ url }));
  },
});
