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

export interface ChangeFeed {
  /** The stamps now. Resolves without a database round trip when nothing was committed since the last call. */
  stamps(): Promise<Stamps>;
  close(): Promise<void>;
}

export function stampsFromRows(rows: readonly { id: number; version: number }[]): Stamps {
  const byId = new Map(rows.map((row) => [Number(row.id), Number(row.version)]));
  const stamps = {} as Record<Part, number>;
  for (const [part, id] of Object.entries(PARTS) as [Part, number][]) stamps[part] = byId.get(id) ?? -1;
  return stamps;
}

export const STAMPS_SQL = 'SELECT "id", "version" FROM "DirectoryStamp"';
