// Who may do what, cell by cell: every role × every write (and restricted
// read) × every platform, through the core as each adapter calls it. The
// expectations are written out here, not derived from the policy table, so
// a change to the policy fails this test until the table below agrees.
// An allowed write must leave an audit row naming the person and the chat
// account; a refusal must name the roles needed and leave every table as it
// was. Runs on SQLite files: each allowed write gets a copy of a template.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, ConversationRef, Speaker } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { seedCommittee } from "../../src/seed/load.ts";
import { type Db, openStore } from "../../src/store/open.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const ROLES = ["presidency", "secretariat", "coordinator", "other coordinator", "observer", "owner"] as const;
type RoleKey = (typeof ROLES)[number];
const PERSONS: Record<RoleKey, string> = {
  presidency: "Michael Biontino", // Germany, 7MSP President
  secretariat: "Sheila Mweemba", // ISU-CCM
  coordinator: "Silvia Cattaneo", // Italy, coordinates Victim Assistance
  "other coordinator": "Malgorzata Hauge", // Norway, not Victim Assistance
  observer: "Amélie Chayer", // Cluster Munition Coalition
  owner: "Viengsamay Phommachanh", // Lao PDR, a member whose delegation owns the matrix action item
};
const PLATFORMS = ["slack", "teams", "console"] as const;
type PlatformKey = (typeof PLATFORMS)[number];

interface Fixture {
  actionHandle: string;
  /** The meeting whose minutes draft is being prepared (4 November 2016). */
  draftMeetingId: number;
  personIds: Record<RoleKey, number>;
}

interface Case {
  name: string;
  text: (f: Fixture) => string;
  allowed: readonly RoleKey[];
  /** Writes leave an audit row when allowed (on these platforms; all by default). */
  writes: boolean | readonly PlatformKey[];
  submit?: (f: Fixture) => { actionId: string; values: Record<string, string> };
}

const MANAGERS: RoleKey[] = ["presidency", "secretariat"];
const WRITERS: RoleKey[] = ["presidency", "secretariat", "coordinator", "other coordinator"];

const CASES: Case[] = [
  {
    name: "schedule a meeting",
    text: () => "meeting schedule 14 December 2016 10:00-11:30 confirm",
    allowed: MANAGERS,
    writes: true,
  },
  {
    name: "move a meeting",
    text: () => "meeting move 8 December 2016 10:00-11:30 confirm",
    allowed: MANAGERS,
    writes: true,
  },
  { name: "cancel a meeting", text: () => "meeting cancel confirm", allowed: MANAGERS, writes: true },
  { name: "edit the agenda", text: () => "agenda add Matrix item", allowed: MANAGERS, writes: true },
  { name: "take a note", text: () => "note 2 Matrix note", allowed: MANAGERS, writes: true },
  { name: "record a decision", text: () => "decision 2 Matrix decision", allowed: MANAGERS, writes: true },
  { name: "record attendance", text: () => "attended Phommachanh", allowed: MANAGERS, writes: true },
  {
    name: "change settings",
    text: () => "settings reminders 3 days before",
    allowed: ["secretariat"],
    writes: true,
  },
  {
    name: "link an account",
    text: () => "link <@UNEWUSER1> Pilz",
    allowed: ["secretariat"],
    writes: ["slack"],
  },
  { name: "see who sent updates", text: () => "updates", allowed: MANAGERS, writes: false },
  {
    name: "read the record of changes",
    text: (f) => `history ${f.actionHandle}`,
    allowed: WRITERS,
    writes: false,
  },
  {
    name: "submit an area update",
    text: () => "update VA: Matrix update on victim assistance.",
    allowed: ["presidency", "secretariat", "coordinator"],
    writes: true,
  },
  {
    name: "submit a coalition update",
    text: () => "update Lao PDR: Matrix coalition update.",
    allowed: WRITERS,
    writes: true,
  },
  {
    name: "add an action item",
    text: () => "action add Matrix follow-up owner Norway due next meeting",
    allowed: WRITERS,
    writes: true,
  },
  {
    name: "mark an action item done",
    text: (f) => `action done ${f.actionHandle}`,
    allowed: ["presidency", "secretariat", "coordinator", "owner"],
    writes: true,
  },
  {
    name: "reassign an action item",
    text: (f) => f.actionHandle,
    submit: (f) => ({
      actionId: "action-reassign-submit",
      values: { action: f.actionHandle, owners: "delegation:norway" },
    }),
    allowed: ["presidency", "secretariat", "coordinator"],
    writes: true,
  },
  {
    name: "restrict a coalition",
    text: () => "visibility Lao PDR coordinators",
    allowed: MANAGERS,
    writes: true,
  },
  {
    name: "restrict an update",
    text: () => "visibility update VA coordinators",
    allowed: ["presidency", "secretariat", "coordinator"],
    writes: true,
  },
  {
    name: "read a coalition kept to coordinators",
    text: () => "status Cambodia",
    allowed: WRITERS,
    writes: false,
  },
  {
    name: "read a coalition kept to the secretariat",
    text: () => "status Vietnam",
    allowed: ["secretariat"],
    writes: false,
  },
  { name: "circulate the minutes draft", text: () => "minutes circulate", allowed: MANAGERS, writes: true },
  {
    name: "comment on the circulated minutes",
    text: () => "minutes comment 2 Matrix comment",
    allowed: ROLES,
    writes: true,
  },
  {
    name: "read the comments on the minutes",
    text: () => "minutes comments",
    allowed: MANAGERS,
    writes: false,
  },
  {
    name: "reword an item of the minutes draft",
    text: () => "minutes edit 2",
    submit: (f) => ({
      actionId: "minutes-edit-submit",
      values: { meeting: String(f.draftMeetingId), item: "2", text: "The meeting was opened by the Matrix." },
    }),
    allowed: ["secretariat"],
    writes: true,
  },
  { name: "approve the minutes", text: () => "minutes approve", allowed: MANAGERS, writes: true },
];

