// The agenda draft of 7 December 2016 on the seeded store: updates received
// and missing, action items carried over from 4 November under the item where
// they arose (both the secretariat's tracking, kept out of the document), the
// Markdown and .docx attached, and the draft edited (add,
// move, drop) as numbered versions, by the secretariat only, each audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAgendaDraft } from "../../src/core/drafts/agenda.ts";
import { BIONTINO, CATTANEO, draftsHarness, HAUGE, MWEEMBA } from "./drafts-harness.ts";

const h = draftsHarness(new Date("2016-11-21T08:00:00Z"));
beforeAll(h.setup);
afterAll(h.teardown);

const DEC_7 = "2016-12-07";

async function draft() {
  const { clock } = h.get();
  return buildAgendaDraft(
    await h.get().directory(),
    await h.get().records(),
    { id: await h.get().meetingOn(DEC_7) },
    clock.now(),
  );
}

async function numbered(): Promise<string[]> {
  return (await draft()).items.map((item) => `${item.number} ${item.title}`);
}

describe("agenda draft of 7 December 2016", () => {
  it("has the committee's standard shape in its own wording, any other business before the date of the next meeting", async () => {
    const d = await draft();
    expect(d.title).toBe("AGENDA OF THE CCM COORDINATION COMMITTEE MEETING");
    expect(d.date).toBe("Wednesday 7 December 2016");
    expect(d.at).toBe(
      "at the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours",
    );
    expect(d.source).toBe("generated");
    expect(await numbered()).toEqual([
      "1 Present",
      "2 Opening Remarks by the President",
      "3 Approval of the Minutes of 4 November 2016",
      "4 Updates from the 7MSP Presidency",
      "5 Updates from the Thematic Coordinators",
      "5.1 Victim Assistance (Italy and Chile)",
      "5.2 Universalization (France and Zambia)",
      "5.3 Stockpile Destruction (Croatia and Mexico)",
      "5.4 Clearance and Risk Reduction Education (Norway and Netherlands)",
      "5.5 International Cooperation and Assistance (Iraq and Australia)",
      "5.6 Transparency Measures (Costa Rica)",
      "5.7 National Implementation Measures (New Zealand)",
      "5.8 General Status and Operation of the Convention (Bosnia and Herzegovina and Switzerland)",
      "5.9 Country Coalitions",
      "6 Implementation of the ISU-CCM Financial Decision",
      "7 Update from the ISU-CCM",
      "8 Any Other Business",
      "9 Date of the Next CC Meeting",
    ]);
  });

  it("summarises a received update in two sentences at most and marks the others not received", async () => {
    await h
      .get()
      .update(
        HAUGE,
        DEC_7,
        { areaPosition: 4 },
        "We held the workshop in Lebanon on 15 November. Donors and operators attended. We will share the lessons learned. A report follows.",
      );
    await h.get().update(BIONTINO, DEC_7, { coalition: "Lao PDR" }, "We have approached the EU for funding.");
    const d = await draft();
    const item = (number: string) => d.items.find((i) => i.number === number);
    expect(item("5.4")?.notes).toEqual([
      "Update received from Norway: We held the workshop in Lebanon on 15 November. Donors and operators attended.",
    ]);
    expect(item("5.1")).toMatchObject({ notes: [], tracking: ["Update not yet received."] });
    expect(d.items.flatMap((i) => i.tracking).filter((n) => n === "Update not yet received.")).toHaveLength(
      7,
    );
    expect(item("5.9")?.notes).toEqual(["Lao PDR: We have approached the EU for funding."]);
  });

  it("carries the open action items of 4 November over under the item where they arose", async () => {
    const d = await draft();
    const carried = (number: string) =>
      (d.items.find((item) => item.number === number)?.tracking ?? [])
        .filter((n) => n.startsWith("Carried over:"))
        .map((n) => n.split(" ")[2]);
    expect(carried("5")).toEqual(["A-1"]);
    expect(carried("5.2")).toEqual(["A-3"]);
    expect(carried("5.6")).toEqual(["A-7"]);
    expect(carried("5.7")).toEqual(["A-8"]);
    expect(carried("5.9")).toEqual(["A-2"]);
    expect(carried("6")).toEqual(["A-4", "A-5", "A-6"]);
    expect(d.items.find((i) => i.number === "5")?.tracking).toContain(
      "Carried over: A-1 Turn the thematic concept notes into operational plans (all coordinators; due at this meeting)",
    );
    expect(d.items.find((i) => i.number === "6")?.tracking).toContain(
      "Carried over: A-5 Send individual letters to the States Parties that have not paid their ISU-CCM contributions (Germany and ISU-CCM; no due date)",
    );
  });

  it("drops an action item once it is done", async () => {
    const { text } = await h.get().one(MWEEMBA, "action done A-5");
    expect(text).toContain("A-5");
    const d = await draft();
    expect(d.items.flatMap((item) => item.tracking).some((n) => n.includes("A-5 "))).toBe(false);
  });

  it("answers `agenda` with the draft and attaches it as .docx and .md", async () => {
    const { reply, text } = await h.get().one(CATTANEO, "agenda");
    expect(reply.text).toBe(
      "DRAFT — Agenda for the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, at the Permanent Mission of the Federal Republic of Germany",
    );
    expect(text).toContain(
      "- 5.4 Clearance and Risk Reduction Education (Norway and Netherlands)\n  Update received from Norway",
    );
    expect(reply.files?.map((f) => f.filename)).toEqual(["agenda-2016-12-07.docx", "agenda-2016-12-07.md"]);
    const md = String(reply.files?.[1]?.content);
    expect(md).toMatch(/^# AGENDA OF THE CCM COORDINATION COMMITTEE MEETING\n\nWednesday 7 December 2016\n/);
    expect(text).toContain("- 5.1 Victim Assistance (Italy and Chile)\n  Update not yet received.\n");
    expect(md).toContain("\n## 5. Updates from the Thematic Coordinators\n");
    // The document for States carries the items and the updates received, not the secretariat's tracking.
    expect(md).toContain("\n### 5.1 Victim Assistance (Italy and Chile)\n\n### 5.2 ");
    expect(md).toContain(
      "\n### 5.4 Clearance and Risk Reduction Education (Norway and Netherlands)\n\n- Update received from Norway: ",
    );
    expect(md).not.toMatch(/not yet received|Carried over/);
    expect(reply.files?.[0]?.content).toBeInstanceOf(Uint8Array);
  });
});

describe("editing the agenda draft", () => {
  async function versions() {
    const { db } = h.get();
    return db.agendaDraftVersion.findMany({ orderBy: { version: "asc" } });
  }
  async function edits() {
    return h.get().db.auditEvent.findMany({ where: { action: "agenda.edit" }, orderBy: { id: "asc" } });
  }

  it("refuses a coordinator, and changes nothing", async () => {
    const { text } = await h.get().one(HAUGE, "agenda add Lebanon workshop report");
    expect(text).toBe(
      "Only the Presidency or the secretariat may change the agenda draft; you are registered as coordinator.",
    );
    expect(await versions()).toHaveLength(0);
    expect(await edits()).toHaveLength(0);
  });

  it("adds an item before any other business by default, storing the generated draft as version 1", async () => {
    const { reply } = await h.get().one(MWEEMBA, "agenda add Preparations for the 7MSP");
    expect(reply.text).toMatch(
      /^Added 8 Preparations for the 7MSP: agenda draft version 2\.\nDRAFT \(version 2\) — Agenda/,
    );
    expect((await numbered()).slice(-3)).toEqual([
      "8 Preparations for the 7MSP",
      "9 Any Other Business",
      "10 Date of the Next CC Meeting",
    ]);
    const stored = await versions();
    expect(stored.map((v) => [v.version, v.change])).toEqual([
      [1, "generated"],
      [2, "added 8 Preparations for the 7MSP"],
    ]);
    expect(stored[1]?.createdById).toBe(await h.get().person(MWEEMBA));
  });

  it("adds a sub-item under an item, moves and drops items, renumbering the rest", async () => {
    await h.get().one(BIONTINO, "agenda add Lao PDR country-specific seminar under 5");
    expect(await numbered()).toContain("5.10 Lao PDR country-specific seminar");
    const moved = await h.get().one(MWEEMBA, "agenda move 5.9 after 4");
    expect(moved.reply.text).toMatch(/^Moved 5\.9 Country Coalitions to 5: agenda draft version 4\./);
    const after = await numbered();
    expect(after.slice(3, 7)).toEqual([
      "4 Updates from the 7MSP Presidency",
      "5 Country Coalitions",
      "6 Updates from the Thematic Coordinators",
      "6.1 Victim Assistance (Italy and Chile)",
    ]);
    expect(after).toContain("6.9 Lao PDR country-specific seminar");
    await h.get().one(MWEEMBA, "agenda drop Preparations for the 7MSP");
    expect((await numbered()).slice(-3)).toEqual([
      "8 Update from the ISU-CCM",
      "9 Any Other Business",
      "10 Date of the Next CC Meeting",
    ]);
  });

  it("keeps every version and audits every edit with who made it", async () => {
    const stored = await versions();
    expect(stored.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    const audit = await edits();
    expect(audit).toHaveLength(4);
    expect(audit.map((a) => a.actorPersonId)).toEqual([
      await h.get().person(MWEEMBA),
      await h.get().person(BIONTINO),
      await h.get().person(MWEEMBA),
      await h.get().person(MWEEMBA),
    ]);
    expect(JSON.parse(audit[3]?.after ?? "{}").change).toBe("dropped 9 Preparations for the 7MSP");
    const { text } = await h.get().one(CATTANEO, "agenda history");
    expect(text).toContain("Version 1: generated");
    expect(text).toContain("Version 5: dropped 9 Preparations for the 7MSP");
    expect(text).toContain("by Ms. Sheila Mweemba");
  });

  it("still fills the moved items from the records", async () => {
    const d = await draft();
    const coalitions = d.items.find((item) => item.key === "coalitions");
    expect(coalitions?.number).toBe("5");
    expect(coalitions?.notes).toEqual(["Lao PDR: We have approached the EU for funding."]);
    expect(coalitions?.tracking).toEqual([expect.stringMatching(/^Carried over: A-2 /)]);
    expect(d.version).toBe(5);
  });

  it("refuses an item that does not exist or a move into itself, storing nothing", async () => {
    expect((await h.get().one(MWEEMBA, "agenda drop 12")).text).toBe(
      "The agenda has no item 12; its items run from 1 to 10.",
    );
    expect((await h.get().one(MWEEMBA, "agenda move 6 under 6.2")).text).toBe(
      "Item 6.2 is a sub-item; sub-items cannot have sub-items of their own.",
    );
    expect((await h.get().one(MWEEMBA, "agenda move 6 after 5")).text).toMatch(
      /^Moved 6 Updates from the Thematic Coordinators to 6/,
    );
    expect((await h.get().one(MWEEMBA, "agenda move 6 before 6.1")).text).toBe(
      "Item 6 cannot be moved inside itself.",
    );
    expect(await versions()).toHaveLength(6);
  });

  it("refuses edits once the meeting has started", async () => {
    h.get().clock.set(new Date("2016-12-07T09:05:00Z"));
    const { text } = await h.get().one(MWEEMBA, "agenda add Late item");
    expect(text).toMatch(/^The agenda of the meeting of 7 December 2016 is already adopted;/);
    expect(await versions()).toHaveLength(6);
  });
});

describe("many items carried over under one heading", () => {
  it("lists five in the chat and counts the rest, saying where to list them", async () => {
    const { db } = h.get();
    const lao = await db.countryCoalition.findFirstOrThrow({ where: { name: "Lao PDR" } });
    const top = await db.actionItem.aggregate({ _max: { number: true } });
    for (let i = 1; i <= 6; i++) {
      await db.actionItem.create({
        data: {
          committeeId: lao.committeeId,
          number: (top._max.number ?? 0) + i,
          text: `Lao follow-up ${i}`,
          dueKind: "next-meeting",
          dueMeetingId: await h.get().meetingOn(DEC_7),
          coalitionId: lao.id,
          createdAt: new Date("2016-11-21T08:00:00Z"),
        },
      });
    }
    const coalitions = (await draft()).items.find((item) => item.key === "coalitions");
    expect(coalitions?.tracking).toHaveLength(6);
    expect(coalitions?.tracking.slice(0, 5)).toEqual(
      Array.from({ length: 5 }, () => expect.stringMatching(/^Carried over: A-\d+ /)),
    );
    expect(coalitions?.tracking[5]).toBe('… and 2 more carried over; "actions open" lists them.');
  });
});
