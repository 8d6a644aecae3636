// Which parts of the committee's records changed since the last look, read
// from the stamps that database triggers move on every write (the
// DirectoryStamp rows, prisma/migrations/*_directory_stamp and
// *_record_stamps). Asked on every request, so it must cost microseconds when
// nothing changed: on SQLite, `PRAGMA data_version` on a connection of our
// own moves whenever any other connection (Prisma's, the admin CLI's, another
// process's) commits, and only then are the stamp rows read; neither goes
// through Prisma, whose every query is compiled afresh (~1 ms of CPU).

/** The parts of the read model, by their stamp row id. */
export const PARTS = {
  directory: 1,
  coalitions: 2,
  actions: 3,
  meetings: 4,
  updates: 5,
  passages: 6,
  cycle: 7,
  minutes: 8,
} as const;

export type Part = keyof typeof PARTS;

/** Stamp version by part; a part whose stamp row is missing reads as -1 (always reloaded). */
export type Stamps = Readonly<Record<Part, number>>;

/** The rows of a part changed after a change log position, and the position they reach. */
export interface Changes {
  last: number;
  rowIds: number[];
}

export interface ChangeFeed {
  /** The stamps now. Resolves without a database round trip when nothing was committed since the last call. */
  stamps(): Promise<Stamps>;
  /** The rows of `part` changed after change `after`; null when the log was pruned past it (reload the part). */
  changes(part: Part, after: number): Promise<Changes | null>;
  close(): Promise<void>;
}

/**
 * The change log keeps its newest rows only (the scheduler prunes it): a
 * position older than that may have lost rows, so its reader reloads.
 */
export const CHANGES_KEPT = 20_000;

export const LAST_CHANGE_SQL = 'SELECT COALESCE(MAX("id"), 0) AS "last" FROM "RecordChange"';
/** Parameters: part, after (both positional, in the dialect's placeholder). */
export const CHANGES_SQL = (placeholder: (n: number) => string) =>
  `SELECT "id", "rowId" FROM "RecordChange" WHERE "part" = ${placeholder(1)} AND "id" > ${placeholder(2)} ORDER BY "id"`;

/** Changes from the last position and the rows after `after`, or null when `after` is older than the log keeps. */
export function changesFrom(
  last: number,
  after: number,
  rows: readonly { id: number; rowId: number }[],
): Changes | null {
  if (after < last - CHANGES_KEPT) return null;
  const reached = rows.reduce((max, row) => Math.max(max, Number(row.id)), after);
  return { last: reached, rowIds: [...new Set(rows.map((row) => Number(row.rowId)))] };
}

export function stampsFromRows(rows: readonly { id: number; version: number }[]): Stamps {
  const byId = new Map(rows.map((row) => [Number(row.id), Number(row.version)]));
  const stamps = {} as Record<Part, number>;
  for (const [part, id] of Object.entries(PARTS) as [Part, number][]) stamps[part] = byId.get(id) ?? -1;
  return stamps;
}

export const STAMPS_SQL = 'SELECT "id", "version" FROM "DirectoryStamp"';