const ROLE_REFUSAL = /^(?:Only [^\n]+ may [^\n]+|[^\n]+ is kept to [^\n]+); you are registered as [^\n]+\.$/m;
/^Only .+ may .+; you are registered as .+\.$|is kept to .+; you are registered as .+\.$/;
const UNBOUND = /is not bound, so nothing was read or changed/;

let dir: string;
let template: string;
let fixture: Fixture;
const tally = { cells: 0, refusals: 0, allowed: 0 };

function speakerFor(
  platform: PlatformKey,
  role: RoleKey,
  workspace?: string,
): { speaker: Speaker; conversation: ConversationRef } {
  const key = role.replace(/\W/g, "").toUpperCase();
  if (platform === "slack") {
    const ws = workspace ?? "T-MATRIX";
    return {
      speaker: { kind: "chat", platform, workspaceId: ws, userId: `U${key}` },
      conversation: { platform, id: `slack:${ws}:D${key}`, kind: "dm" },
    };
  }
  if (platform === "teams") {
    const ws = workspace ?? "tenant-matrix";
    return {
      speaker: { kind: "chat", platform, workspaceId: ws, userId: `29:${key}` },
      conversation: { platform, id: `teams:${ws}:a:dm-${key}`, kind: "dm" },
    };
  }
  return {
    speaker: { kind: "person", personId: fixture.personIds[role] },
    conversation: { platform: "console", id: "console:matrix", kind: "dm" },
  };
}

async function fingerprint(db: Db): Promise<string> {
  const counts = await Promise.all([
    db.auditEvent.count(),
    db.meeting.count(),
    db.meeting.findMany({
      select: { startsAt: true, status: true, minutesApprovedAt: true },
      orderBy: { id: "asc" },
    }),
    db.minutesVersion.count(),
    db.minutesComment.count(),
    db.minutesCorrection.count(),
    db.agendaItem.count(),
    db.agendaDraftVersion.count(),
    db.meetingNote.count(),
    db.decision.count(),
    db.attendance.count(),
    db.update.findMany({ select: { body: true, visibility: true }, orderBy: { id: "asc" } }),
    db.updateRevision.count(),
    db.actionItem.findMany({ select: { status: true }, orderBy: { id: "asc" } }),
    db.actionOwner.findMany({ select: { ownerKey: true }, orderBy: { id: "asc" } }),
    db.chatIdentity.count(),
    db.countryCoalition.findMany({ select: { visibility: true }, orderBy: { id: "asc" } }),
    db.meetingCycleSettings.findMany(),
    db.workspaceBinding.count(),
  ]);
  return JSON.stringify(counts);
}

