// The conversation core end to end on a real (temporary) SQLite store seeded
// with the 2016 committee: commands, refusals, writes with their audit rows,
// and plain questions. No reply in this file may be a fault.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { type Core, createCore, NOT_REGISTERED } from "../../src/core/core.ts";
import { USAGE } from "../../src/core/grammar.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, RequestKind, Speaker } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { Db, OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const DEC_7_STARTS = new Date("2016-12-07T09:00:00Z");
const FAULT = /Something went wrong/;

/** Every reply this file receives, checked after each test. */
const received: { text: string; replies: Reply[] }[] = [];

afterEach(() => {
  const seen = received.splice(0);
  for (const { text, replies } of seen) {
    expect(replies.length, `no reply to ${JSON.stringify(text)}`).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.text.trim(), `empty reply to ${JSON.stringify(text)}`).not.toBe("");
      expect(renderPlainText(reply).trim(), `empty rendering for ${JSON.stringify(text)}`).not.toBe("");
      expect(renderPlainText(reply), `fault on ${JSON.stringify(text)}`).not.toMatch(FAULT);
      expect(["public", "private"]).toContain(reply.visibility);
    }
  }
});

interface Harness {
  dir: string;
  store: OpenedStore;
  db: Db;
  clock: ManualClock;
  core: Core;
  person(name: string): Promise<number>;
  /** The replies to `text` from the named person (or a raw speaker). */
  send(who: string | Speaker, text: string, kind?: RequestKind): Promise<Reply[]>;
  /** The one reply to `text`, rendered as plain text, with its visibility. */
  one(who: string | Speaker, text: string, kind?: RequestKind): Promise<{ text: string; reply: Reply }>;
}

function harness(): { get: () => Harness; setup: () => Promise<void>; teardown: () => Promise<void> } {
  let current: Harness | undefined;
  const ids = new Map<string, number>();
  return {
    get: () => {
      if (!current) throw new Error("harness not set up");
      return current;
    },
    async setup() {
      const dir = mkdtempSync(join(tmpdir(), "rapporteur-core-"));
      const clock = manualClock(NOW);
      const store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
      const db = store.db;
      const core = createCore({ db, clock, logger: silentLogger });
      const person = async (name: string) => {
        const known = ids.get(name);
        if (known !== undefined) return known;
        const found = await db.person.findFirst({ where: { name } });
        if (!found) throw new Error(`no person named ${name}`);
        ids.set(name, found.id);
        return found.id;
      };
      const send = async (who: string | Speaker, text: string, kind: RequestKind = "command") => {
        const speaker: Speaker =
          typeof who === "string" ? { kind: "person", personId: await person(who) } : who;
        const request: ChatRequest = {
          speaker,
          conversation: { platform: "console", id: "console:test", kind: "dm" },
          kind,
          text,
        };
        const replies = await core.handle(request);
        received.push({ text, replies });
        return replies;
      };
      const one = async (who: string | Speaker, text: string, kind: RequestKind = "command") => {
        const replies = await send(who, text, kind);
        expect(replies, `replies to ${JSON.stringify(text)}`).toHaveLength(1);
        const reply = replies[0] as Reply;
        return { text: renderPlainText(reply), reply };
      };
      current = { dir, store, db, clock, core, person, send, one };
    },
    async teardown() {
      if (!current) return;
      await current.store.close();
      rmSync(current.dir, { recursive: true, force: true });
      current = undefined;
    },
  };
}

const HAUGE = "Malgorzata Hauge"; // Norway, coordinator (Clearance and RRE)
const MWEEMBA = "Sheila Mweemba"; // ISU-CCM, secretariat
const CHAYER = "Amélie Chayer"; // Cluster Munition Coalition, observer
const CATTANEO = "Silvia Cattaneo"; // Italy, coordinator (Victim Assistance)

function handles(text: string): string[] {
  return [...text.matchAll(/^- (A-\d+) /gm)].map((m) => m[1] as string);
}

