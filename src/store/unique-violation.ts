// A write that lost a race for a unique key. Prisma reports it as P2002 on
// SQLite and PostgreSQL alike, so nothing here depends on the database.
import { Prisma } from "../generated/prisma/client.ts";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
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
