// PostgreSQL: the migrations applied (under an advisory lock, so replicas
// starting together do not race), then a client generated from
// prisma/postgres/schema.prisma over @prisma/adapter-pg. Prisma refuses a
// postgres adapter on the SQLite-generated client, hence a second client.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client.ts";
import { openPostgresChangeFeed } from "./change-feed-postgres.ts";
import { registerChangeFeed } from "./change-feeds.ts";
import { redactedUrl } from "./database-url.ts";
import { applyPostgresMigrations } from "./migrate-postgres.ts";
import type { Db, OpenedStore } from "./store-types.ts";

/** Connections per process; a replica's sweeps and requests rarely need more than a few at once. */
const POOL_SIZE = 10;

export async function openPostgresStore(url: string): Promise<OpenedStore> {
  const migrationsApplied = await applyPostgresMigrations(url);
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE }) });
  // The one cast between the two clients. Sound because both are generated from one model
  // (prisma/postgres/schema.prisma is made from prisma/schema.prisma, and
  // test/unit/postgres-schema.test.ts fails when it is not): their model methods, arguments and
  // results are the same types. The PostgreSQL client has a few extras the SQLite types lack
  // (skipDuplicates, mode: "insensitive"); the cast hides them, it never promises something
  // PostgreSQL lacks. Errors come from the one shared runtime (@prisma/client/runtime/client),
  // so `instanceof Prisma.PrismaClientKnownRequestError` holds.
  const db = client as unknown as Db;
  const changes = openPostgresChangeFeed(url);
  registerChangeFeed(db, changes);
  const emptyAtOpen = (await db.committee.count()) === 0;
  return {
    db,
    kind: "postgres",
    file: redactedUrl(url),
    migrationsApplied,
    emptyAtOpen,
    close: async () => {
      await changes.close();
      await client.$disconnect();
    },
  };
}
