// The few things SQLite and PostgreSQL must be asked differently, in one place.
import { Prisma } from "../generated/prisma/client.ts";

/**
 * True for a PostgreSQL client or a transaction of one. Prisma keeps the
 * provider on every client and transaction it makes (`_activeProvider`, the
 * schema's provider), with no public accessor.
 */
export function isPostgres(client: object): boolean {
  return (client as { _activeProvider?: unknown })._activeProvider === "postgresql";
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

interface InsertOnce<Row> {
  create(args: { data: Row }): PromiseLike<unknown>;
  createMany(args: { data: Row[] }): PromiseLike<{ count: number }>;
}

/**
 * Inserts `data` unless a row with the same unique key exists; true when inserted.
 * On PostgreSQL a failed statement aborts the whole transaction around it, so
 * the insert must not fail: `createMany` with skipDuplicates is one
 * `INSERT ... ON CONFLICT DO NOTHING`, which also waits for a competing
 * insert of the same key to commit or roll back. The SQLite client has no
 * skipDuplicates, but SQLite keeps a transaction usable after a failed
 * statement, so there the duplicate's error is caught.
 */
export async function insertOnce<Row>(client: object, table: InsertOnce<Row>, data: Row): Promise<boolean> {
  if (isPostgres(client)) {
    // skipDuplicates exists on the PostgreSQL client; the SQLite-typed Db does not show it.
    const args = { data: [data], skipDuplicates: true } as { data: Row[] };
    const { count } = await table.createMany(args);
    return count === 1;
  }
  try {
    await table.create({ data });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Runs `work` (a whole transaction) again when it lost a race for a unique
 * key, e.g. two replicas numbering a new row max + 1 at the same moment: the
 * loser's transaction is rolled back whole, and the retry reads the winner's row.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
