// `npm run backup`: a consistent copy of the SQLite file while the bot runs,
// through SQLite's online backup API. All pages are copied in one step, inside
// one read transaction, so the copy is the database as of one commit: in WAL
// mode that read blocks no writer, and a step never restarts half-way because
// another connection wrote. The copy is then checked and switched to a
// rollback journal, so it is one self-contained file.
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "./database-url.ts";

export class BackupError extends Error {}

export interface BackupResult {
  source: string;
  destination: string;
  pages: number;
}

/** As the app waits for a writer's lock (src/store/open.ts). */
const BUSY_TIMEOUT_MS = 5000;
/** Largest step better-sqlite3 accepts: every page in one go. */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(databaseUrl: string, destination: string): Promise<BackupResult> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new BackupError(
      'DATABASE_URL is PostgreSQL: back it up with pg_dump (e.g. pg_dump --format=custom --file=rapporteur.dump "$DATABASE_URL"); npm run backup copies SQLite files only.',
    );
  }
  if (!databaseUrl.startsWith("file:")) {
    throw new BackupError('DATABASE_URL must be a SQLite "file:" URL for npm run backup.');
  }
  const source = sqliteFilePath(databaseUrl);
  if (source === ":memory:") throw new BackupError("An in-memory database cannot be backed up.");
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  const target = path.resolve(destination);
  if (target === source) throw new BackupError("The backup would overwrite the database itself.");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    if (existsSync(target + suffix)) {
      throw new BackupError(`${target + suffix} already exists: name a new file for the backup.`);
    }
  }
  if (!existsSync(path.dirname(target)))
    throw new BackupError(`The folder ${path.dirname(target)} does not exist.`);

  const db = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  let pages: number;
  try {
    ({ totalPages: pages } = await db.backup(target, { progress: () => ALL_PAGES }));
  } finally {
    db.close();
  }
  const copy = new Database(target, { timeout: BUSY_TIMEOUT_MS });
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`The backup at ${target} failed its integrity check: ${check}`);
  } finally {
    copy.close();
  }
  return { source, destination: target, pages };
}