describe("core: reading the records (21 November 2016)", () => {
  const h = harness();
  beforeAll(h.setup);
  afterAll(h.teardown);

  describe("who is asking", () => {
    const stranger: Speaker = { kind: "chat", platform: "slack", workspaceId: "T1", userId: "U404" };

    it("refuses a workspace the committee is not bound to before reading anything", async () => {
      const replies = await h.get().send({ ...stranger, workspaceId: "T-ELSEWHERE" }, "status Lao PDR");
      expect(replies).toHaveLength(1);
      expect(replies[0]?.visibility).toBe("private");
      expect(replies[0]?.text).toContain("this Slack workspace (T-ELSEWHERE) is not bound");
      expect(replies[0]?.text).toContain("npm run admin -- bind slack T-ELSEWHERE");
    });

    it("answers an unregistered chat account of a bound workspace with one private NOT_REGISTERED reply", async () => {
      await h.get().db.workspaceBinding.create({
        data: { committeeId: 1, platform: "slack", workspaceId: "T1", boundAt: new Date() },
      });
      const replies = await h.get().send(stranger, "status Lao PDR");
      expect(replies).toEqual([{ visibility: "private", text: NOT_REGISTERED }]);
      const asQuestion = await h.get().send(stranger, "where are we with Laos?", "message");
      expect(asQuestion).toEqual([{ visibility: "private", text: NOT_REGISTERED }]);
    });

    it("answers an unknown person id the same way", async () => {
      const replies = await h.get().send({ kind: "person", personId: 999_999 }, "areas");
      expect(replies).toEqual([{ visibility: "private", text: NOT_REGISTERED }]);
    });

    it("answers normally once the account is linked to a person", async () => {
      const { db, person } = h.get();
      await db.chatIdentity.create({
        data: { personId: await person(HAUGE), platform: "slack", workspaceId: "T1", userId: "U404" },
      });
      const { text, reply } = await h.get().one(stranger, "status Lao PDR");
      expect(reply.text).not.toBe(NOT_REGISTERED);
      expect(text).toContain("Country coalition: Lao PDR");
      // The same user id in another (bound) workspace is still a stranger.
      await h.get().db.workspaceBinding.create({
        data: { committeeId: 1, platform: "slack", workspaceId: "T2", boundAt: new Date() },
      });
      const other = await h.get().send({ ...stranger, workspaceId: "T2" }, "status Lao PDR");
      expect(other).toEqual([{ visibility: "private", text: NOT_REGISTERED }]);
    });
  });

  describe("status and coalitions", () => {
    it.each(["status Lao PDR", "status laos", "STATUS Laos", "/ccm status the Lao coalition"])(
      "%j gives the Lao PDR coalition",
      async (command) => {
        const { text, reply } = await h.get().one(HAUGE, command);
        expect(reply.visibility).toBe("private");
        expect(reply.title).toBe("Country coalition: Lao PDR");
        expect(text).toContain("Phase: Tested at regional seminars");
        expect(text).toContain("Regional seminar in Bangkok");
        expect(text).toContain("funding: European Union");
        expect(text).toMatch(
          /Next step\nLao PDR with the coordinators on clearance .* country-specific seminar/,
        );
        expect(text).toContain("Last updated 4 November 2016.");
      },
    );

    it("refuses an unknown coalition privately, naming the known ones", async () => {
      const { text, reply } = await h.get().one(HAUGE, "status Narnia");
      expect(reply.visibility).toBe("private");
      expect(text).toBe(
        `There is no country coalition for "Narnia". Coalitions on record: Lao PDR.\nUsage: ${USAGE.status}`,
      );
    });

    it("lists the coalitions", async () => {
      const { text } = await h.get().one(HAUGE, "coalitions");
      expect(text).toContain("1 country coalition on record.");
      expect(text).toContain("- Lao PDR: Tested at regional seminars");
      const overview = await h.get().one(HAUGE, "status");
      expect(overview.text).toBe(text);
    });
  });

  describe("who and areas", () => {
    it("names the coordinators of victim assistance and their people", async () => {
      const { text, reply } = await h.get().one(HAUGE, "who victim assistance");
      expect(reply.visibility).toBe("private");
      expect(reply.text).toBe("Victim Assistance is coordinated by Italy and Chile.");
      expect(text).toContain("- Italy\n  Dr. Silvia Cattaneo");
      expect(text).toContain("- Chile\n  Ms. Carola Muñoz");
      expect((await h.get().one(HAUGE, "who VA")).text).toBe(text);
    });

    it("finds a person without the diacritics", async () => {
      const { reply } = await h.get().one(HAUGE, "who Dorovic");
      expect(reply.text).toBe(
        "Mr. Asim Dorović (Bosnia and Herzegovina): coordinator. Coordinates General Status and Operation of the Convention with the delegation.",
      );
    });

    it("refuses an ambiguous family name, naming both people", async () => {
      const { text, reply } = await h.get().one(HAUGE, "who Munoz");
      expect(reply.visibility).toBe("private");
      expect(text).toBe(
        `"Munoz" could mean Carola Muñoz and Maricela Muñoz; please be more specific.\nUsage: ${USAGE.who}`,
      );
    });

    it("refuses an unknown name, listing the areas", async () => {
      const { text } = await h.get().one(HAUGE, "who Narnia");
      expect(text).toMatch(/^No area, delegation or person matches "Narnia"\. Areas: VA, Universalization, /);
    });

    it("lists the eight areas with their coordinators", async () => {
      const { text, reply } = await h.get().one(HAUGE, "areas");
      expect(reply.text).toBe("8 thematic areas.");
      expect(reply.sections?.[0]?.items).toHaveLength(8);
      expect(text).toContain("- 1. Victim Assistance (VA)\n  Coordinators: Italy and Chile");
      expect(text).toContain("- 6. Transparency Measures (Transparency)\n  Coordinators: Costa Rica");
      expect(text).toContain(
        "- 8. General Status and Operation of the Convention (General Status)\n  Coordinators: Bosnia and Herzegovina and Switzerland",
      );
    });
  });

  describe("meetings", () => {
    it("gives the next meeting with its time in CET", async () => {
      const { text, reply } = await h.get().one(HAUGE, "meeting next");
      expect(reply.text).toBe(
        "The next meeting is on Wednesday 7 December 2016, 10:00–11:30 CET, at the Permanent Mission of the Federal Republic of Germany.",
      );
      expect(text).toContain("Updates received: 0 of 8 areas");
      expect(text).toContain("Due by this meeting (4)");
      expect((await h.get().one(HAUGE, "meeting")).text).toBe(text);
    });

    it("gives the last meeting with its decisions", async () => {
      const { text, reply } = await h.get().one(HAUGE, "meeting last");
      expect(reply.text).toContain("Friday 4 November 2016");
      expect(text).toContain("Present: 23 people from 19 delegations");
      expect(text).toContain("Decisions");
      expect(text).toContain(
        "The draft Minutes of the meeting of 27 September 2016 were approved without comments as a correct record.",
      );
      expect(text).toContain("Wednesday, 7 December 2016 from 10:00 to 11:30");
      expect(handles(text)).toEqual(["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8"]);
    });

    it("drafts the agenda of 7 December in the committee's standard shape", async () => {
      const { text, reply } = await h.get().one(HAUGE, "agenda");
      expect(reply.text).toBe(
        "DRAFT — Agenda for the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, at the Permanent Mission of the Federal Republic of Germany",
      );
      const items = reply.sections?.[0]?.items ?? [];
      expect(items.map((item) => item.text.split(" ")[0])).toEqual([
        "1",
        "2",
        "3",
        "4",
        "5",
        "5.1",
        "5.2",
        "5.3",
        "5.4",
        "5.5",
        "5.6",
        "5.7",
        "5.8",
        "5.9",
        "6",
        "7",
        "8",
        "9",
      ]);
      expect(items.map((item) => item.text)).toEqual(
        expect.arrayContaining([
          "1 Present",
          "3 Approval of the Minutes of 4 November 2016",
          "4 Updates from the 7MSP Presidency",
          "5.1 Victim Assistance (Italy and Chile)",
          "5.2 Universalization (France and Zambia)",
          "5.3 Stockpile Destruction (Croatia and Mexico)",
          "5.4 Clearance and Risk Reduction Education (Norway and Netherlands)",
          "5.5 International Cooperation and Assistance (Iraq and Australia)",
          "5.6 Transparency Measures (Costa Rica)",
          "5.7 National Implementation Measures (New Zealand)",
          "5.8 General Status and Operation of the Convention (Bosnia and Herzegovina and Switzerland)",
          "5.9 Country Coalitions",
          "8 Any Other Business",
          "9 Date of the Next CC Meeting",
        ]),
      );
      expect(text.match(/Update not yet received\./g)).toHaveLength(8);
      expect(text).toContain("Lao PDR: update not yet received.");
      const detail = (number: string) =>
        items.find((item) => item.text.startsWith(`${number} `))?.detail ?? "";
      expect(detail("5")).toContain(
        "Carried over: A-1 Turn the thematic concept notes into operational plans",
      );
      expect(detail("5.2")).toContain("Carried over: A-3 ");
      expect(detail("5.6")).toContain("Carried over: A-7 ");
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(text).toContain(`Carried over: A-${n} `);
    });

    it("drafts the minutes of 4 November", async () => {
      const { text, reply } = await h.get().one(HAUGE, "minutes");
      expect(reply.text).toBe("DRAFT — MINUTES OF THE CCM COORDINATION COMMITTEE MEETING");
      expect(text).toContain("1. PRESENT:");
      expect(text).toContain("- Germany - 7MSP President\n  H.E. Michael Biontino");
      expect(text).toContain(
        "Held on Friday 4 November 2016\nat the Permanent Mission of the Federal Republic of Germany",
      );
      expect(text).toContain("Draft prepared 21 November 2016");
      expect(text).toContain(
        "The President invited Costa Rica, with the support of the ISU-CCM, to define a target list of countries for transparency reporting. (A-7)",
      );
      expect(text).toContain("8. Date of the Next CC Meeting\nThe next meeting");
    });

    // Bug (src/render/plain-text.ts): only the first line of a multi-line detail is
    // indented, so Mr. Toralf Pilz prints flush left as if he were a delegation.
    it("indents every line of a multi-line detail in plain text", async () => {
      const { text } = await h.get().one(HAUGE, "minutes");
      expect(text).toContain("- Germany - 7MSP President\n  H.E. Michael Biontino\n  Mr. Toralf Pilz\n");
    });
  });

  describe("action items", () => {
    it("lists the eight open items", async () => {
      const { text, reply } = await h.get().one(HAUGE, "actions open");
      expect(reply.visibility).toBe("private");
      expect(reply.text).toBe("8 open action items.");
      expect(handles(text)).toEqual(["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8"]);
      expect((await h.get().one(HAUGE, "actions")).text).toBe(text);
    });

    it("has nothing overdue on 21 November, and A-1..A-4 overdue after the 7 December meeting", async () => {
      const { clock } = h.get();
      expect((await h.get().one(HAUGE, "actions overdue")).text).toBe("No overdue action items.");
      clock.set(new Date("2016-12-08T12:00:00Z"));
      try {
        const { text, reply } = await h.get().one(HAUGE, "actions overdue");
        expect(reply.text).toBe("4 overdue action items.");
        expect(handles(text)).toEqual(["A-1", "A-2", "A-3", "A-4"]);
        expect(text.match(/OVERDUE/g)).toHaveLength(4);
      } finally {
        clock.set(NOW);
      }
    });

    it("lists Norway's items and Hauge's own", async () => {
      const norway = await h.get().one(HAUGE, "actions Norway");
      expect(norway.reply.text).toBe("2 open action items for Norway.");
      expect(handles(norway.text)).toEqual(["A-1", "A-4"]);
      const mine = await h.get().one(HAUGE, "actions mine");
      expect(mine.reply.text).toBe("2 open action items for you or Norway.");
      expect(handles(mine.text)).toContain("A-1");
      const isu = await h.get().one(MWEEMBA, "actions mine");
      expect(handles(isu.text)).toEqual(["A-2", "A-5", "A-7", "A-8"]);
    });

    it("lists by area and refuses an unknown subject", async () => {
      const universalization = await h.get().one(HAUGE, "actions universalisation");
      expect(handles(universalization.text)).toEqual(["A-3"]);
      const { text } = await h.get().one(HAUGE, "actions Narnia");
      expect(text).toBe(
        `No delegation, area, coalition or person matches "Narnia". Try "actions mine", "actions overdue" or "actions Norway".\nUsage: ${USAGE.actions}`,
      );
    });
  });

  describe("help", () => {
    it("lists every usage line (help all), or one command's", async () => {
      const all = await h.get().one(HAUGE, "help all");
      expect(all.reply.visibility).toBe("private");
      expect(all.reply.sections?.[0]?.items?.map((item) => item.text)).toEqual(Object.values(USAGE));
      const action = await h.get().one(HAUGE, "help action");
      expect(action.reply.text).toBe('How to use "action":');
      expect(action.reply.sections?.[0]?.items?.map((item) => item.text)).toEqual([
        USAGE["action add"],
        USAGE["action done"],
      ]);
    });
  });

  describe("refusals carry the usage line", () => {
    it.each([
      ["frobnicate", /^Unknown command "frobnicate"\. Commands: help, status, /, USAGE.help],
      ["meeting tomorrow", /^"meeting" takes "next" or "last"; got "tomorrow"\.$/, USAGE.meeting],
      ["action done xyz", /^"xyz" is not an action item id; ids look like A-3\.$/, USAGE["action done"]],
      [
        "x".repeat(5000),
        /^That command is 5,000 characters long; the limit is 4,000\. Shorten it or split it\.$/,
        USAGE.help,
      ],
    ])("%j", async (command, message, usage) => {
      const { text, reply } = await h.get().one(HAUGE, command);
      expect(reply.visibility).toBe("private");
      const [first, second] = text.split("\n");
      expect(first).toMatch(message);
      expect(second).toBe(`Usage: ${usage}`);
    });
  });

  describe("plain questions", () => {
    const ask = (text: string, who = HAUGE) => h.get().one(who, text, "message");

    it('"where are we with Laos?" gives the Lao status', async () => {
      const { text, reply } = await ask("where are we with Laos?");
      expect(reply.title).toBe("Country coalition: Lao PDR");
      expect(text).toContain("Bangkok");
      expect(text).toContain("Next step");
    });

    it(`"who's on VA?" names Italy and Chile`, async () => {
      const { reply } = await ask("who's on VA?");
      expect(reply.text).toBe("Victim Assistance is coordinated by Italy and Chile.");
    });

    it('"what does Norway owe us?" includes A-1', async () => {
      const { text } = await ask("what does Norway owe us?");
      expect(handles(text)).toContain("A-1");
      expect(text).toContain("open action items for Norway");
    });

    it('"anything overdue?" says none on 21 November', async () => {
      expect((await ask("anything overdue?")).text).toBe("No overdue action items.");
    });

    it('"when do we meet next?" gives 7 December 2016', async () => {
      const { reply } = await ask("when do we meet next?");
      expect(reply.text).toContain("Wednesday 7 December 2016, 10:00–11:30 CET");
    });

    it('"what was decided last time?" gives the decisions of 4 November', async () => {
      const { text, reply } = await ask("what was decided last time?");
      expect(reply.text).toContain("4 November 2016");
      expect(text).toContain("Decisions");
      expect(text).toContain("approved without comments as a correct record");
    });

    it('"who attended on 4 November?" counts 19 delegations and 23 people', async () => {
      const { text, reply } = await ask("who attended on 4 November?");
      expect(reply.text).toBe(
        "Present at the meeting of Friday 4 November 2016, 10:00–11:30 CET: 19 delegations, 23 people.",
      );
      expect(text).toContain("- ISU-CCM\n  Ms. Sheila Mweemba and Mr. Matthieu Laruelle");
    });

    it('"has Costa Rica sent its update?" says Transparency Measures is not yet received', async () => {
      const { text } = await ask("has Costa Rica sent its update?");
      expect(text).toContain("0 of 1 received");
      expect(text).toContain("- Transparency Measures: not yet received");
    });

    it('"hello" is greeted by name', async () => {
      const { text } = await ask("hello");
      expect(text).toMatch(/^Hello, Ms\. Malgorzata Hauge\./);
    });

    it("a question it cannot answer gets examples, and no invented fact", async () => {
      const { text, reply } = await ask("tell me a joke about penguins");
      expect(reply.visibility).toBe("private");
      expect(reply.sections ?? []).toEqual([]);
      expect(text).toMatch(/^I don't know that\. .*I answer only from the committee's records/);
      expect(text).toContain('"where are we with Laos?"');
      expect(text).not.toMatch(/penguin/i);
    });

    it("a command typed as a message still runs as a command", async () => {
      const { reply } = await ask("actions mine");
      expect(reply.text).toBe("2 open action items for you or Norway.");
    });
  });

  describe("robustness", () => {
    const PIECES = [
      "status",
      "who",
      "actions",
      "action",
      "add",
      "done",
      "meeting",
      "update",
      "agenda",
      "minutes",
      "areas",
      "help",
      "owner",
      "due",
      "next",
      "A-3",
      "#0",
      ":",
      ",",
      "Laos",
      "Munoz",
      "VA",
      "32/13/2016",
      "\u202e",
      "\u200b",
      "\u0000",
      "🙂",
      "مرحبا",
      "?",
      "'; DROP TABLE ActionItem; --",
    ];

    it("never faults on scrambled commands and questions, and an observer writes nothing", async () => {
      const { db } = h.get();
      const before = [await db.actionItem.count(), await db.update.count(), await db.auditEvent.count()];
      let state = 7;
      const next = () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
      };
      for (let i = 0; i < 120; i++) {
        const words = Array.from(
          { length: 1 + Math.floor(next() * 6) },
          () => PIECES[Math.floor(next() * PIECES.length)],
        );
        const kind: RequestKind = next() < 0.5 ? "command" : "message";
        await h.get().send(CHAYER, words.join(" "), kind);
      }
      expect([await db.actionItem.count(), await db.update.count(), await db.auditEvent.count()]).toEqual(
        before,
      );
    });
  });
});

