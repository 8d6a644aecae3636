// `npm run import:minutes`: the --json contract as a child process (one JSON
// object on stdout, nothing written), and the database import in process on a
// real temporary SQLite store seeded with the 2016 committee.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { parseMinutes } from "../../src/minutes/import/parse.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { importMinutes } from "../../src/store/import-minutes.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { ROOT, runScript } from "../fixtures/run-script.ts";

const FIXTURE = "test/fixtures/minutes/2017-01-17-geneva-page-breaks.txt";
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("import:minutes --json", () => {
  it("prints exactly one JSON object with the contract's keys and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapporteur-import-json-"));
    try {
      const url = `file:${dir}/never.db`;
      const run = await runScript(
        "scripts/import-minutes.ts",
        ["src/seed/documents/minutes-2016-11-04.txt", "--json"],
        "",
        { DATABASE_URL: url },
      );
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      const json = JSON.parse(lines[0]!);
      expect(Object.keys(json)).toEqual([
        "meeting",
        "present",
        "apologies",
        "items",
        "nextMeeting",
        "actionCandidates",
      ]);
      expect(Object.keys(json.meeting)).toEqual(["date", "start", "end", "place"]);
      expect(Object.keys(json.nextMeeting)).toEqual(["date", "start", "end", "place"]);
      expect(Object.keys(json.present[0])).toEqual(["delegation", "role", "persons"]);
      expect(Object.keys(json.present[0].persons[0])).toEqual(["honorific", "name"]);
      expect(Object.keys(json.items[0])).toEqual(["number", "title"]);
      expect(Object.keys(json.actionCandidates[0])).toEqual(["owners", "text", "due"]);
      expect(json.meeting.date).toBe("2016-11-04");
      expect(json.present.flatMap((e: { persons: unknown[] }) => e.persons)).toHaveLength(23);
      expect(() => readFileSync(join(dir, "never.db"))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("import:minutes --json on the committee's other layouts", () => {
  it("dates a heading without a year from the file name, and keeps the shape", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapporteur-import-json-"));
    try {
      const file = join(dir, "cc-minutes-2019.txt");
      writeFileSync(file, read("test/fixtures/minutes/series-yearless-no-context.txt"));
      const run = await runScript("scripts/import-minutes.ts", [file, "--json"], "", {
        DATABASE_URL: `file:${dir}/never.db`,
      });
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      // 12 February 2019 was a Tuesday, as the heading says
      expect(json.meeting).toEqual({
        date: "2019-02-12",
        start: "10:00",
        end: "11:00",
        place: "ISU offices, Maison de la Paix, Geneva",
      });
      expect(json.nextMeeting.date).toBe("2019-03-12");
      expect(json.present.map((e: { delegation: string }) => e.delegation)).toEqual([
        "Sri Lanka",
        "France",
        "Zambia",
        "Iraq",
        "Australia",
        "ISU-CCM",
      ]);
      expect(json.items).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("importing minutes into the database", () => {
  let dir: string;
  let store: OpenedStore;
  const now = new Date("2017-01-20T09:00:00Z");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapporteur-import-db-"));
    store = await prepareStore(await tempDatabaseUrl(dir), manualClock(now), silentLogger);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the meeting, its items and attendance with an audit row, matching known people", async () => {
    const dirBefore = await loadDirectory(store.db);
    const result = await importMinutes(
      store.db,
      dirBefore,
      parseMinutes(read(FIXTURE)),
      { platform: "admin" },
      now,
      read(FIXTURE),
    );
    if ("refused" in result) throw new Error(result.refused);
    const meeting = await store.db.meeting.findUniqueOrThrow({
      where: { id: result.meetingId },
      include: { agendaItems: { orderBy: { position: "asc" } }, attendances: { include: { person: true } } },
    });
    expect(meeting.startsAt.toISOString()).toBe("2017-01-17T09:00:00.000Z");
    expect(meeting.endsAt?.toISOString()).toBe("2017-01-17T10:30:00.000Z");
    expect(meeting.place).toBe("Conference Room XII, Palais des Nations, Geneva");
    expect(meeting.status).toBe("held");
    expect(meeting.agendaItems.map((i) => i.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "4.1",
      "4.2",
      "5",
      "6",
      "7",
    ]);
    expect(meeting.attendances.map((a) => a.person.name).sort()).toEqual(
      [
        "Aïssata Koné",
        "Felipe Ossandón",
        "Marta Maurás",
        "Phongsavanh Sisoulath",
        "Sheila Mweemba",
        "Åsa Lindqvist",
      ].sort(),
    );
    // Ms. Mweemba of the ISU is already on record: matched, not duplicated
    expect(await store.db.person.count({ where: { name: "Sheila Mweemba" } })).toBe(1);
    expect(result.newPersons).not.toContain("Sheila Mweemba");
    expect(result.newDelegations).toContain("Côte d'Ivoire");
    const audit = await store.db.auditEvent.findFirst({ where: { action: "minutes.import" } });
    expect(audit?.entityId).toBe(String(result.meetingId));
    // the paragraphs become passages questions are answered from, under their items
    const passages = await store.db.recordPassage.findMany({
      where: { meetingId: result.meetingId },
      orderBy: { position: "asc" },
    });
    expect(result.passages).toBe(passages.length);
    expect(passages.find((p) => p.agendaNumber === "4.1")).toMatchObject({
      source: "Minutes of 17 January 2017",
      reference: "item 4.1 (Lao PDR)",
      text: expect.stringMatching(/^Lao PDR informed the meeting that the national strategy/),
    });
  });

  it("refuses a meeting already on record and writes nothing", async () => {
    const counts = async () => [
      await store.db.meeting.count(),
      await store.db.agendaItem.count(),
      await store.db.person.count(),
      await store.db.recordPassage.count(),
    ];
    const before = await counts();
    const directory = await loadDirectory(store.db);
    for (const path of [FIXTURE, "src/seed/documents/minutes-2016-11-04.txt"]) {
      const result = await importMinutes(
        store.db,
        directory,
        parseMinutes(read(path)),
        { platform: "admin" },
        now,
        read(path),
      );
      expect(result).toMatchObject({ refused: expect.stringMatching(/already on record/) });
    }
    const undated = await importMinutes(
      store.db,
      directory,
      parseMinutes("No date here."),
      { platform: "admin" },
      now,
      "No date here.",
    );
    expect(undated).toMatchObject({ refused: expect.stringMatching(/no meeting date/) });
    const yearless = await importMinutes(
      store.db,
      directory,
      parseMinutes(read("test/fixtures/minutes/series-yearless-no-context.txt")),
      { platform: "admin" },
      now,
      read("test/fixtures/minutes/series-yearless-no-context.txt"),
    );
    expect(yearless).toMatchObject({ refused: expect.stringMatching(/day but not its year/) });
    expect(await counts()).toEqual(before);
  });
});
