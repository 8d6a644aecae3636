// The store's types, apart from the code that opens it, so the SQLite and
// PostgreSQL openers can both name them without importing each other.
import type { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

export interface OpenedStore {
  db: Db;
  kind: "sqlite" | "postgres";
  /** Where the data lives: the SQLite file, or the PostgreSQL URL with its password masked. */
  file: string;
  migrationsApplied: string[];
  /** No committee was on record when the store was opened: the process seeds one. */
  emptyAtOpen: boolean;
  close(): Promise<void>;
}
