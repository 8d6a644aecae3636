// The minutes draft on the seeded store: the meeting of 4 November 2016 as the
// committee's own minutes read (heading, PRESENT by delegation with
// honorifics, numbered items, decisions and action items as reported-speech
// sentences under the item where they arose, the next meeting last), a
// coordinator's update in reported speech, the .docx opened and read, and
// notes, decisions and attendance recorded during the meeting of 7 December
// flowing into the right items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesDocument } from "../../src/core/drafts/document.ts";
import { exportMinutes } from "../../src/core/drafts/exports.ts";
import { buildMinutesDraft, type MinutesDraft } from "../../src/core/drafts/minutes.ts";
import { docxParagraphs, docxParts } from "../fixtures/docx.ts";
import { PRESENT_4_NOV_2016 } from "../fixtures/present-2016.ts";
import { BIONTINO, CATTANEO, draftsHarness, HAUGE, MWEEMBA } from "./drafts-harness.ts";

const h = draftsHarness(new Date("2016-11-21T08:00:00Z"));
beforeAll(h.setup);
afterAll(h.teardown);

async function minutesOf(day: string): Promise<MinutesDraft> {
  const { clock } = h.get();
  return buildMinutesDraft(
    await h.get().directory(),
    await h.get().records(),
    await h.get().meetingOn(day),
    clock.now(),
  );
}

function paragraphs(draft: MinutesDraft, number: string): string[] {
  return draft.items.find((item) => item.number === number)?.paragraphs.map((p) => p.text) ?? [];
}

