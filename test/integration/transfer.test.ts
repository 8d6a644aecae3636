// Export and import of the whole committee (docs/export-format.md): every
// model of the schema is exported or explicitly skipped, a seeded committee
// with writes through the core survives export -> import -> export byte for
// byte (apart from exportedAt), and bad files and non-empty targets are refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { createCore } from "../../src/core/core.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { silentLogger } from "../../src/log.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { seedCommittee } from "../../src/seed/load.ts";
import { type Db, type OpenedStore, openStore } from "../../src/store/open.ts";
import { exportCommittee } from "../../src/store/transfer/export.ts";
import { type ExportDocument, SKIPPED_MODELS, transferredModels } from "../../src/store/transfer/format.ts";
import { importCommittee, parseExport } from "../../src/store/transfer/import.ts";
import { insertPlan } from "../../src/store/transfer/schema-model.ts";
import { createPostgresDatabase, TEST_PG_URL } from "../fixtures/database.ts";
import { runScript } from "../fixtures/run-script.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "rapporteur-transfer-"));
const stores: OpenedStore[] = [];

async function fresh(name: string): Promise<Db> {
  const store = await openStore(`file:${dir}/${name}.db`);
  stores.push(store);
  return store.db;
}

const text = (document: ExportDocument) => `${JSON.stringify(document, null, 2)}\n`;
const withoutInstant = (json: string) => json.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');

