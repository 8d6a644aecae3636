// The CCM seed, loaded into a fresh SQLite file and read back.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliasKey } from "../../src/domain/names.ts";
import { isEmpty, seedCommittee } from "../../src/seed/load.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { openStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { PRESENT_4_NOV_2016 } from "../fixtures/present-2016.ts";

const NOW = new Date("2016-11-21T09:00:00Z");

describe("CCM seed", () => {
  let store: OpenedStore;
  let committeeId: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapporteur-"));
    store = await openStore(await tempDatabaseUrl(dir));
    expect(await isEmpty(store.db)).toBe(true);
    ({ committeeId } = await seedCommittee(store.db, { now: NOW }));
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the 19 member delegations in the minutes' order", async () => {
    const members = await store.db.delegation.findMany({
      where: { committeeId, isMember: true },
      orderBy: { listOrder: "asc" },
    });
    expect(members.map((d) => d.name)).toEqual(PRESENT_4_NOV_2016);
    expect(members[0]?.label).toBe("7MSP President");
    const committee = await store.db.committee.findUniqueOrThrow({
      where: { id: committeeId },
      include: { presidency: true },
    });
    expect(committee.presidency?.name).toBe("Germany");
    const others = await store.db.delegation.findMany({ where: { committeeId, isMember: false } });
    expect(others.map((d) => d.name).sort()).toEqual(
      ["Cambodia", "European Union", "GICHD", "Lao PDR", "RACVIAC", "UNMAS", "Vietnam"].sort(),
    );
  });

  it("keeps the 23 persons with honorifics and diacritics byte-identical", async () => {
    const persons = await store.db.person.findMany({ where: { committeeId }, include: { delegation: true } });
    expect(persons).toHaveLength(23);
    const byName = new Map(persons.map((p) => [p.name, p]));
    for (const name of [
      "Asim Dorović",
      "Carola Muñoz",
      "Maricela Muñoz",
      "Víctor Martínez",
      "Amélie Chayer",
    ]) {
      expect(byName.get(name)?.name).toBe(name);
      expect(Buffer.from(byName.get(name)!.name)).toEqual(Buffer.from(name, "utf8"));
    }
    expect(persons.filter((p) => p.familyName === "Muñoz")).toHaveLength(2);
    const chayer = persons.find((p) => p.familyName === "Chayer");
    expect(chayer?.name.split(" ")[0]).toBe("Amélie");
    const sinjela = byName.get("Encyla Tina Chishiba Sinjela");
    expect([sinjela?.honorific, sinjela?.familyName, sinjela?.delegation.name]).toEqual([
      "H.E. Ms.",
      "Sinjela",
      "Zambia",
    ]);
    expect(byName.get("Sheila Mweemba")?.position).toBe("Director");
  });

  it("records the pronouns the minutes use, and none where they use none", async () => {
    const persons = await store.db.person.findMany({ where: { committeeId } });
    const withPronoun = persons.filter((p) => p.pronoun !== null).map((p) => [p.name, p.pronoun]);
    expect(withPronoun).toEqual([
      ["Michael Biontino", "he"],
      ["Sheila Mweemba", "she"],
    ]);
  });

  it("gives the presidency, coordinators, secretariat and observers their roles", async () => {
    const roles = await store.db.committeeRole.findMany({
      where: { committeeId },
      include: { person: true },
    });
    expect(roles).toHaveLength(23);
    const names = (role: string) =>
      roles
        .filter((r) => r.role === role)
        .map((r) => r.person.name)
        .sort();
    expect(names("president")).toEqual(["Michael Biontino", "Toralf Pilz"]);
    expect(names("secretariat")).toEqual(["Matthieu Laruelle", "Sheila Mweemba"]);
    expect(names("observer")).toEqual(["Amélie Chayer", "Louis Maresca", "Silvia Mercogliano"]);
    expect(names("coordinator")).toHaveLength(16);
  });

  it("has the eight thematic areas with their coordinators", async () => {
    const areas = await store.db.thematicArea.findMany({
      where: { committeeId },
      orderBy: { position: "asc" },
      include: { coordinators: { orderBy: { listOrder: "asc" }, include: { delegation: true } } },
    });
    expect(areas.map((a) => [a.position, a.name, a.coordinators.map((c) => c.delegation.name)])).toEqual([
      [1, "Victim Assistance", ["Italy", "Chile"]],
      [2, "Universalization", ["France", "Zambia"]],
      [3, "Stockpile Destruction", ["Croatia", "Mexico"]],
      [4, "Clearance and Risk Reduction Education", ["Norway", "Netherlands"]],
      [5, "International Cooperation and Assistance", ["Iraq", "Australia"]],
      [6, "Transparency Measures", ["Costa Rica"]],
      [7, "National Implementation Measures", ["New Zealand"]],
      [8, "General Status and Operation of the Convention", ["Bosnia and Herzegovina", "Switzerland"]],
    ]);
  });

  it("holds the three meetings at the right UTC instants, chained", async () => {
    const meetings = await store.db.meeting.findMany({
      where: { committeeId },
      orderBy: { startsAt: "asc" },
    });
    expect(
      meetings.map((m) => [m.startsAt.toISOString(), m.endsAt?.toISOString() ?? null, m.status]),
    ).toEqual([
      ["2016-09-26T22:00:00.000Z", null, "held"],
      ["2016-11-04T09:00:00.000Z", "2016-11-04T10:30:00.000Z", "held"],
      ["2016-12-07T09:00:00.000Z", "2016-12-07T10:30:00.000Z", "scheduled"],
    ]);
    const [sep, nov, dec] = meetings;
    expect(sep?.timeKnown).toBe(false);
    expect(nov?.previousMeetingId).toBe(sep?.id);
    expect(dec?.previousMeetingId).toBe(nov?.id);
    expect(dec?.place).toBe("Permanent Mission of the Federal Republic of Germany");
    expect(nov?.minutesApprovedAt).toBeNull();
    expect(await store.db.attendance.count({ where: { meetingId: nov!.id } })).toBe(23);
    const agenda = await store.db.agendaItem.findMany({
      where: { meetingId: nov!.id },
      orderBy: { position: "asc" },
    });
    const numbers = "1 2 3 4 5 5.1 5.2 5.3 5.4 5.5 5.6 5.7 5.8 6 7 8".split(" ");
    expect(agenda.map((a) => a.number)).toEqual(numbers);
    expect(agenda.find((a) => a.number === "5.8")?.areaId).toBeNull();
    expect(await store.db.decision.count({ where: { meetingId: nov!.id } })).toBe(3);
  });

  it("numbers the eight action items 1..8 with their owners and due terms", async () => {
    const actions = await store.db.actionItem.findMany({
      where: { committeeId },
      orderBy: { number: "asc" },
      include: { owners: { orderBy: { listOrder: "asc" }, include: { delegation: true } }, dueMeeting: true },
    });
    expect(actions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(
      actions.every((a) => a.status === "open" && a.createdAt.toISOString() === "2016-11-04T10:30:00.000Z"),
    ).toBe(true);
    expect(actions.slice(0, 4).map((a) => a.dueMeeting?.startsAt.toISOString())).toEqual(
      Array(4).fill("2016-12-07T09:00:00.000Z"),
    );
    expect([actions[5]?.dueKind, actions[5]?.dueOn]).toEqual(["date", "2017-01-31"]);
    expect(actions[0]?.owners).toHaveLength(14);
    expect(actions[2]?.owners.map((o) => o.delegation?.name)).toEqual(["Germany", "France", "Zambia"]);
  });

  it("resolves the words users type through the stored alias keys", async () => {
    const delegationFor = async (text: string) =>
      (
        await store.db.delegationAlias.findUnique({
          where: { committeeId_alias: { committeeId, alias: aliasKey(text) } },
          include: { delegation: true },
        })
      )?.delegation.name;
    expect(await delegationFor("Laos")).toBe("Lao PDR");
    expect(await delegationFor("BiH")).toBe("Bosnia and Herzegovina");
    expect(await delegationFor("the Netherlands")).toBe("Netherlands");
    expect(await delegationFor("Viet Nam")).toBe("Vietnam");
    const area = await store.db.thematicAreaAlias.findUnique({
      where: { committeeId_alias: { committeeId, alias: aliasKey("VA") } },
      include: { area: true },
    });
    expect(area?.area.name).toBe("Victim Assistance");
    const stored = await store.db.delegationAlias.findMany({ where: { committeeId } });
    expect(stored.every((a) => a.alias === aliasKey(a.alias))).toBe(true);
  });

  it("records the Lao PDR coalition as the non-paper describes it", async () => {
    const coalition = await store.db.countryCoalition.findUniqueOrThrow({
      where: { committeeId_name: { committeeId, name: "Lao PDR" } },
      include: { members: { include: { delegation: true } }, activities: { orderBy: { position: "asc" } } },
    });
    expect(coalition.phase).toBe("regional-seminar");
    expect(coalition.members.map((m) => [m.delegation.name, m.role])).toEqual([["Lao PDR", "affected"]]);
    expect(coalition.activities.map((a) => [a.title, a.status])).toEqual([
      ["Regional seminar in Bangkok", "held"],
      ["Regional seminar in Zagreb (RACVIAC)", "held"],
      ["Informal closed meeting promoting country coalitions at the APMBC intersessional meeting", "held"],
      ["Country-specific seminar for Lao PDR", "planned"],
    ]);
    expect(coalition.activities[0]?.fundingChannel).toBe("European Union");
  });

  it("writes one audit row and refuses a second seed without duplicating", async () => {
    const audit = await store.db.auditEvent.findMany({ where: { committeeId } });
    expect(audit.map((a) => [a.action, a.platform, a.at.toISOString()])).toEqual([
      ["seed.load", "seed", NOW.toISOString()],
    ]);
    expect(await isEmpty(store.db)).toBe(false);
    await expect(seedCommittee(store.db, { now: NOW })).rejects.toThrow();
    expect(await store.db.committee.count()).toBe(1);
    expect(await store.db.delegation.count()).toBe(26);
    expect(await store.db.person.count()).toBe(23);
  });
});

describe("npm run seed", () => {
  it("seeds an empty database once and then leaves it alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapporteur-"));
    const env = { ...process.env, DATABASE_URL: `file:${dir}/cli.db` };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", ...args], { env, encoding: "utf8" });
    const first = run();
    expect([first.status, first.stderr]).toEqual([0, ""]);
    expect(first.stdout).toMatch(/^Seeded .*cli\.db: CCM Coordination Committee/);
    const second = run();
    expect([second.status, second.stdout.trim()]).toEqual([
      0,
      "Database already seeded; use --reset to start over.",
    ]);
    const third = run("--reset");
    expect([third.status, third.stdout]).toEqual([0, expect.stringMatching(/^Reset and seeded /)]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