async function run(
  db: Db,
  c: Case,
  platform: PlatformKey,
  role: RoleKey,
  workspace?: string,
): Promise<Reply[]> {
  const core = createCore({ db, clock: manualClock(NOW), logger: silentLogger });
  const { speaker, conversation } = speakerFor(platform, role, workspace);
  const submit = c.submit?.(fixture);
  const request: ChatRequest = submit
    ? { speaker, conversation, kind: "submit", text: "", actionId: submit.actionId, values: submit.values }
    : { speaker, conversation, kind: "command", text: c.text(fixture) };
  return core.handle(request);
}

function textOf(replies: Reply[]): string {
  return replies.map((reply) => renderPlainText(reply)).join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-matrix-"));
  template = join(dir, "template.db");
  const store = await openStore(`file:${template}`);
  const { db } = store;
  const { committeeId } = await seedCommittee(db, { now: NOW });
  const lao = await db.delegation.findFirstOrThrow({ where: { name: "Lao PDR" } });
  const member = await db.person.create({
    data: {
      committeeId,
      delegationId: lao.id,
      honorific: "Ms.",
      name: PERSONS.owner,
      familyName: "Phommachanh",
      roles: { create: { committeeId, role: "member" } },
    },
  });
  const personIds = {} as Record<RoleKey, number>;
  for (const role of ROLES) {
    const person =
      role === "owner" ? member : await db.person.findFirstOrThrow({ where: { name: PERSONS[role] } });
    personIds[role] = person.id;
    for (const platform of ["slack", "teams"] as const) {
      const { speaker } = speakerFor(platform, role);
      if (speaker.kind !== "chat") continue;
      await db.chatIdentity.create({
        data: { personId: person.id, platform, workspaceId: speaker.workspaceId, userId: speaker.userId },
      });
    }
  }
  const va = await db.thematicArea.findFirstOrThrow({ where: { shortName: "VA" } });
  const last = await db.actionItem.aggregate({ _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  await db.actionItem.create({
    data: {
      committeeId,
      number,
      text: "Matrix action item",
      dueKind: "none",
      areaId: va.id,
      createdAt: NOW,
      owners: { create: { delegationId: lao.id, ownerKey: `delegation:${lao.id}` } },
    },
  });
  const next = await db.meeting.findFirstOrThrow({
    where: { startsAt: { gt: NOW } },
    orderBy: { startsAt: "asc" },
  });
  await db.update.create({
    data: {
      committeeId,
      meetingId: next.id,
      authorId: personIds.coordinator,
      areaId: va.id,
      subjectKey: `area:${va.id}`,
      body: "Italy will hold a workshop.",
      submittedAt: NOW,
    },
  });
  for (const [name, visibility] of [
    ["Cambodia", "coordinators"],
    ["Vietnam", "secretariat"],
  ] as const) {
    const affected = await db.delegation.findFirstOrThrow({ where: { name } });
    await db.countryCoalition.create({
      data: {
        committeeId,
        name,
        affectedDelegationId: affected.id,
        phase: "idea",
        visibility,
        updatedAt: NOW,
      },
    });
  }
  // The minutes of 27 September 2016 as if circulated and not yet approved, so
  // they can be commented on and approved at the meeting of 4 November.
  const september = await db.meeting.findFirstOrThrow({ where: { minutesApprovedAt: { not: null } } });
  await db.meeting.update({ where: { id: september.id }, data: { minutesApprovedAt: null } });
  const document = {
    title: "MINUTES",
    subtitle: [],
    status: "DRAFT (version 1)",
    blocks: [{ kind: "heading", level: 1, number: "2", title: "Opening Remarks by the President" }],
    colophon: "",
    author: "ISU-CCM",
    preparedAt: NOW,
  };
  await db.minutesVersion.create({
    data: {
      meetingId: september.id,
      version: 1,
      document: JSON.stringify(document),
      commentsDue: "2016-10-05",
      circulatedAt: NOW,
    },
  });
  const november = await db.meeting.findFirstOrThrow({
    where: { startsAt: new Date("2016-11-04T09:00:00Z") },
  });
  const norway = await db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
  for (const c of CASES) {
    const submit = c.submit;
    if (submit) {
      c.submit = (f) => {
        const made = submit(f);
        return { ...made, values: { ...made.values, owners: `delegation:${norway.id}` } };
      };
    }
  }
  fixture = { actionHandle: `A-${number}`, draftMeetingId: november.id, personIds };
  await store.close();
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `policy matrix: ${tally.cells} cells (${CASES.length} actions × ${ROLES.length} roles × ${PLATFORMS.length} platforms, plus ${CASES.length} × 2 from an unbound workspace), ${tally.refusals} refusals, ${tally.allowed} allowed`,
  );
});

