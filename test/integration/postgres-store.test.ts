// What must hold on PostgreSQL as on SQLite: migrations applied in-process
// once, also when replicas start together, and a database ahead of the code
// refused; inserts of an existing key that leave the transaction around them
// usable (PostgreSQL aborts a transaction on any failed statement); and of two
// connections claiming one queued row, exactly one wins. The dialect-neutral
// cases run on SQLite too; the migration cases need RAPPORTEUR_TEST_PG_URL.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { addAction } from "../../src/store/actions.ts";
import { claim, enqueue, findClaimable } from "../../src/store/delivery-queue.ts";
import { claimInboundEvent } from "../../src/store/inbound-events.ts";
import { MigrationError, migrationsOnDisk } from "../../src/store/migrate.ts";
import { POSTGRES_MIGRATIONS_DIR } from "../../src/store/migrate-postgres.ts";
import { type OpenedStore, openStore } from "../../src/store/open.ts";
import { createPostgresDatabase, TEST_PG_URL, tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");

describe("on either database", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-dialect-"));
  let url: string;
  let store: OpenedStore;
  let other: OpenedStore;
  let committeeId: number;

  beforeAll(async () => {
    url = await tempDatabaseUrl(dir);
    store = await prepareStore(url, manualClock(NOW), silentLogger);
    other = await openStore(url);
    committeeId = (await store.db.committee.findFirstOrThrow()).id;
  });

  afterAll(async () => {
    await other?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("enqueues a key once, and a duplicate inside a transaction leaves it usable", async () => {
    const planned = { key: "agenda:test-dup", kind: "agenda", dueAt: NOW } as const;
    const counted = await store.db.$transaction(async (tx) => {
      expect(await enqueue(tx, committeeId, planned, NOW)).toBe(true);
      expect(await enqueue(tx, committeeId, planned, NOW)).toBe(false);
      return tx.delivery.count({ where: { key: planned.key } });
    });
    expect(counted).toBe(1);
    expect(await enqueue(other.db, committeeId, planned, NOW)).toBe(false);
  });

  it("enqueues a row that reads back as planned, pending and claimable", async () => {
    const meetingId = (await store.db.meeting.findFirstOrThrow({ where: { committeeId } })).id;
    const dueAt = new Date("2016-11-21T07:59:59.123Z");
    const expiresAt = new Date("2016-12-07T09:00:00Z");
    const planned = {
      key: "moved:test-row",
      kind: "moved",
      meetingId,
      personId: 7,
      dueAt,
      expiresAt,
    } as const;
    expect(await enqueue(store.db, committeeId, planned, NOW)).toBe(true);
    const row = await other.db.delivery.findUniqueOrThrow({ where: { key: planned.key } });
    expect(row).toMatchObject({
      committeeId,
      kind: "moved",
      meetingId,
      personId: 7,
      areaId: null,
      actionId: null,
      standInForId: null,
      dueAt,
      expiresAt,
      status: "pending",
      attempts: 0,
      viaChannel: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect((await findClaimable(other.db, NOW, 100)).map((claimable) => claimable.key)).toContain(
      planned.key,
    );
  });

  it("claims an inbound event once across connections", async () => {
    const event = { platform: "slack", eventKey: "Ev-dialect-1", at: NOW } as const;
    const results = await Promise.all([
      claimInboundEvent(store.db, event),
      claimInboundEvent(other.db, event),
    ]);
    expect(results.sort()).toEqual([false, true]);
  });

  it("lets exactly one of two connections claim a row both saw", async (context) => {
    // Two SQLite connections in one event loop block each other in the busy wait;
    // scheduler-queue.test.ts races two workers on SQLite from a worker thread instead.
    if (store.kind === "sqlite") return context.skip("PostgreSQL only: see scheduler-queue.test.ts");
    await enqueue(store.db, committeeId, { key: "agenda:test-claim", kind: "agenda", dueAt: NOW }, NOW);
    const seen = (await findClaimable(store.db, NOW, 100)).find((row) => row.key === "agenda:test-claim");
    if (!seen) throw new Error("the row is not claimable");
    const won = await Promise.all([
      claim(store.db, seen, "a", NOW, 60_000),
      claim(other.db, seen, "b", NOW, 60_000),
    ]);
    expect(won.filter((row) => row !== null)).toHaveLength(1);
  });

  it("numbers action items added at the same moment through two connections without a clash", async (context) => {
    if (store.kind === "sqlite") return context.skip("PostgreSQL only: one SQLite writer at a time");
    const norway = (await store.db.delegation.findFirstOrThrow({ where: { name: "Norway" } })).id;
    const add = (s: OpenedStore, i: number) =>
      addAction(
        s.db,
        { committeeId, text: `Race ${i}`, owners: [{ delegationId: norway }], dueKind: "none" },
        { platform: "console" },
        NOW,
      );
    const before = await store.db.actionItem.count();
    const added = await Promise.all([0, 1, 2, 3].map((i) => add(i % 2 ? other : store, i)));
    const numbers = added.sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(4);
    expect(await store.db.actionItem.count()).toBe(before + 4);
  });
});

describe("PostgreSQL migrations", () => {
  const skip = (context: { skip(note?: string): void }) =>
    context.skip("needs RAPPORTEUR_TEST_PG_URL, a PostgreSQL server (.ci/run starts one)");
  const names = migrationsOnDisk(POSTGRES_MIGRATIONS_DIR).map((m) => m.name);

  it("are applied once, when three replicas open an empty database together", async (context) => {
    if (!TEST_PG_URL) return skip(context);
    const url = await createPostgresDatabase(TEST_PG_URL, "migrate");
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    try {
      const applied = stores.flatMap((s) => s.migrationsApplied);
      expect(applied.sort()).toEqual(names);
      expect(stores.map((s) => s.kind)).toEqual(["postgres", "postgres", "postgres"]);
      const again = await openStore(url);
      expect(again.migrationsApplied).toEqual([]);
      await again.close();
    } finally {
      for (const s of stores) await s.close();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = readFileSync(join(POSTGRES_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      }
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('future-1', $1, '29990101000000_future', now(), 1)`,
        ["0".repeat(64)],
      );
    } finally {
      await client.end();
    }
    await expect(openStore(url)).rejects.toBeInstanceOf(MigrationError);
  });

  it("seed an empty database once when replicas prepare it together", async (context) => {
    if (!TEST_PG_URL) return skip(context);
    const url = await createPostgresDatabase(TEST_PG_URL, "seed");
    const stores = await Promise.all([1, 2, 3].map(() => prepareStore(url, manualClock(NOW), silentLogger)));
    try {
      expect(await stores[0]?.db.committee.count()).toBe(1);
      expect(await stores[0]?.db.person.count()).toBe(23);
    } finally {
      for (const s of stores) await s.close();
    }
  });
});
