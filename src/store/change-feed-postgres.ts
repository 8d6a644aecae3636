// The PostgreSQL change feed: the stamp rows read over a small pool of our
// own (one round trip, no Prisma) on every call. PostgreSQL has no
// data_version; LISTEN/NOTIFY would save the round trip, but a notification
// of this process's own commit can arrive after the reply that must show it,
// so the stamps are read every time and stay the one source of truth.
import pg from "pg";
import { type ChangeFeed, STAMPS_SQL, stampsFromRows } from "./change-feed.ts";

export function openPostgresChangeFeed(url: string): ChangeFeed {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // an idle connection dropped by the server must not crash the process; the next query reconnects
  pool.on("error", () => {});
  return {
    async stamps() {
      const result = await pool.query<{ id: number; version: number }>(STAMPS_SQL);
      return stampsFromRows(result.rows);
    },
    async close() {
      await pool.end();
    },
  };
}