describe("policy matrix: role × action × platform", () => {
  it.each(PLATFORMS)(
    "on %s, every cell is allowed or refused as the table says",
    async (platform) => {
      const sharedFile = join(dir, `shared-${platform}.db`);
      copyFileSync(template, sharedFile);
      const shared = await openStore(`file:${sharedFile}`);
      let copies = 0;
      try {
        for (const c of CASES) {
          for (const role of ROLES) {
            const allowed = c.allowed.includes(role);
            const cell = `${platform} / ${role} / ${c.name}`;
            tally.cells += 1;
            if (!allowed) {
              const before = await fingerprint(shared.db);
              const replies = await run(shared.db, c, platform, role);
              const text = textOf(replies);
              expect(text, cell).toMatch(ROLE_REFUSAL);
              expect(
                replies.every((reply) => reply.visibility === "private"),
                cell,
              ).toBe(true);
              expect(await fingerprint(shared.db), `${cell}: a refusal changed the records`).toBe(before);
              tally.refusals += 1;
              continue;
            }
            copies += 1;
            const file = join(dir, `${platform}-${copies}.db`);
            copyFileSync(template, file);
            const store = await openStore(`file:${file}`);
            try {
              const audits = await store.db.auditEvent.count();
              const replies = await run(store.db, c, platform, role);
              const text = textOf(replies);
              expect(text, cell).not.toMatch(ROLE_REFUSAL);
              expect(text, cell).not.toMatch(/Something went wrong/);
              const writes = c.writes === true || (Array.isArray(c.writes) && c.writes.includes(platform));
              if (writes) {
                const rows = await store.db.auditEvent.findMany({
                  where: { id: { gt: audits } },
                  orderBy: { id: "asc" },
                });
                expect(rows.length, `${cell}: no audit row (${text})`).toBeGreaterThan(0);
                const { speaker } = speakerFor(platform, role);
                for (const row of rows) {
                  expect(row.actorPersonId, cell).toBe(fixture.personIds[role]);
                  expect(row.platform, cell).toBe(platform);
                  expect(row.platformUserId, cell).toBe(speaker.kind === "chat" ? speaker.userId : null);
                }
              } else {
                expect(await store.db.auditEvent.count(), `${cell}: a read wrote an audit row`).toBe(audits);
              }
              tally.allowed += 1;
            } finally {
              await store.close();
              rmSync(file, { force: true });
            }
          }
        }
      } finally {
        await shared.close();
      }
    },
    120_000,
  );

  it.each(["slack", "teams"] as const)(
    "refuses every action from a %s workspace the committee is not bound to, reading and writing nothing",
    async (platform) => {
      const copy = join(dir, `foreign-${platform}.db`);
      copyFileSync(template, copy);
      const store = await openStore(`file:${copy}`);
      try {
        // The secretariat's own user id, but in another workspace: a stranger there.
        for (const c of CASES) {
          tally.cells += 1;
          const before = await fingerprint(store.db);
          const replies = await run(
            store.db,
            c,
            platform,
            "secretariat",
            platform === "slack" ? "T-FOREIGN" : "tenant-foreign",
          );
          expect(textOf(replies), c.name).toMatch(UNBOUND);
          expect(await fingerprint(store.db), c.name).toBe(before);
          tally.refusals += 1;
        }
      } finally {
        await store.close();
      }
    },
    60_000,
  );
});