describe("core: recording and completing action items", () => {
  const h = harness();
  beforeAll(h.setup);
  afterAll(h.teardown);

  const counts = async () => {
    const { db } = h.get();
    return { actions: await db.actionItem.count(), audit: await db.auditEvent.count() };
  };

  it("records an action item owned by ISU-CCM and due by the next meeting", async () => {
    const { db, person } = h.get();
    const { text, reply } = await h
      .get()
      .one(MWEEMBA, "action add Circulate the draft agenda owner ISU due next meeting");
    expect(reply.visibility).toBe("public");
    expect(reply.text).toBe("Recorded A-9: Circulate the draft agenda");
    expect(text).toContain("Owners: ISU-CCM; due by the next meeting (Wednesday 7 December 2016).");

    const row = await db.actionItem.findFirst({
      where: { number: 9 },
      include: { owners: { include: { delegation: true } }, dueMeeting: true },
    });
    expect(row).toMatchObject({
      text: "Circulate the draft agenda",
      status: "open",
      dueKind: "next-meeting",
    });
    expect(row?.owners.map((o) => o.delegation?.name)).toEqual(["ISU-CCM"]);
    expect(row?.dueMeeting?.startsAt).toEqual(DEC_7_STARTS);
    expect(row?.createdById).toBe(await person(MWEEMBA));
    expect(row?.sourceMeetingId).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { action: "action.add" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityId: "9",
      actorPersonId: await person(MWEEMBA),
      platform: "console",
    });
  });

  it("records owners and a Geneva-style date in either order", async () => {
    const { db } = h.get();
    const first = await h.get().one(MWEEMBA, "action add Check the list owner Norway, ISU due 7/12");
    expect(first.reply.text).toBe("Recorded A-10: Check the list");
    const second = await h.get().one(MWEEMBA, "action add Check it twice due 7/12 owner Norway, ISU");
    expect(second.reply.text).toBe("Recorded A-11: Check it twice");
    for (const number of [10, 11]) {
      const row = await db.actionItem.findFirst({
        where: { number },
        include: { owners: { include: { delegation: true }, orderBy: { listOrder: "asc" } } },
      });
      expect(row).toMatchObject({ dueKind: "date", dueOn: "2016-12-07", dueMeetingId: null });
      expect(row?.owners.map((o) => o.delegation?.name)).toEqual(["Norway", "ISU-CCM"]);
    }
  });

  it("refuses an unknown owner and writes nothing", async () => {
    const before = await counts();
    const { text, reply } = await h.get().one(MWEEMBA, "action add X owner Narnia");
    expect(reply.visibility).toBe("private");
    expect(text).toBe(
      `No delegation or person matches the owner "Narnia". Name a delegation ("Norway", "ISU") or a person ("Hauge").\nUsage: ${USAGE["action add"]}`,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a date it cannot read, and a past date, writing nothing", async () => {
    const before = await counts();
    const bad = await h.get().one(MWEEMBA, "action add X due 32/13/2016");
    expect(bad.reply.visibility).toBe("private");
    expect(bad.text).toBe(
      `I could not read "32/13/2016" as a date. Write e.g. "due 7/12", "due 2016-12-07", "due next Wednesday" or "due next meeting".\nUsage: ${USAGE["action add"]}`,
    );
    const past = await h.get().one(MWEEMBA, "action add X due 1/11/2016");
    expect(past.text.split("\n")[0]).toBe(
      "Tuesday 1 November 2016 is already past; give a date from today on.",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses an observer, naming the roles needed", async () => {
    const before = await counts();
    const { text, reply } = await h.get().one(CHAYER, "action add X");
    expect(reply.visibility).toBe("private");
    expect(text).toMatch(/^Only the Presidency, the secretariat or coordinators may record action items/);
    expect(text).toContain("you are registered as observer");
    expect(await counts()).toEqual(before);
  });

  it("marks A-9 done with who did it and an audit row; a second time is refused", async () => {
    const { db, person } = h.get();
    const { reply } = await h.get().one(MWEEMBA, "action done A-9");
    expect(reply.visibility).toBe("public");
    expect(reply.text).toBe("A-9 marked done: Circulate the draft agenda");
    const row = await db.actionItem.findFirst({ where: { number: 9 } });
    expect(row).toMatchObject({ status: "done", completedById: await person(MWEEMBA) });
    expect(row?.completedAt).toEqual(NOW);
    const audit = await db.auditEvent.findMany({ where: { action: "action.done" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: "9", actorPersonId: await person(MWEEMBA) });

    const again = await h.get().one(MWEEMBA, "action done a9");
    expect(again.reply.visibility).toBe("private");
    expect(again.text).toBe(
      "A-9 was already marked done by Ms. Sheila Mweemba on 21 November 2016 at 09:00.",
    );
    expect(await db.auditEvent.count({ where: { action: "action.done" } })).toBe(1);
  });

  it("refuses an id that does not exist or is not an id", async () => {
    expect((await h.get().one(MWEEMBA, "action done A-99")).text).toBe(
      'There is no action item A-99. "actions all" lists them.',
    );
    expect((await h.get().one(MWEEMBA, "action done 0")).text).toBe(
      `"0" is not an action item id; ids look like A-3.\nUsage: ${USAGE["action done"]}`,
    );
  });

  it("refuses an observer marking A-1 done, and leaves it open", async () => {
    const { db } = h.get();
    const { text, reply } = await h.get().one(CHAYER, "action done A-1");
    expect(reply.visibility).toBe("private");
    expect(text).toBe(
      "Only the owners of A-1 (all coordinators), the Presidency or the secretariat may mark it done; you are registered as observer.",
    );
    expect((await db.actionItem.findFirst({ where: { number: 1 } }))?.status).toBe("open");
  });

  it("records the chat account of a write made from Slack", async () => {
    const { db, person } = h.get();
    const slack: Speaker = { kind: "chat", platform: "slack", workspaceId: "T9", userId: "U-MWEEMBA" };
    await db.chatIdentity.create({
      data: { personId: await person(MWEEMBA), platform: "slack", workspaceId: "T9", userId: "U-MWEEMBA" },
    });
    const { reply } = await h.get().one(slack, "action done #10");
    expect(reply.text).toBe("A-10 marked done: Check the list");
    const audit = await db.auditEvent.findFirst({ where: { action: "action.done", entityId: "10" } });
    expect(audit).toMatchObject({ platform: "slack", platformUserId: "U-MWEEMBA" });
  });
});

describe("core: coordinators' updates for 7 December", () => {
  const h = harness();
  beforeAll(h.setup);
  afterAll(h.teardown);

  it("records Italy's victim assistance update for the 7 December meeting", async () => {
    const { db, person } = h.get();
    const { text, reply } = await h.get().one(CATTANEO, "update VA: We will organise a workshop.");
    expect(reply.visibility).toBe("private");
    expect(text).toBe(
      "Thank you. Your update on Victim Assistance for the meeting of Wednesday 7 December 2016 is recorded.",
    );
    const rows = await db.update.findMany({ include: { meeting: true, area: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ body: "We will organise a workshop.", authorId: await person(CATTANEO) });
    expect(rows[0]?.meeting.startsAt).toEqual(DEC_7_STARTS);
    expect(rows[0]?.area?.name).toBe("Victim Assistance");
  });

  it("revises it on a second submission, keeping the old text", async () => {
    const { db } = h.get();
    const { text } = await h.get().one(CATTANEO, "update VA: We will organise two workshops.");
    expect(text).toBe(
      "Thank you. Your update on Victim Assistance for the meeting of Wednesday 7 December 2016 is revised (the earlier text is kept in its history).",
    );
    const rows = await db.update.findMany({ include: { revisions: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body).toBe("We will organise two workshops.");
    expect(rows[0]?.revisions.map((r) => r.body)).toEqual(["We will organise a workshop."]);
  });

  it('takes "update: text" for the one area the delegation coordinates', async () => {
    const { db } = h.get();
    const { text } = await h.get().one(CATTANEO, "update: We will organise three workshops.");
    expect(text).toContain("Your update on Victim Assistance");
    expect(text).toContain("is revised");
    const rows = await db.update.findMany({ include: { revisions: { orderBy: { id: "asc" } } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body).toBe("We will organise three workshops.");
    expect(rows[0]?.revisions.map((r) => r.body)).toEqual([
      "We will organise a workshop.",
      "We will organise two workshops.",
    ]);
  });

  it("counts it in the next meeting and shows it in the agenda draft", async () => {
    const next = await h.get().one(HAUGE, "meeting next");
    expect(next.text).toContain("Updates received: 1 of 8 areas");
    expect(next.text).not.toMatch(/Updates not yet received\nVictim Assistance/);
    const agenda = await h.get().one(HAUGE, "agenda");
    const items = agenda.reply.sections?.[0]?.items ?? [];
    const va = items.find((item) => item.text.startsWith("5.1 "));
    expect(va?.detail).toBe("Update received from Italy: We will organise three workshops.");
    expect(agenda.text.match(/Update not yet received\./g)).toHaveLength(7);
  });

  it("refuses a victim assistance update from Norway", async () => {
    const { db } = h.get();
    const before = await db.updateRevision.count();
    const { text, reply } = await h.get().one(HAUGE, "update VA: x");
    expect(reply.visibility).toBe("private");
    expect(text).toBe(
      "Only the coordinators of Victim Assistance, the Presidency or the secretariat may submit its update; you are registered as coordinator.",
    );
    expect(await db.update.count()).toBe(1);
    expect(await db.updateRevision.count()).toBe(before);
  });

  it("offers a form when the text is missing", async () => {
    const { reply } = await h.get().one(HAUGE, "update");
    expect(reply.text).toContain("Your update on Clearance and Risk Reduction Education");
    expect(reply.form?.id).toBe("update-submit");
  });
});
