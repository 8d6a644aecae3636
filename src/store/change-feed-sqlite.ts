// The SQLite change feed: a connection of our own whose
// `PRAGMA data_version` (about a microsecond) moves when another connection
// commits. Prisma's writes come through its own connection, so they move it
// too: a reply that follows a write in this process sees the write.
import Database from "better-sqlite3";
import {
  CHANGES_SQL,
  type ChangeFeed,
  changesFrom,
  LAST_CHANGE_SQL,
  PARTS,
  STAMPS_SQL,
  type Stamps,
  stampsFromRows,
} from "./change-feed.ts";

export function openSqliteChangeFeed(file: string): ChangeFeed {
  // never written through: it only reads the version and the stamps
  const connection = new Database(file, { fileMustExist: true });
  const dataVersion = connection.prepare("PRAGMA data_version").pluck();
  const readStamps = connection.prepare(STAMPS_SQL);
  const lastChange = connection.prepare(LAST_CHANGE_SQL).pluck();
  const readChanges = connection.prepare(CHANGES_SQL(() => "?"));
  let seen: number | undefined;
  let last: Stamps | undefined;
  return {
    async stamps() {
      const version = dataVersion.get() as number;
      if (last === undefined || version !== seen) {
        // read the version first: a commit between the two reads moves it again, so it is not missed
        seen = version;
        last = stampsFromRows(readStamps.all() as { id: number; version: number }[]);
      }
      return last;
    },
    async changes(part, after) {
      // one read transaction, so the position and the rows agree
      return connection.transaction(() =>
        changesFrom(
          lastChange.get() as number,
          after,
          readChanges.all(PARTS[part], after) as { id: number; rowId: number }[],
        ),
      )();
    },
    async close() {
      connection.close();
    },
  };
}
