// Reading minutes documents: the real minutes of 4 November 2016 round trip,
// and synthetic minutes in the same style that vary what real ones vary
// (presidency, place, time format, apologies, page breaks, missing sections).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/minutes/import/parse.ts";
import { PRESENT_4_NOV_2016 } from "../fixtures/present-2016.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const SEED = parseMinutes(read("src/seed/documents/minutes-2016-11-04.txt"));

describe("importing the minutes of 4 November 2016", () => {
  it("finds the meeting's date, time and place", () => {
    expect(SEED.meeting).toEqual({
      date: "2016-11-04",
      start: "10:00",
      end: "11:30",
      place: "Permanent Mission of the Federal Republic of Germany",
    });
  });

  it("finds all 19 delegations and 23 persons present, with honorifics and diacritics", () => {
    expect(SEED.present.map((e) => e.delegation)).toEqual(PRESENT_4_NOV_2016);
    expect(SEED.present[0]).toEqual({
      delegation: "Germany",
      role: "7MSP President",
      persons: [
        { honorific: "H.E.", name: "Michael Biontino" },
        { honorific: "Mr.", name: "Toralf Pilz" },
      ],
    });
    const persons = SEED.present.flatMap((e) => e.persons);
    expect(persons).toHaveLength(23);
    expect(persons).toContainEqual({ honorific: "Mr.", name: "Asim Dorović" });
    expect(persons).toContainEqual({ honorific: "Ms.", name: "Amélie Chayer" });
    expect(persons).toContainEqual({ honorific: "Mr.", name: "Víctor Martínez" });
    expect(persons).toContainEqual({ honorific: "Dr.", name: "Silvia Cattaneo" });
    expect(persons).toContainEqual({ honorific: "H.E. Ms.", name: "Encyla Tina Chishiba Sinjela" });
    expect(SEED.apologies).toEqual([]);
  });

  it("finds the 8 top-level items and 5.1-5.8 with their titles", () => {
    expect(SEED.items.filter((i) => !i.number.includes(".")).map((i) => i.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
    ]);
    expect(SEED.items.filter((i) => i.number.startsWith("5."))).toEqual([
      { number: "5.1", title: "Victim Assistance (Italy and Chile)" },
      { number: "5.2", title: "Universalization (France and Zambia)" },
      { number: "5.3", title: "Stockpile Destruction (Croatia and Mexico)" },
      { number: "5.4", title: "Clearance and Risk Reduction Education (Norway and Netherlands)" },
      { number: "5.5", title: "International Cooperation and Assistance (Iraq and Australia)" },
      { number: "5.6", title: "Transparency Measures (Costa Rica)" },
      { number: "5.7", title: "National Implementation Measures (New Zealand)" },
      { number: "5.8", title: "Country Coalitions Non paper (Presidency)" },
    ]);
    expect(SEED.items).toContainEqual({ number: "3", title: "Approval of the Minutes of 27 September 2016" });
    expect(SEED.items.at(-1)).toEqual({ number: "8", title: "Date of the Next CC Meeting" });
  });

  it("finds the next meeting on 7 December 2016, 10:00-11:30", () => {
    expect(SEED.nextMeeting).toMatchObject({ date: "2016-12-07", start: "10:00", end: "11:30" });
    expect(SEED.nextMeeting?.place).toMatch(/Permanent Mission of the Federal Republic of Germany/);
  });

  it("finds at least 6 of the action items DOMAIN.md lists, with the right owners", () => {
    const owned = (owners: string[], text: RegExp, due?: string) =>
      SEED.actionCandidates.some(
        (c) =>
          owners.every((o) => c.owners.includes(o)) &&
          text.test(c.text) &&
          (due === undefined || c.due === due),
      );
    const expected = [
      owned(["Coordinators"], /concept (?:notes|papers) into operational/, "next meeting"),
      owned(
        ["Presidency", "ISU-CCM"],
        /Country Coalitions non-paper into an operational plan/,
        "next meeting",
      ),
      owned(["Presidency", "Coordinators for universalization"], /meet before the next/, "next meeting"),
      owned(["Coordinators"], /seek advice from their capitals/, "next meeting"),
      owned(["Presidency", "ISU-CCM"], /individual letters/),
      owned(["Coordinators on the General Status and Operation of the Convention"], /ways to address/),
      owned(["Costa Rica", "ISU-CCM"], /target list of countries/),
      owned(["New Zealand", "ISU"], /consolidated target list/),
    ];
    expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(expected).toEqual(expected.map(() => true));
  });
});

