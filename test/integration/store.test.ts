// The repositories on a real database: migrations (SQLite files; PostgreSQL in
// postgres-store.test.ts), then action items, updates, meetings, the directory
// and resolving names as users type them on SQLite or, with
// RAPPORTEUR_TEST_PG_URL, PostgreSQL.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { resolveSubjects, type Subject, subjectName } from "../../src/core/resolve.ts";
import { findMentions } from "../../src/domain/record-names/mentions.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { findAction, listActions } from "../../src/read-model/actions.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { findLastMeeting, findNextMeeting } from "../../src/read-model/meetings.ts";
import { listUpdatesForMeeting } from "../../src/read-model/updates.ts";
import { actionInclude, addAction, completeAction } from "../../src/store/actions.ts";
import type { Actor } from "../../src/store/audit.ts";
import { type Directory, loadDirectory } from "../../src/store/directory.ts";
import { applyMigrations, MIGRATIONS_DIR, MigrationError } from "../../src/store/migrate.ts";
import { type OpenedStore, openStore } from "../../src/store/open.ts";
import { submitUpdate } from "../../src/store/updates.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const ON_DISK = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rapporteur-store-"));
}

function delegationId(dir: Directory, name: string): number {
  const found = dir.delegations.find((d) => d.name === name);
  if (!found) throw new Error(`no delegation ${name}`);
  return found.id;
}

function areaId(dir: Directory, name: string): number {
  const found = dir.areas.find((a) => a.name === name);
  if (!found) throw new Error(`no area ${name}`);
  return found.id;
}

function personId(dir: Directory, name: string): number {
  const found = dir.persons.find((p) => p.name === name);
  if (!found) throw new Error(`no person ${name}`);
  return found.id;
}

const numbers = (actions: { number: number }[]) => actions.map((a) => a.number);