describe("minutes draft of 4 November 2016", () => {
  it("opens with the committee's heading", async () => {
    const draft = await minutesOf("2016-11-04");
    expect(draft.title).toBe("MINUTES OF THE CCM COORDINATION COMMITTEE MEETING");
    expect(draft.heldOn).toBe("Held on Friday 4 November 2016");
    expect(draft.at).toBe(
      "at the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours",
    );
  });

  it("lists those present by delegation, in the minutes' order, with honorifics and diacritics", async () => {
    const draft = await minutesOf("2016-11-04");
    expect(draft.presentNumber).toBe("1");
    expect(draft.present.map((d) => d.delegation)).toEqual(PRESENT_4_NOV_2016);
    expect(draft.present.flatMap((d) => d.persons)).toHaveLength(23);
    expect(draft.present[0]).toEqual({
      delegation: "Germany",
      label: "7MSP President",
      persons: ["H.E. Michael Biontino", "Mr. Toralf Pilz"],
    });
    const persons = (name: string) => draft.present.find((d) => d.delegation === name)?.persons;
    expect(persons("Zambia")).toEqual(["H.E. Ms. Encyla Tina Chishiba Sinjela"]);
    expect(persons("Italy")).toEqual(["Dr. Silvia Cattaneo"]);
    expect(persons("Bosnia and Herzegovina")).toEqual(["Mr. Asim Dorović"]);
    expect(persons("Cluster Munition Coalition")).toEqual(["Ms. Amélie Chayer"]);
  });

  it("numbers the items as the agenda did and ends with the date of the next meeting", async () => {
    const draft = await minutesOf("2016-11-04");
    expect(draft.items.map((item) => item.number)).toEqual([
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
      "6",
      "7",
      "8",
    ]);
    expect(draft.items.at(-1)?.title).toBe("Date of the Next CC Meeting");
    expect(paragraphs(draft, "2")).toEqual([
      "The meeting was opened by the President of the 7MSP, H.E. Michael Biontino of Germany.",
    ]);
  });

  it("records decisions and action items as sentences under the item where they arose", async () => {
    const draft = await minutesOf("2016-11-04");
    expect(paragraphs(draft, "3")).toEqual([
      "The draft Minutes of the meeting of 27 September 2016 were approved without comments as a correct record.",
    ]);
    expect(paragraphs(draft, "8")).toEqual([
      "The next meeting of the Coordination Committee would be held on Wednesday, 7 December 2016 from 10:00 to 11:30 at the Permanent Mission of the Federal Republic of Germany.",
    ]);
    const handles = (number: string) =>
      draft.items.find((item) => item.number === number)?.paragraphs.flatMap((p) => p.handle ?? []);
    expect(handles("5")).toEqual(["A-1"]);
    expect(handles("5.2")).toEqual(["A-3"]);
    expect(handles("5.6")).toEqual(["A-7"]);
    expect(handles("5.7")).toEqual(["A-8"]);
    expect(handles("5.8")).toEqual(["A-2"]);
    expect(handles("6")).toEqual(["A-4", "A-5", "A-6"]);
    expect(paragraphs(draft, "5")).toEqual([
      "The President invited all Coordinators to turn the thematic concept notes into operational plans by the next meeting.",
    ]);
    expect(paragraphs(draft, "5.8")).toEqual([
      "The President informed the meeting that the Presidency, with the support of the ISU-CCM, would turn the country-coalitions non-paper into an operational plan and possibly identify lead countries by the next meeting.",
    ]);
    expect(paragraphs(draft, "6")).toEqual([
      "The President invited all Coordinators to seek advice from capitals on publishing the status of ISU-CCM contributions as UNOG did, and answer by the December meeting.",
      "The President informed the meeting that the Presidency, with the support of the ISU-CCM, would send individual letters to the States Parties that had not paid their ISU-CCM contributions.",
      "The President invited Bosnia and Herzegovina and Switzerland to help identify ways to address the ISU-CCM funding shortfall and re-examine the issue with UNOG at the beginning of 2017.",
    ]);
    expect(
      draft.items.flatMap((item) => item.paragraphs).some((p) => /^(?:Action|Decision)\b/.test(p.text)),
    ).toBe(false);
  });

  it("keeps a proposal recorded as a decision out of the decisions", async () => {
    const draft = await minutesOf("2016-11-04");
    const item4 = draft.items.find((item) => item.number === "4")?.paragraphs;
    expect(item4).toEqual([
      {
        kind: "note",
        text: expect.stringMatching(/^The President proposed that the thematic concept notes/),
      },
    ]);
    const decisions = draft.items.flatMap((item) => item.paragraphs).filter((p) => p.kind === "decision");
    expect(decisions).toHaveLength(2);
  });

  it("tells the secretariat what has nothing recorded, and leaves that out of the document", async () => {
    const draft = await minutesOf("2016-11-04");
    expect(paragraphs(draft, "5.4")).toEqual(["Nothing was recorded under this item."]);
    const texts = minutesDocument(draft).blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(texts.filter((t) => t.startsWith("Nothing was recorded"))).toEqual([]);
  });

  it("turns a coordinator's update into reported speech under its area", async () => {
    await h
      .get()
      .update(
        HAUGE,
        "2016-11-04",
        { areaPosition: 4 },
        "We will organise a workshop in Lebanon in November. The workshop will bring together donors and operators.",
      );
    const [update, ...rest] = paragraphs(await minutesOf("2016-11-04"), "5.4");
    expect(rest).toEqual([]);
    expect(update).toMatch(
      /^Norway informed the meeting that it would organise a workshop in Lebanon in November\. Norway added that [Tt]he workshop would bring together donors and operators\.$/,
    );
  });

  it("renders the Markdown the committee would recognise", async () => {
    const { clock } = h.get();
    const exported = await exportMinutes(
      await h.get().directory(),
      await h.get().records(),
      await h.get().meetingOn("2016-11-04"),
      clock.now(),
    );
    const md = exported.markdown;
    expect(md).toMatch(
      /^# MINUTES OF THE CCM COORDINATION COMMITTEE MEETING\n\nHeld on Friday 4 November 2016\n\nat the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours\n\n\*\*DRAFT\*\*\n\n## 1\. PRESENT:\n\n\*\*Germany - 7MSP President\*\*\\\nH\.E\. Michael Biontino\\\nMr\. Toralf Pilz\n\n\*\*Australia\*\*\\\n/,
    );
    expect(md).toContain(
      "\n### 5.6 Transparency Measures (Costa Rica)\n\nThe President invited Costa Rica, with the support of the ISU-CCM, to define a target list of countries for transparency reporting.\n",
    );
    expect(md).toContain(
      "\n### 5.5 International Cooperation and Assistance (Iraq and Australia)\n\n### 5.6 ",
    );
    expect(md).toMatch(
      /\n## 8\. Date of the Next CC Meeting\n\nThe next meeting of the Coordination Committee would be held on Wednesday, 7 December 2016 [^\n]*\n\n_Draft prepared 21 November 2016 [^\n]*_\n$/,
    );
    expect(exported.basename).toBe("minutes-2016-11-04");
  });

  it("writes a .docx with the title block, Word-numbered headings, plain attendance, DRAFT on every page and its own properties", async () => {
    const { clock } = h.get();
    const exported = await exportMinutes(
      await h.get().directory(),
      await h.get().records(),
      await h.get().meetingOn("2016-11-04"),
      clock.now(),
    );
    const files = docxParts(exported.docx);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/numbering.xml"]),
    );
    const part = (pattern: RegExp) => [...files.entries()].find(([name]) => pattern.test(name))?.[1] ?? "";
    const xml = part(/^word\/document\.xml$/);
    const texts = docxParagraphs(xml);
    expect(texts.slice(0, 3)).toEqual([
      "MINUTES OF THE CCM COORDINATION COMMITTEE MEETING",
      "Held on Friday 4 November 2016",
      "at the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours",
    ]);
    const paragraphsXml = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]);
    const headings = (style: string) =>
      paragraphsXml
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map((p) => docxParagraphs(p)[0]);
    // Word numbers the items ("1.", "5.1"): the text holds the title only, so inserting an item renumbers.
    expect(headings("Heading1")).toEqual([
      "PRESENT:",
      "Opening Remarks by the President",
      "Approval of the Minutes of 27 September 2016",
      "Updates from the 7MSP Presidency",
      "Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP",
      "Implementation of the ISU-CCM Financial Decision",
      "Update from the ISU-CCM",
      "Date of the Next CC Meeting",
    ]);
    expect(headings("Heading2")).toHaveLength(8);
    expect(headings("Heading2")[3]).toBe("Clearance and Risk Reduction Education (Norway and Netherlands)");
    const numbered = paragraphsXml.filter((p) => p.includes("<w:numPr>"));
    expect(numbered).toHaveLength(16);
    expect(numbered.every((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p))).toBe(true);
    expect(part(/^word\/numbering\.xml$/)).toMatch(/<w:lvlText w:val="%1\.%2"\/>/);
    // Attendance is plain lines, no list.
    const line = (text: string) => paragraphsXml.find((p) => docxParagraphs(p)[0] === text) ?? "";
    expect(line("Germany - 7MSP President")).not.toContain("<w:numPr>");
    expect(line("H.E. Michael Biontino")).not.toContain("<w:numPr>");
    expect(texts).toContain("Ms. Amélie Chayer");
    expect(texts.some((t) => t.startsWith("Nothing was recorded"))).toBe(false);
    expect(part(/^word\/header\d*\.xml$/)).toContain(">DRAFT<");
    const footer = part(/^word\/footer\d*\.xml$/);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(part(/^word\/styles\.xml$/)).toMatch(/<w:lang w:val="en-GB"\/>/);
    const core = part(/^docProps\/core\.xml$/);
    expect(core).toContain("<dc:creator>ISU-CCM</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>ISU-CCM</cp:lastModifiedBy>");
    expect(core).toContain(">2016-11-21T08:00:00Z</dcterms:created>");
    expect(core).toContain(">2016-11-21T08:00:00Z</dcterms:modified>");
    expect(core).not.toContain("Un-named");
  });

  it("answers `minutes` with the draft and attaches the .docx and .md", async () => {
    const { reply, text } = await h.get().one(CATTANEO, "minutes");
    expect(reply.text).toBe("DRAFT — MINUTES OF THE CCM COORDINATION COMMITTEE MEETING");
    expect(text).toContain(
      "Held on Friday 4 November 2016\nat the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours",
    );
    expect(text).toContain(
      "1. PRESENT:\n- Germany - 7MSP President\n  H.E. Michael Biontino\n  Mr. Toralf Pilz\n",
    );
    expect(reply.files?.map((f) => [f.filename, f.mediaType])).toEqual([
      ["minutes-2016-11-04.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["minutes-2016-11-04.md", "text/markdown"],
    ]);
    expect(docxParts(reply.files?.[0]?.content as Uint8Array).has("word/document.xml")).toBe(true);
  });
});