describe("importing minutes of other meetings", () => {
  it("reads a Geneva meeting under another presidency, with apologies and page breaks", () => {
    const minutes = parseMinutes(read("test/fixtures/minutes/2017-01-17-geneva-page-breaks.txt"));
    expect(minutes.meeting).toEqual({
      date: "2017-01-17",
      start: "10:00",
      end: "11:30",
      place: "Conference Room XII, Palais des Nations, Geneva",
    });
    expect(minutes.present.map((e) => e.delegation)).toEqual([
      "Chile",
      "Sweden",
      "Lao PDR",
      "Côte d'Ivoire",
      "Implementation Support Unit (ISU-CCM)",
    ]);
    expect(minutes.present[0]?.role).toBe("8MSP Presidency");
    expect(minutes.present[3]?.persons).toEqual([{ honorific: "Mme", name: "Aïssata Koné" }]);
    expect(minutes.apologies.map((e) => e.delegation)).toEqual([
      "Mexico",
      "Zambia",
      "Bosnia and Herzegovina",
    ]);
    expect(minutes.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "4.1", "4.2", "5", "6", "7"]);
    expect(minutes.nextMeeting).toEqual({
      date: "2017-02-14",
      start: "15:00",
      end: "17:00",
      place: "Permanent Mission of Chile",
    });
    expect(minutes.actionCandidates).toEqual([
      {
        owners: ["ISU"],
        text: "circulate the revised workplan of the coalition by 31 January 2017",
        due: "2017-01-31",
      },
      {
        owners: ["Sweden"],
        text: "draft a concept note on the engagement of non-States Parties before the next meeting",
        due: "next meeting",
      },
    ]);
  });

  it("degrades per field when sections are missing and the month is misspelt", () => {
    const minutes = parseMinutes(read("test/fixtures/minutes/2017-02-08-missing-sections.txt"));
    expect(minutes.meeting).toEqual({ date: "2017-02-08", start: null, end: null, place: "ISU offices" });
    expect(minutes.present).toEqual([]);
    expect(minutes.apologies.map((e) => e.delegation)).toEqual(["Norway", "Italy"]);
    expect(minutes.items).toHaveLength(4);
    expect(minutes.nextMeeting).toBeNull();
    expect(minutes.actionCandidates).toEqual([
      {
        owners: ["France"],
        text: "prepare a short note on the outcome of the contacts by the end of March 2017",
        due: "2017-03-31",
      },
    ]);
  });

  it("reads hard-wrapped PDF text with running headers, page numbers and inline attendance", () => {
    const minutes = parseMinutes(read("test/fixtures/minutes/2017-05-12-pdf-wrapped.txt"));
    expect(minutes.meeting).toEqual({
      date: "2017-05-12",
      start: "14:00",
      end: "15:30",
      place: "Permanent Mission of Switzerland, Geneva",
    });
    expect(minutes.present.map((e) => [e.delegation, e.persons.length])).toEqual([
      ["Chile", 2],
      ["Switzerland", 1],
      ["New Zealand", 1],
      ["ICRC", 1],
    ]);
    expect(minutes.apologies).toEqual([
      { delegation: "Norway", role: null, persons: [{ honorific: "Ms.", name: "Malgorzata Hauge" }] },
      { delegation: "Netherlands", role: null, persons: [{ honorific: "Ms.", name: "Sachi Claringbould" }] },
    ]);
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Opening remarks",
      "2 National implementation measures",
      "3 Transparency measures",
      "4 Next meeting",
    ]);
    expect(minutes.nextMeeting).toEqual({
      date: "2017-06-08",
      start: "10:00",
      end: "11:30",
      place: "Permanent Mission of Chile",
    });
    expect(minutes.actionCandidates).toContainEqual({
      owners: ["New Zealand"],
      text: "share the draft with all Coordinators by 30 June 2017",
      due: "2017-06-30",
    });
    expect(minutes.actionCandidates).toContainEqual({
      owners: ["Coordinators"],
      text: "contact the States concerned before the next meeting",
      due: "next meeting",
    });
  });

  it("dates a heading without a year from the document's other dates, its file name, or not at all", () => {
    const dashed = read("test/fixtures/minutes/2018-06-14-dash-attendance.txt");
    // the approval of 17 May 2018 and the next meeting of 11 July 2018 place "Thursday 14 June"
    expect(parseMinutes(dashed).meeting.date).toBe("2018-06-14");
    const bare =
      "Minutes of the Coordination Committee\n\nThursday 14 June\n\n1. Opening\n\nThe President opened the meeting.";
    expect(parseMinutes(bare).meeting.date).toBe("--06-14");
    expect(parseMinutes(bare, [], { fileName: "cc-minutes-2018.txt" }).meeting.date).toBe("2018-06-14");
    // 14 June 2017 was a Wednesday: the Thursday nearest the series is 2018's
    expect(parseMinutes(bare, [], { fileName: "cc-minutes-2017.txt" }).meeting.date).toBe("2018-06-14");
    const yearless = parseMinutes(read("test/fixtures/minutes/series-yearless-no-context.txt"));
    expect([yearless.meeting.date, yearless.nextMeeting?.date]).toEqual(["--02-12", "--03-12"]);
  });

  it("reads 'Agenda Item N:' headings, dash bullets and an apologies heading in capitals without inventing delegations", () => {
    const text = [
      "Minutes of the meeting held on 22 March 2018",
      "",
      "Agenda Item 1: Attendance",
      "- Sri Lanka – 9MSP Presidency",
      "– Chile",
      "",
      "APOLOGIES",
      "RECEIVED FROM:",
      "",
      "International Committee of the Red Cross (ICRC)",
      "Mr. Louis Maresca",
      "",
      "Agenda Item 2: Opening Remarks by the President",
      "",
      "The President opened the meeting.",
    ].join("\n");
    const minutes = parseMinutes(text);
    expect(minutes.present).toEqual([
      { delegation: "Sri Lanka", role: "9MSP Presidency", persons: [] },
      { delegation: "Chile", role: null, persons: [] },
    ]);
    expect(minutes.apologies).toEqual([
      {
        delegation: "International Committee of the Red Cross (ICRC)",
        role: null,
        persons: [{ honorific: "Mr.", name: "Louis Maresca" }],
      },
    ]);
    expect(minutes.items).toEqual([
      { number: "1", title: "Attendance" },
      { number: "2", title: "Opening Remarks by the President" },
    ]);
  });

  it("takes page marks out of PDF text and joins a number or a heading the page break split", () => {
    const minutes = parseMinutes(read("test/fixtures/minutes/2017-09-05-pdf-page-marks.txt"));
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Opening remarks by the President",
      "2 Preparations for the 7MSP",
      "3 Transparency measures (Costa Rica)",
      "4 General Status and Operation of the Convention",
      "5 Date of the next meeting",
    ]);
    const names = minutes.present.map((e) => e.delegation).join(" ");
    expect(names).not.toMatch(/\||Minutes/);
    expect(minutes.actionCandidates).toContainEqual({
      owners: ["Costa Rica"],
      text: "send a second reminder to these States Parties by 20 September 2017",
      due: "2017-09-20",
    });
  });

  it("keeps month typos in the text and reads the dates they spell", () => {
    const minutes = parseMinutes(read("test/fixtures/minutes/2016-12-07-month-typos.txt"));
    expect(minutes.meeting.date).toBe("2016-12-07");
    expect(minutes.items).toContainEqual({ number: "3", title: "Approval of the Minutes of 4 Novmber 2016" });
    expect(minutes.nextMeeting?.date).toBe("2017-02-09");
    expect(minutes.actionCandidates).toContainEqual({
      owners: ["New Zealand"],
      text: "circulate a consolidated target list on national legislation by 15 Janaury 2017",
      due: "2017-01-15",
    });
  });

  it("never fails whole: empty, prose-only or binary-looking input gives empty fields", () => {
    for (const text of ["", "Just a line of text.", "\f\f12\n\n- 3 -\n", "1.\n2.\n5.1\n\u0000\u0001"]) {
      const minutes = parseMinutes(text);
      expect(Object.keys(minutes)).toEqual([
        "meeting",
        "present",
        "apologies",
        "items",
        "nextMeeting",
        "actionCandidates",
      ]);
      expect(minutes.meeting.date).toBeNull();
    }
  });
});