describe("migrations", () => {
  const dir = tempDir();

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("has at least the init migration on disk", () => {
    expect(ON_DISK.length).toBeGreaterThan(0);
    expect(ON_DISK[0]).toMatch(/_init$/);
  });

  it("applies the migrations once: opening the same file again applies none", async () => {
    const url = `file:${dir}/twice.db`;
    const first = await openStore(url);
    expect(first.migrationsApplied).toEqual(ON_DISK);
    await first.close();
    const second = await openStore(url);
    expect(second.migrationsApplied).toEqual([]);
    expect(await second.db.committee.count()).toBe(0);
    await second.close();

    const raw = new Database(`${dir}/twice.db`);
    try {
      const rows = raw
        .prepare(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
        )
        .all() as { migration_name: string; checksum: string; finished_at: string | null }[];
      expect(rows.map((row) => row.migration_name)).toEqual(ON_DISK);
      for (const row of rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      raw.close();
    }
  });

  it("leaves the file in WAL journal mode with foreign keys enforced by the client", async () => {
    const url = `file:${dir}/wal.db`;
    const store = await openStore(url);
    try {
      const raw = new Database(store.file);
      try {
        expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      } finally {
        raw.close();
      }
      const viaPrisma = await store.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(viaPrisma[0]?.journal_mode).toBe("wal");
    } finally {
      await store.close();
    }
  });

  it("refuses a database that has a finished migration this code does not know", async () => {
    const url = `file:${dir}/ahead.db`;
    const store = await openStore(url);
    await store.close();
    const raw = new Database(store.file);
    try {
      raw
        .prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        )
        .run("future-1", "0".repeat(64), "29990101000000_future", NOW.toISOString(), NOW.toISOString());
      expect(() => applyMigrations(raw)).toThrow(MigrationError);
      expect(() => applyMigrations(raw)).toThrow(/29990101000000_future/);
    } finally {
      raw.close();
    }
    await expect(openStore(url)).rejects.toBeInstanceOf(MigrationError);
  });

  it("ignores an unknown migration that never finished or was rolled back", () => {
    const raw = new Database(`${dir}/unfinished.db`);
    try {
      expect(applyMigrations(raw)).toEqual(ON_DISK);
      const insert = raw.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, rolled_back_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, ?, 0)`,
      );
      insert.run("u-1", "0".repeat(64), "29990101000000_unfinished", NOW.toISOString(), null, null);
      insert.run(
        "u-2",
        "0".repeat(64),
        "29990101000001_rolled_back",
        NOW.toISOString(),
        NOW.toISOString(),
        NOW.toISOString(),
      );
      expect(applyMigrations(raw)).toEqual([]);
    } finally {
      raw.close();
    }
  });

  it("applies a migration added later, recording the sha256 of its SQL", () => {
    const migrations = join(dir, "migrations");
    mkdirSync(migrations);
    for (const name of ON_DISK)
      cpSync(join(MIGRATIONS_DIR, name), join(migrations, name), { recursive: true });
    const raw = new Database(`${dir}/later.db`);
    try {
      expect(applyMigrations(raw, migrations)).toEqual(ON_DISK);
      const sql = "CREATE TABLE extra_thing (id INTEGER PRIMARY KEY);\n";
      mkdirSync(join(migrations, "29990101000000_extra"));
      writeFileSync(join(migrations, "29990101000000_extra", "migration.sql"), sql);
      expect(applyMigrations(raw, migrations)).toEqual(["29990101000000_extra"]);
      expect(applyMigrations(raw, migrations)).toEqual([]);
      const row = raw
        .prepare(`SELECT checksum FROM "_prisma_migrations" WHERE migration_name = ?`)
        .get("29990101000000_extra") as { checksum: string };
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(raw.prepare("SELECT count(*) AS n FROM extra_thing").get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }
  });
});

describe("reading the seeded committee", () => {
  const dir = tempDir();
  let store: OpenedStore;
  let directory: Directory;
  let committeeId: number;

  beforeAll(async () => {
    store = await prepareStore(await tempDatabaseUrl(dir, "read"), manualClock(NOW), silentLogger);
    directory = await loadDirectory(store.db);
    committeeId = directory.committee.id;
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe("loadDirectory", () => {
    it("counts the committee's delegations, persons, areas and coalitions", () => {
      expect(directory.committee).toMatchObject({
        name: "CCM Coordination Committee",
        timeZone: "Europe/Zurich",
        presidencyLabel: "7MSP",
        presidencyDelegationId: delegationId(directory, "Germany"),
      });
      expect(directory.delegations).toHaveLength(26);
      expect(directory.delegations.filter((d) => d.isMember)).toHaveLength(19);
      expect(directory.persons).toHaveLength(23);
      expect(directory.areas).toHaveLength(8);
      expect(directory.areas.map((a) => a.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(directory.coalitions.map((c) => c.name)).toEqual(["Lao PDR"]);
    });

    it("keeps coordinators in order and persons in delegation order", () => {
      const va = directory.areas.find((a) => a.shortName === "VA");
      expect(va?.coordinatorIds).toEqual([
        delegationId(directory, "Italy"),
        delegationId(directory, "Chile"),
      ]);
      const coordinators = new Set(directory.areas.flatMap((a) => a.coordinatorIds));
      expect(coordinators.size).toBe(14);
      expect(directory.persons[0]?.name).toBe("Michael Biontino");
      expect(directory.persons.at(-1)?.name).toBe("Matthieu Laruelle");
      const mweemba = directory.persons.find((p) => p.name === "Sheila Mweemba");
      expect(mweemba?.roles).toEqual(["secretariat"]);
      expect(directory.persons.find((p) => p.name === "Amélie Chayer")?.roles).toEqual(["observer"]);
    });

    it("loads the aliases users type", () => {
      const netherlands = directory.delegations.find((d) => d.name === "Netherlands");
      expect(netherlands?.aliases).toEqual(expect.arrayContaining(["netherlands", "holland", "nl"]));
      const lao = directory.delegations.find((d) => d.name === "Lao PDR");
      expect(lao).toMatchObject({ isMember: false });
      expect(lao?.aliases).toEqual(expect.arrayContaining(["laos", "lao", "la"]));
    });
  });

  describe("listActions", () => {
    it("lists all eight open items in number order", async () => {
      expect(numbers(await listActions(await loadRecords(store.db, committeeId), {}))).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
      expect(
        numbers(await listActions(await loadRecords(store.db, committeeId), { status: "open" })),
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await listActions(await loadRecords(store.db, committeeId), { status: "done" })).toEqual([]);
      expect(await listActions(await loadRecords(store.db, committeeId), { status: "dropped" })).toEqual([]);
    });

    it("filters by owner delegation", async () => {
      const norway = await listActions(await loadRecords(store.db, committeeId), {
        ownerDelegationIds: [delegationId(directory, "Norway")],
      });
      expect(numbers(norway)).toEqual([1, 4]);
      const isu = await listActions(await loadRecords(store.db, committeeId), {
        ownerDelegationIds: [delegationId(directory, "ISU-CCM")],
      });
      expect(numbers(isu)).toEqual([2, 5, 7, 8]);
      const germanyOrZambia = await listActions(await loadRecords(store.db, committeeId), {
        ownerDelegationIds: [delegationId(directory, "Germany"), delegationId(directory, "Zambia")],
      });
      expect(numbers(germanyOrZambia)).toEqual([1, 2, 3, 4, 5]);
      const observers = await listActions(await loadRecords(store.db, committeeId), {
        ownerDelegationIds: [delegationId(directory, "ICRC")],
      });
      expect(observers).toEqual([]);
    });

    it("filters by area, directly or through the agenda item", async () => {
      const universalization = await listActions(await loadRecords(store.db, committeeId), {
        areaId: areaId(directory, "Universalization"),
      });
      expect(numbers(universalization)).toEqual([3]);
      expect(
        numbers(
          await listActions(await loadRecords(store.db, committeeId), {
            areaId: areaId(directory, "Transparency Measures"),
          }),
        ),
      ).toEqual([7]);
      expect(
        numbers(
          await listActions(await loadRecords(store.db, committeeId), {
            areaId: areaId(directory, "General Status and Operation of the Convention"),
          }),
        ),
      ).toEqual([6]);
      expect(
        await listActions(await loadRecords(store.db, committeeId), {
          areaId: areaId(directory, "Stockpile Destruction"),
        }),
      ).toEqual([]);
    });

    it("combines owner, area and status", async () => {
      const found = await listActions(await loadRecords(store.db, committeeId), {
        status: "open",
        ownerDelegationIds: [delegationId(directory, "Costa Rica")],
        areaId: areaId(directory, "Transparency Measures"),
      });
      expect(numbers(found)).toEqual([7]);
      const none = await listActions(await loadRecords(store.db, committeeId), {
        status: "done",
        ownerDelegationIds: [delegationId(directory, "Costa Rica")],
      });
      expect(none).toEqual([]);
    });

    it("includes owners in order with their delegations, and the due meeting", async () => {
      const a2 = await findAction(await loadRecords(store.db, committeeId), 2);
      expect(a2?.owners.map((o) => o.delegation?.name)).toEqual(["Germany", "ISU-CCM"]);
      expect(a2?.dueKind).toBe("next-meeting");
      expect(a2?.dueMeeting?.startsAt.toISOString()).toBe("2016-12-07T09:00:00.000Z");
      expect(a2?.sourceMeeting?.startsAt.toISOString()).toBe("2016-11-04T09:00:00.000Z");
    });
  });

  describe("findNextMeeting and findLastMeeting around 7 December 2016", () => {
    // 7 December 2016, 10:00–11:30 in Zurich (CET, UTC+1).
    const starts = new Date("2016-12-07T09:00:00.000Z");
    const ends = new Date("2016-12-07T10:30:00.000Z");
    const at = (iso: string) => new Date(iso);
    const day = (meeting: { startsAt: Date } | null) => meeting?.startsAt.toISOString().slice(0, 10) ?? null;

    it.each([
      // The seeded 27 September and 4 November meetings are stored as held, never "next".
      ["2016-09-01T00:00:00Z", "2016-12-07", null],
      ["2016-11-21T08:00:00Z", "2016-12-07", "2016-11-04"],
      ["2016-12-07T08:59:59Z", "2016-12-07", "2016-11-04"],
      ["2016-12-07T09:00:00Z", "2016-12-07", "2016-12-07"],
      ["2016-12-07T10:00:00Z", "2016-12-07", "2016-12-07"],
      ["2016-12-07T10:30:00Z", "2016-12-07", "2016-12-07"],
      ["2016-12-07T10:30:01Z", null, "2016-12-07"],
      ["2017-06-01T00:00:00Z", null, "2016-12-07"],
    ])("at %s: next %s, last %s", async (now, next, last) => {
      expect(day(await findNextMeeting(await loadRecords(store.db, committeeId), at(now)))).toBe(next);
      expect(day(await findLastMeeting(await loadRecords(store.db, committeeId), at(now)))).toBe(last);
    });

    it("returns the meeting with its agenda, attendance and decisions", async () => {
      const last = await findLastMeeting(
        await loadRecords(store.db, committeeId),
        at("2016-11-21T08:00:00Z"),
      );
      expect(last?.agendaItems).toHaveLength(16);
      expect(last?.attendances).toHaveLength(23);
      expect(last?.decisions).toHaveLength(3);
      const next = await findNextMeeting(
        await loadRecords(store.db, committeeId),
        at("2016-11-21T08:00:00Z"),
      );
      expect(next?.startsAt).toEqual(starts);
      expect(next?.endsAt).toEqual(ends);
      expect(next?.previousMeetingId).toBe(last?.id);
      expect(next?.previous?.id).toBe(last?.id);
    });
  });

  describe("resolveSubjects", () => {
    const all = ["delegation", "area", "coalition", "person"] as const;
    const names = (subjects: Subject[]) => subjects.map((s) => `${s.kind}:${subjectName(s)}`);

    it.each([
      ["Laos", ["delegation:Lao PDR", "coalition:Lao PDR"]],
      ["BiH", ["delegation:Bosnia and Herzegovina"]],
      ["the Netherlands", ["delegation:Netherlands"]],
      ["Holland", ["delegation:Netherlands"]],
      ["NZ", ["delegation:New Zealand"]],
      ["Dorovic", ["person:Asim Dorović"]],
      ["victim assistance", ["area:Victim Assistance"]],
      ["VA", ["area:Victim Assistance"]],
      ["stockpiles", ["area:Stockpile Destruction"]],
      ["universalisation", ["area:Universalization"]],
      ["Cambodai", ["delegation:Cambodia"]],
      ["ISU", ["delegation:ISU-CCM"]],
      ["Munoz", ["person:Carola Muñoz", "person:Maricela Muñoz"]],
      ["Narnia", []],
      ["", []],
    ])("%j", (text, expected) => {
      expect(names(resolveSubjects(directory, text, all))).toEqual(expected);
    });

    it("only returns the kinds asked for", () => {
      expect(names(resolveSubjects(directory, "Laos", ["coalition"]))).toEqual(["coalition:Lao PDR"]);
      expect(names(resolveSubjects(directory, "VA", ["delegation", "person"]))).toEqual([]);
    });
  });

  describe("findMentions", () => {
    const all = ["coalition", "delegation", "area", "person"] as const;
    const names = (subjects: Subject[]) => subjects.map((s) => `${s.kind}:${subjectName(s)}`);

    it.each([
      ["where are we with Laos?", ["coalition:Lao PDR", "delegation:Lao PDR"]],
      ["what does NZ owe on VA?", ["delegation:New Zealand", "area:Victim Assistance"]],
      [
        "I heard the Netherlands and BiH agreed",
        ["delegation:Netherlands", "delegation:Bosnia and Herzegovina"],
      ],
      ["Holland said so", ["delegation:Netherlands"]],
      ["dorovic said so", ["person:Asim Dorović"]],
      [
        "anything on stockpiles or universalisation?",
        ["area:Universalization", "area:Stockpile Destruction"],
      ],
      ["what about Cambodja?", ["delegation:Cambodia"]],
      ["IT and NO agreed", ["delegation:Italy", "delegation:Norway"]],
    ])("%j", (text, expected) => {
      expect(names(findMentions(directory, text, all)).sort()).toEqual([...expected].sort());
    });

    it('does not read lower-case "no" and "it" in a sentence as Norway and Italy', () => {
      for (const text of ["no, it is not ready", "is it done? no", "it is no use", "No. It is late."]) {
        const found = names(findMentions(directory, text, all));
        expect(found, text).not.toContain("delegation:Norway");
        expect(found, text).not.toContain("delegation:Italy");
      }
    });
  });
});

describe("writing action items and updates", () => {
  const dir = tempDir();
  let store: OpenedStore;
  let directory: Directory;
  let committeeId: number;
  let actor: Actor;

  beforeAll(async () => {
    store = await prepareStore(await tempDatabaseUrl(dir, "write"), manualClock(NOW), silentLogger);
    directory = await loadDirectory(store.db);
    committeeId = directory.committee.id;
    actor = { personId: personId(directory, "Sheila Mweemba"), platform: "console" };
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** addAction returns the new number; the row as written, with its links. */
  async function addAndRead(
    ...args: Parameters<typeof addAction> extends [unknown, ...infer Rest] ? Rest : never
  ) {
    const number = await addAction(store.db, ...args);
    return store.db.actionItem.findFirstOrThrow({ where: { committeeId, number }, include: actionInclude });
  }

  describe("addAction", () => {
    it("numbers new items after the highest and records an audit row in the same change", async () => {
      const norway = delegationId(directory, "Norway");
      const first = await addAndRead(
        { committeeId, text: "First new item", owners: [{ delegationId: norway }], dueKind: "none" },
        actor,
        NOW,
      );
      const second = await addAndRead(
        {
          committeeId,
          text: "Second new item",
          owners: [{ delegationId: norway }],
          dueKind: "date",
          dueOn: "2016-12-01",
        },
        actor,
        NOW,
      );
      expect([first.number, second.number]).toEqual([9, 10]);
      expect(second).toMatchObject({
        status: "open",
        dueKind: "date",
        dueOn: "2016-12-01",
        dueMeetingId: null,
      });
      expect(second.createdAt).toEqual(NOW);
      const audits = await store.db.auditEvent.findMany({
        where: { action: "action.add" },
        orderBy: { id: "asc" },
      });
      expect(audits.map((a) => a.entityId)).toEqual(["9", "10"]);
      expect(audits[0]).toMatchObject({
        actorPersonId: actor.personId,
        platform: "console",
        entity: "action",
      });
      expect(JSON.parse(audits[0]?.after ?? "{}")).toMatchObject({ number: 9, text: "First new item" });
    });

    it("de-duplicates owners, keeping the first order", async () => {
      const norway = delegationId(directory, "Norway");
      const isu = delegationId(directory, "ISU-CCM");
      const hauge = personId(directory, "Malgorzata Hauge");
      const created = await addAndRead(
        {
          committeeId,
          text: "Owners given twice",
          owners: [
            { delegationId: norway },
            { personId: hauge },
            { delegationId: isu },
            { delegationId: norway },
            { personId: hauge },
          ],
          dueKind: "none",
        },
        actor,
        NOW,
      );
      expect(created.number).toBe(11);
      expect(created.owners.map((o) => o.ownerKey)).toEqual([
        `delegation:${norway}`,
        `person:${hauge}`,
        `delegation:${isu}`,
      ]);
      expect(created.owners.map((o) => o.listOrder)).toEqual([0, 1, 2]);
    });

    it("finds items owned by a person under that person's delegation and by person id", async () => {
      const hauge = personId(directory, "Malgorzata Hauge");
      const created = await addAndRead(
        { committeeId, text: "Owned by a person only", owners: [{ personId: hauge }], dueKind: "none" },
        actor,
        NOW,
      );
      const byDelegation = await listActions(await loadRecords(store.db, committeeId), {
        ownerDelegationIds: [delegationId(directory, "Norway")],
      });
      expect(numbers(byDelegation)).toContain(created.number);
      const byPerson = await listActions(await loadRecords(store.db, committeeId), {
        ownerPersonIds: [hauge],
      });
      expect(numbers(byPerson)).toEqual([11, created.number]);
    });

    it("completes an item with who and when, and an audit row", async () => {
      const action = await findAction(await loadRecords(store.db, committeeId), 9);
      if (!action) throw new Error("A-9 missing");
      const later = new Date("2016-11-22T10:00:00Z");
      await completeAction(store.db, action, actor.personId ?? 0, actor, later);
      const done = await findAction(await loadRecords(store.db, committeeId), 9);
      expect(done).toMatchObject({ status: "done", completedById: actor.personId });
      expect(done?.completedAt).toEqual(later);
      expect(
        numbers(await listActions(await loadRecords(store.db, committeeId), { status: "done" })),
      ).toEqual([9]);
      const audit = await store.db.auditEvent.findFirst({ where: { action: "action.done" } });
      expect(audit).toMatchObject({ entityId: "9", at: later });
      expect(JSON.parse(audit?.before ?? "{}")).toEqual({ status: "open" });
    });
  });

  describe("submitUpdate", () => {
    it("keeps every earlier text as a revision", async () => {
      const next = await findNextMeeting(await loadRecords(store.db, committeeId), NOW);
      if (!next) throw new Error("no next meeting");
      const cattaneo = personId(directory, "Silvia Cattaneo");
      const va = areaId(directory, "Victim Assistance");
      const base = { committeeId, meetingId: next.id, authorId: cattaneo, areaId: va };
      const t1 = new Date("2016-11-21T09:00:00Z");
      const t2 = new Date("2016-11-22T09:00:00Z");
      const t3 = new Date("2016-11-23T09:00:00Z");

      const first = await submitUpdate(store.db, { ...base, body: "Version one." }, actor, t1);
      expect(first.revised).toBe(false);
      expect(first.update).toMatchObject({ body: "Version one.", subjectKey: `area:${va}`, revisedAt: null });
      expect(first.update.submittedAt).toEqual(t1);

      const second = await submitUpdate(
        store.db,
        { ...base, body: "Version two.", link: "https://x" },
        actor,
        t2,
      );
      expect(second.revised).toBe(true);
      expect(second.update.id).toBe(first.update.id);
      expect(second.update).toMatchObject({ body: "Version two.", link: "https://x" });
      expect(second.update.revisedAt).toEqual(t2);

      const third = await submitUpdate(store.db, { ...base, body: "Version three." }, actor, t3);
      expect(third.revised).toBe(true);
      expect(third.update.link).toBeNull();

      const revisions = await store.db.updateRevision.findMany({
        where: { updateId: first.update.id },
        orderBy: { id: "asc" },
      });
      expect(revisions.map((r) => [r.body, r.link])).toEqual([
        ["Version one.", null],
        ["Version two.", "https://x"],
      ]);
      expect(revisions.map((r) => r.revisedAt)).toEqual([t2, t3]);
      expect(revisions.every((r) => r.revisedById === cattaneo)).toBe(true);

      const updates = await listUpdatesForMeeting(await loadRecords(store.db, committeeId), next.id);
      expect(updates).toHaveLength(1);
      expect(updates[0]?.author.delegation.name).toBe("Italy");
      const audits = await store.db.auditEvent.findMany({
        where: { entity: "update" },
        orderBy: { id: "asc" },
      });
      expect(audits.map((a) => a.action)).toEqual(["update.submit", "update.revise", "update.revise"]);
    });

    it("keeps one update per subject and meeting", async () => {
      const next = await findNextMeeting(await loadRecords(store.db, committeeId), NOW);
      if (!next) throw new Error("no next meeting");
      const coalition = directory.coalitions[0];
      if (!coalition) throw new Error("no coalition");
      const result = await submitUpdate(
        store.db,
        {
          committeeId,
          meetingId: next.id,
          authorId: personId(directory, "Sheila Mweemba"),
          coalitionId: coalition.id,
          body: "Coalition news.",
        },
        actor,
        NOW,
      );
      expect(result.revised).toBe(false);
      expect(result.update.subjectKey).toBe(`coalition:${coalition.id}`);
      expect(await listUpdatesForMeeting(await loadRecords(store.db, committeeId), next.id)).toHaveLength(2);
    });
  });
});
