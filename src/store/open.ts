// Opens the store: migrates the SQLite file, sets WAL and a busy timeout, and
// returns a Prisma client over the better-sqlite3 adapter.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { sqliteFilePath } from "./database-url.ts";
import { applyMigrations } from "./migrate.ts";

export type Db = PrismaClient;

export const BUSY_TIMEOUT_MS = 5000;

export interface OpenedStore {
  db: Db;
  file: string;
  migrationsApplied: string[];
  close(): Promise<void>;
}

export async function openStore(url: string): Promise<OpenedStore> {
  const file = sqliteFilePath(url);
  const raw = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  let migrationsApplied: string[];
  try {
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    migrationsApplied = applyMigrations(raw);
  } finally {
    raw.close();
  }
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  return { db, file, migrationsApplied, close: () => db.$disconnect() };
}
