// The PostgreSQL change feed: the stamp rows read over a small pool of our
// own (one round trip, no Prisma) on every call. PostgreSQL has no
// data_version; LISTEN/NOTIFY would save the round trip, but a notification
// of this process's own commit can arrive after the reply that must show it,
// so the stamps are read every time and stay the one source of truth.
import pg from "pg";
import {
  CHANGES_SQL,
  type ChangeFeed,
  changesFrom,
  LAST_CHANGE_SQL,
  PARTS,
  STAMPS_SQL,
  stampsFromRows,
} from "./change-feed.ts";

export function openPostgresChangeFeed(url: string): ChangeFeed {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // an idle connection dropped by the server must not crash the process; the next query reconnects
  pool.on("error", () => {});
  return {
    async stamps() {
      const result = await pool.query<{ id: number; version: number }>(STAMPS_SQL);
      return stampsFromRows(result.rows);
    },
    async changes(part, after) {
      // the position first: rows committed between the two reads are read again by the next call
      const last = await pool.query<{ last: number }>(LAST_CHANGE_SQL);
      const rows = await pool.query<{ id: number; rowId: number }>(
        CHANGES_SQL((n) => `$${n}`),
        [PARTS[part], after],
      );
      return changesFrom(Number(last.rows[0]?.last ?? 0), after, rows.rows);
    },
    async close() {
      await pool.end();
    },
  };
}