describe("notes, decisions and attendance taken during the meeting of 7 December 2016", () => {
  beforeAll(async () => {
    await h.get().update(HAUGE, "2016-12-07", { areaPosition: 4 }, "We held the workshop in Lebanon.");
    h.get().clock.set(new Date("2016-12-07T09:10:00Z"));
  });

  async function audit(action: string) {
    return h.get().db.auditEvent.findMany({ where: { action } });
  }

  it("refuses a coordinator, and records nothing", async () => {
    const { text } = await h.get().one(HAUGE, "note 5.4 We held the workshop.");
    expect(text).toBe(
      "Only the Presidency or the secretariat may take notes of a meeting; you are registered as coordinator.",
    );
    expect((await h.get().one(HAUGE, "attended Norway")).text).toMatch(
      /^Only the Presidency or the secretariat may record attendance;/,
    );
    expect(await h.get().db.meetingNote.count()).toBe(0);
    expect(
      await h.get().db.agendaItem.count({ where: { meetingId: await h.get().meetingOn("2016-12-07") } }),
    ).toBe(0);
  });

  it("records who attended, by delegation or by person, once each", async () => {
    const { text } = await h
      .get()
      .one(MWEEMBA, "attended Germany, Norway, Bosnia and Herzegovina, Sheila Mweemba");
    expect(text).toBe(
      "Recorded as present at the meeting of 7 December 2016: Germany (H.E. Michael Biontino, Mr. Toralf Pilz); Bosnia and Herzegovina (Mr. Asim Dorović); Norway (Ms. Malgorzata Hauge); ISU-CCM (Ms. Sheila Mweemba).",
    );
    expect((await h.get().one(MWEEMBA, "attended Dorovic")).text).toBe(
      "They were already recorded as present at the meeting of 7 December 2016.",
    );
    expect((await h.get().one(MWEEMBA, "attended Narnia, Norway")).text).toMatch(
      /^No member delegation or person matches "Narnia"; nothing was recorded\.\nUsage: attended /,
    );
    expect(await audit("meeting.attended")).toHaveLength(1);
  });

  it("files notes and decisions under the item named, adopting the agenda draft once", async () => {
    const meetingId = await h.get().meetingOn("2016-12-07");
    const noted = await h
      .get()
      .one(MWEEMBA, "note 5.4 The Netherlands welcomed the report on the Lebanon workshop");
    expect(noted.text).toBe(
      "Noted under item 5.4 (Clearance and Risk Reduction Education (Norway and Netherlands)) of the meeting of 7 December 2016.",
    );
    expect(await h.get().db.agendaItem.count({ where: { meetingId } })).toBe(18);
    const decided = await h
      .get()
      .one(
        BIONTINO,
        "decision 3 The minutes of the meeting of 4 November 2016 were approved without comments as a correct record",
      );
    expect(decided.text).toBe(
      "Decision recorded under item 3 (Approval of the Minutes of 4 November 2016) of the meeting of 7 December 2016.",
    );
    expect(
      (await h.get().one(MWEEMBA, "note clearance: Norway would circulate the lessons learned.")).text,
    ).toMatch(/^Noted under item 5\.4 /);
    expect((await h.get().one(MWEEMBA, "note 1 Apologies were received from Iraq")).text).toBe(
      "Noted under item 1 (Present) of the meeting of 7 December 2016.",
    );
    expect((await h.get().one(MWEEMBA, "note 12 Something")).text).toBe(
      "The agenda has no item 12; its items run from 1 to 9.",
    );
    expect(await audit("agenda.adopt")).toHaveLength(1);
    expect(await audit("meeting.note")).toHaveLength(3);
    expect(await audit("meeting.decision")).toHaveLength(1);
    const agenda = await h.get().one(CATTANEO, "agenda");
    expect(agenda.reply.text).toMatch(/^Agenda for the meeting of Wednesday 7 December 2016/);
  });

  it("answers from the notes at once: they are the documents' newest passages", async () => {
    const { reply } = await h.get().one(CATTANEO, "what lessons learned will Norway circulate?", "message");
    expect(reply.text).toBe(
      "Notes of the meeting of 7 December 2016, item 5.4 (Clearance and Risk Reduction Education (Norway and Netherlands)), paragraph 2:",
    );
    expect(reply.sections?.[0]?.text).toBe("“Norway would circulate the lessons learned.”");
    expect(reply.visibility).toBe("private");
  });

  it("drafts the minutes with them under the right items", async () => {
    const draft = await minutesOf("2016-12-07");
    expect(draft.heldOn).toBe("Held on Wednesday 7 December 2016");
    expect(draft.present).toEqual([
      {
        delegation: "Germany",
        label: "7MSP President",
        persons: ["H.E. Michael Biontino", "Mr. Toralf Pilz"],
      },
      { delegation: "Bosnia and Herzegovina", label: null, persons: ["Mr. Asim Dorović"] },
      { delegation: "Norway", label: null, persons: ["Ms. Malgorzata Hauge"] },
      { delegation: "ISU-CCM", label: null, persons: ["Ms. Sheila Mweemba"] },
    ]);
    expect(draft.presentNotes).toEqual([{ kind: "note", text: "Apologies were received from Iraq." }]);
    expect(paragraphs(draft, "3")).toEqual([
      "The minutes of the meeting of 4 November 2016 were approved without comments as a correct record.",
    ]);
    const clearance = paragraphs(draft, "5.4");
    expect(clearance).toHaveLength(3);
    expect(clearance[0]).toMatch(
      /^Norway informed the meeting that it (?:had )?held the workshop in Lebanon\.$/,
    );
    expect(clearance.slice(1)).toEqual([
      "The Netherlands welcomed the report on the Lebanon workshop.",
      "Norway would circulate the lessons learned.",
    ]);
    expect(paragraphs(draft, "8")).toEqual(["No other business was raised."]);
    expect(draft.items.at(-1)).toMatchObject({ number: "9", title: "Date of the Next CC Meeting" });
    expect(paragraphs(draft, "9")).toEqual([
      "The date of the next meeting would be communicated in due course.",
    ]);
    const headings = minutesDocument(draft).blocks.flatMap((b) =>
      b.kind === "heading" ? [`${b.number} ${b.title}`] : [],
    );
    expect(headings[0]).toBe("1 PRESENT:");
    expect(headings.at(-1)).toBe("9 Date of the Next CC Meeting");
  });

  it("refuses notes once the minutes are approved", async () => {
    const { db } = h.get();
    await db.meeting.update({
      where: { id: await h.get().meetingOn("2016-12-07") },
      data: { minutesApprovedAt: new Date("2017-01-20T10:00:00Z") },
    });
    expect((await h.get().one(MWEEMBA, "note 5.4 Too late")).text).toBe(
      "The minutes of the meeting of 7 December 2016 are approved; nothing more can be recorded for it.",
    );
  });
});
