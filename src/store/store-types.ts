// The store's types, apart from the code that opens it, so the SQLite and
// PostgreSQL openers can both name them without importing each other.
import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The client of either database, typed as the SQLite client: both are generated
 * from one model, so their model methods, arguments and results are the same
 * types (src/store/open-postgres.ts casts its client to this, the one place
 * that does). Which database it is never comes from the client: code whose SQL
 * differs is handed the store's `kind`.
 */
export type Db = PrismaClient;

export type StoreKind = "sqlite" | "postgres";

export interface OpenedStore {
  db: Db;
  kind: StoreKind;
  /** Where the data lives: the SQLite file, or the PostgreSQL URL with its password masked. */
  file: string;
  migrationsApplied: string[];
  /** No committee was on record when the store was opened: the process seeds one. */
  emptyAtOpen: boolean;
  close(): Promise<void>;
}