/** The seeded committee, some writes through the core, and a row in each table the seed leaves empty. */
async function populate(db: Db): Promise<void> {
  const { committeeId } = await seedCommittee(db, { now: NOW });
  const core = createCore({ db, clock: manualClock(NOW), logger: silentLogger });
  const hauge = await db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
  const mweemba = await db.person.findFirstOrThrow({ where: { name: "Sheila Mweemba" } });
  for (const [person, line] of [
    [hauge, "action add Circulate the transfer test's note owner Norway, Italy due 2016-12-01"],
    [hauge, "action done A-1"],
    [hauge, "update clearance: Transfer test update, first version"],
    [hauge, "update clearance: Transfer test update, second version"],
    [mweemba, "agenda add Transfer test item"],
    [mweemba, "minutes circulate"],
    [hauge, "minutes comment 2 Transfer test comment"],
  ] as const) {
    const replies = await core.handle({
      speaker: { kind: "person", personId: person.id },
      conversation: { platform: "console", id: "console:transfer", kind: "dm" },
      kind: "command",
      text: line,
    });
    for (const reply of replies) expect(renderPlainText(reply)).not.toMatch(/Something went wrong/);
  }
  const item = await db.agendaItem.findFirstOrThrow({ orderBy: { id: "asc" } });
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: item.meetingId } });
  if ((await db.chatIdentity.count()) === 0) {
    await db.chatIdentity.create({
      data: {
        personId: hauge.id,
        platform: "teams",
        workspaceId: "tenant-1",
        userId: "aad-1",
        linkedAt: NOW,
      },
    });
  }
  if ((await db.minutesCorrection.count()) === 0) {
    const circulated = await db.minutesVersion.findFirstOrThrow();
    await db.minutesCorrection.create({
      data: {
        meetingId: circulated.meetingId,
        itemNumber: "2",
        text: "Transfer test wording.",
        editedAt: NOW,
        editedById: mweemba.id,
      },
    });
  }
  if ((await db.meetingNote.count()) === 0) {
    await db.meetingNote.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: item.id,
        text: "Noted.",
        createdAt: NOW,
        createdById: hauge.id,
      },
    });
  }
  if ((await db.chatConversation.count()) === 0) {
    await db.chatConversation.create({
      data: {
        committeeId,
        platform: "slack",
        workspaceId: "T0CCM",
        conversationId: "C0COMMITTEE",
        kind: "channel",
        purpose: "committee",
        reference: '{"channel":"C0COMMITTEE"}',
        updatedAt: NOW,
      },
    });
  }
  if ((await db.delivery.count()) === 0) {
    await db.delivery.create({
      data: {
        committeeId,
        key: "prompt:transfer-test",
        kind: "prompt",
        meetingId: meeting.id,
        personId: hauge.id,
        dueAt: NOW,
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
  }
  if ((await db.meetingCycleSettings.count()) === 0) {
    await db.meetingCycleSettings.create({ data: { committeeId, promptDays: 5, updatedAt: NOW } });
  }
  if ((await db.absence.count()) === 0) {
    await db.absence.create({ data: { personId: hauge.id, until: "2016-11-30", setAt: NOW } });
  }
  if ((await db.workspaceBinding.count()) === 0) {
    await db.workspaceBinding.create({
      data: { committeeId, platform: "slack", workspaceId: "T0CCM", boundAt: NOW },
    });
  }
}

let original: ExportDocument;

beforeAll(async () => {
  const db = await fresh("source");
  await populate(db);
  original = await exportCommittee(db, { kind: "sqlite" });
}, 60_000);

afterAll(async () => {
  for (const store of stores) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the export format covers the data model", () => {
  it("exports every Prisma model but the explicitly skipped ones, with all their columns", () => {
    const exported = transferredModels();
    expect([...exported.map((model) => model.name), ...Object.keys(SKIPPED_MODELS)].sort()).toEqual(
      Object.values(Prisma.ModelName).sort(),
    );
    const enums = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    for (const model of exported) {
      const columns = Object.values(enums[`${model.name}ScalarFieldEnum`] ?? {});
      expect(
        model.scalars.map((field) => field.name),
        model.name,
      ).toEqual(columns);
    }
    expect(Object.keys(original.tables)).toEqual(exported.map((model) => model.name));
  });

  it("has a row in every exported table, so the round trip below exercises each", () => {
    const empty = Object.entries(original.tables).filter(([, rows]) => rows.length === 0);
    expect(
      empty.map(([name]) => name),
      "add a row for these tables in populate()",
    ).toEqual([]);
  });

  it("inserts parents first and defers the foreign keys that close a cycle", () => {
    const { order, deferred } = insertPlan(transferredModels());
    const names = order.map((model) => model.name);
    expect(names.indexOf("Committee")).toBeLessThan(names.indexOf("Delegation"));
    expect(names.indexOf("ActionItem")).toBeLessThan(names.indexOf("ActionOwner"));
    expect(deferred.get("Committee")).toEqual(["presidencyDelegationId"]);
    expect(deferred.get("Meeting")).toEqual(["previousMeetingId"]);
  });
});

describe("round trip", () => {
  it("export -> import into a fresh database -> export gives the same JSON apart from exportedAt", async () => {
    const target = await fresh("target");
    const counts = await importCommittee(target, parseExport(text(original)), { kind: "sqlite" });
    expect(counts.ActionItem).toBe(original.tables.ActionItem?.length);
    const again = await exportCommittee(target, { kind: "sqlite" });
    expect(withoutInstant(text(again))).toBe(withoutInstant(text(original)));
    // New rows get fresh ids after imported ones.
    const next = await target.auditEvent.create({
      data: {
        committeeId: original.committee.id,
        at: NOW,
        platform: "admin",
        action: "test",
        entity: "test",
      },
    });
    expect(next.id).toBe(Math.max(...(original.tables.AuditEvent ?? []).map((row) => Number(row.id))) + 1);
  });

  it.skipIf(!TEST_PG_URL)("moves the committee from SQLite to PostgreSQL and back unchanged", async () => {
    const store = await openStore(await createPostgresDatabase(TEST_PG_URL ?? "", "transfer"));
    stores.push(store);
    await importCommittee(store.db, parseExport(text(original)), { kind: "postgres" });
    const again = await exportCommittee(store.db, { kind: "postgres" });
    expect(withoutInstant(text(again))).toBe(withoutInstant(text(original)));
    // The id sequences were moved past the imported ids.
    const next = await store.db.auditEvent.create({
      data: {
        committeeId: original.committee.id,
        at: NOW,
        platform: "admin",
        action: "test",
        entity: "test",
      },
    });
    expect(next.id).toBe(Math.max(...(original.tables.AuditEvent ?? []).map((row) => Number(row.id))) + 1);
  });

  it("refuses a target that is not empty, changing nothing", async () => {
    const target = await fresh("occupied");
    await seedCommittee(target, { now: NOW });
    const before = await target.actionItem.count();
    await expect(importCommittee(target, parseExport(text(original)), { kind: "sqlite" })).rejects.toThrow(
      /not empty \(Committee has 1 row\)/,
    );
    expect(await target.actionItem.count()).toBe(before);
  });

  it("is all or nothing: a broken reference rolls the whole import back", async () => {
    const broken = structuredClone(original);
    const owner = broken.tables.ActionOwner?.[0];
    if (!owner) throw new Error("no action owner");
    owner.actionId = 99_999;
    const target = await fresh("rolled-back");
    await expect(importCommittee(target, parseExport(text(broken)), { kind: "sqlite" })).rejects.toThrow();
    for (const model of transferredModels()) {
      const delegate = (target as unknown as Record<string, { count(): Promise<number> }>)[
        model.name.charAt(0).toLowerCase() + model.name.slice(1)
      ];
      expect(await delegate?.count(), model.name).toBe(0);
    }
  });
});

describe("validation names the first bad path", () => {
  const refusal = (change: (document: Record<string, unknown>) => void) => {
    const document = structuredClone(original) as unknown as Record<string, unknown>;
    change(document);
    return () => parseExport(JSON.stringify(document));
  };
  const tables = (document: Record<string, unknown>) => document.tables as Record<string, Row[]>;
  type Row = Record<string, unknown>;

  it("a column of the wrong type", () => {
    expect(
      refusal((document) => {
        const row = tables(document).ActionItem?.[2];
        if (row) row.text = 42;
      }),
    ).toThrow(/invalid at tables\.ActionItem\[2\]\.text: .*string/);
  });

  it("a missing column, an unknown column, a missing table, a bad instant", () => {
    expect(refusal((document) => delete tables(document).Person?.[0]?.familyName)).toThrow(
      /tables\.Person\[0\]\.familyName/,
    );
    expect(
      refusal((document) => {
        const row = tables(document).Meeting?.[0];
        if (row) row.colour = "blue";
      }),
    ).toThrow(/tables\.Meeting\[0\]/);
    expect(refusal((document) => delete tables(document).Decision)).toThrow(/tables\.Decision/);
    expect(
      refusal((document) => {
        const row = tables(document).Meeting?.[1];
        if (row) row.startsAt = "next Tuesday";
      }),
    ).toThrow(/tables\.Meeting\[1\]\.startsAt/);
  });

  it("not JSON, not an export, another version, a header that does not match", () => {
    expect(() => parseExport("{ nope")).toThrow(/not JSON/);
    expect(() => parseExport('{"format": "something-else"}')).toThrow(/not a Rapporteur export/);
    expect(refusal((document) => Object.assign(document, { version: 2 }))).toThrow(/invalid at version/);
    expect(
      refusal((document) => Object.assign(document, { committee: { id: 7, slug: "x", name: "X" } })),
    ).toThrow(/invalid at committee/);
  });
});

describe("npm run export / import", () => {
  it("writes the file, imports it into a new database, refuses a second import, exit 2 on refusals", async () => {
    const source = `file:${dir}/source.db`;
    const out = join(dir, "cli.json");
    const exported = await runScript("scripts/export.ts", [out], "", { DATABASE_URL: source });
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Exported CCM Coordination Committee \(\d+ tables, \d+ rows\) to /);
    expect(withoutInstant(readFileSync(out, "utf8"))).toBe(withoutInstant(text(original)));

    const target = { DATABASE_URL: `file:${dir}/cli-target.db` };
    const imported = await runScript("scripts/import.ts", [out], "", target);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported CCM Coordination Committee/);
    const twice = await runScript("scripts/import.ts", [out], "", target);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim().split("\n")).toEqual([expect.stringMatching(/target database is not empty/)]);

    const bad = join(dir, "bad.json");
    writeFileSync(bad, readFileSync(out, "utf8").replace('"slug": "ccm"', '"slug": 3'));
    const invalid = await runScript("scripts/import.ts", [bad], "", {
      DATABASE_URL: `file:${dir}/cli-bad.db`,
    });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.trim()).toMatch(/^The export file is invalid at committee\.slug: /);
    expect((await runScript("scripts/export.ts", [], "", { DATABASE_URL: source })).code).toBe(2);
  }, 60_000);
});
