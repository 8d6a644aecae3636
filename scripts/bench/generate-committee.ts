// A large committee for the benchmarks: the seeded 2016 committee grown to
// 100 coalitions, 5,000 action items, 500 meetings (2014-2017) and 20,000
// updates, written once into a SQLite file and kept in tmp/bench-cache/ under
// a hash of everything that shapes it, so a second run copies instead of
// regenerating. `quick` is about a tenth of that.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { seedCommittee } from "../../src/seed/load.ts";
import { openStore } from "../../src/store/open.ts";
import { addChatAccounts, addCoalitions, addStaff, loadCtx } from "./committee-people.ts";
import { addActions, addAttendance, addMeetings, addUpdates } from "./committee-records.ts";
import { seededRandom } from "./words.ts";

export const ROOT = join(import.meta.dirname, "..", "..");

/** The committee's "now" in the benchmarks: late 2017, so most of the records are history. */
export const BENCH_NOW = new Date("2017-11-20T08:00:00Z");

/** Totals, the seeded committee's own rows included. */
export interface CommitteeScale {
  coalitions: number;
  actions: number;
  meetings: number;
  updates: number;
  /** People added to each member delegation. */
  staff: number;
}

export const FULL_SCALE: CommitteeScale = {
  coalitions: 100,
  actions: 5000,
  meetings: 500,
  updates: 20_000,
  staff: 3,
};
// A tenth, except updates: 50 meetings hold at most 50 x (8 areas + 30 coalitions) of them.
export const QUICK_SCALE: CommitteeScale = {
  coalitions: 30,
  actions: 500,
  meetings: 50,
  updates: 1500,
  staff: 1,
};

export interface CommitteeCounts {
  delegations: number;
  persons: number;
  coalitions: number;
  meetings: number;
  actions: number;
  openActions: number;
  updates: number;
}

const TRANSACTION_TIMEOUT_MS = 600_000;

/** Seeds `url` and grows it to `scale`; the store must be empty. */
export async function buildCommittee(
  url: string,
  scale: CommitteeScale,
  now = BENCH_NOW,
): Promise<CommitteeCounts> {
  const store = await openStore(url);
  try {
    const { db } = store;
    const { committeeId } = await seedCommittee(db, { now });
    await db.$transaction(
      async (tx) => {
        const ctx = await loadCtx(tx, committeeId, seededRandom(2014), now);
        await addStaff(ctx, scale.staff);
        await addCoalitions(ctx, scale.coalitions - ctx.coalitions.length);
        const seeded = await tx.meeting.count({ where: { committeeId } });
        const meetings = await addMeetings(ctx, scale.meetings - seeded, "2014-01-08", "2017-12-28");
        const held = meetings.filter((m) => m.status === "held");
        const next = meetings.find((m) => m.status === "scheduled");
        await addAttendance(ctx, held);
        const recorded = await tx.actionItem.count({ where: { committeeId } });
        await addActions(ctx, scale.actions - recorded, held, meetings);
        // Updates arrive for meetings held and for the next one, never further ahead.
        await addUpdates(ctx, scale.updates, next ? [...held, next] : held);
        await addChatAccounts(ctx);
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
    return await countRows(db, committeeId);
  } finally {
    await store.close();
  }
}

async function countRows(
  db: Awaited<ReturnType<typeof openStore>>["db"],
  committeeId: number,
): Promise<CommitteeCounts> {
  const where = { committeeId };
  return {
    delegations: await db.delegation.count({ where }),
    persons: await db.person.count({ where }),
    coalitions: await db.countryCoalition.count({ where }),
    meetings: await db.meeting.count({ where }),
    actions: await db.actionItem.count({ where }),
    openActions: await db.actionItem.count({ where: { committeeId, status: "open" } }),
    updates: await db.update.count({ where }),
  };
}

const GENERATOR_FILES = ["generate-committee.ts", "committee-people.ts", "committee-records.ts", "words.ts"];

/** Everything the generated file depends on: this generator, the seed, the migrations, the scale. */
function contentHash(scale: CommitteeScale): string {
  const hash = createHash("sha256").update(JSON.stringify({ scale, now: BENCH_NOW }));
  for (const name of GENERATOR_FILES) hash.update(name).update(readFileSync(join(import.meta.dirname, name)));
  const seed = join(ROOT, "src", "seed");
  for (const name of readdirSync(seed)
    .filter((n) => n.endsWith(".ts"))
    .sort())
    hash.update(name).update(readFileSync(join(seed, name)));
  const migrations = join(ROOT, "prisma", "migrations");
  for (const name of readdirSync(migrations).sort()) {
    const sql = join(migrations, name, "migration.sql");
    if (existsSync(sql)) hash.update(name).update(readFileSync(sql));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The generated committee's file in the cache, built if missing. A single
 * file (no WAL beside it), never opened by the benchmarks: copy it first.
 */
export async function committeeFile(scale: CommitteeScale, log: (line: string) => void): Promise<string> {
  const cache = join(ROOT, "tmp", "bench-cache");
  const file = join(cache, `committee-${contentHash(scale)}.db`);
  if (existsSync(file)) {
    log(`committee: cached ${file}`);
    return file;
  }
  mkdirSync(cache, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const started = performance.now();
  log(
    `committee: generating ${scale.coalitions} coalitions, ${scale.actions} action items, ${scale.meetings} meetings, ${scale.updates} updates`,
  );
  try {
    const counts = await buildCommittee(`file:${partial}`, scale);
    // Fold the write-ahead log into the file, so one copy carries everything.
    const raw = new Database(partial);
    raw.pragma("journal_mode = DELETE");
    raw.close();
    renameSync(partial, file);
    log(
      `committee: generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
    );
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  }
  return file;
}

/** A working copy of a cached committee in `dir`; returns its DATABASE_URL. */
export function copyCommittee(file: string, dir: string, name = "committee.db"): string {
  const target = join(dir, name);
  copyFileSync(file, target);
  return `file:${target}`;
}
