// The agenda, note, decision and attended commands as typed, and the agenda
// edits on a small entry list.
import { describe, expect, it } from "vitest";
import { addEntry, dropEntry, moveEntry } from "../../src/core/drafts/agenda-edits.ts";
import { type AgendaEntry, numberEntries } from "../../src/core/drafts/agenda-items.ts";
import { parseCommand, USAGE } from "../../src/core/grammar.ts";
import { sentencesOf } from "../../src/domain/sentences.ts";

describe("parsing agenda and meeting-record commands", () => {
  it.each([
    ["agenda", { name: "agenda" }],
    ["/ccm agenda history", { name: "agenda-history" }],
    ["agenda add Lao PDR seminar", { name: "agenda-add", title: "Lao PDR seminar" }],
    [
      "agenda add Lao PDR seminar under 5",
      { name: "agenda-add", title: "Lao PDR seminar", placement: { where: "under", target: "5" } },
    ],
    ["agenda add Workshop after the 7MSP", { name: "agenda-add", title: "Workshop after the 7MSP" }],
    [
      "agenda move 5.9 after 4",
      { name: "agenda-move", item: "5.9", placement: { where: "after", target: "4" } },
    ],
    [
      "agenda move any other business before 6",
      { name: "agenda-move", item: "any other business", placement: { where: "before", target: "6" } },
    ],
    ["agenda drop 5.9", { name: "agenda-drop", item: "5.9" }],
    ["note 5.4 Norway reported.", { name: "note", item: "5.4", text: "Norway reported." }],
    ["note 5.4: Norway reported.", { name: "note", item: "5.4", text: "Norway reported." }],
    ["note item 6 ISU figures", { name: "note", item: "6", text: "ISU figures" }],
    ["note clearance: Norway reported.", { name: "note", item: "clearance", text: "Norway reported." }],
    ["decision 3 Approved.", { name: "decision", item: "3", text: "Approved." }],
    [
      "attended Norway, Bosnia and Herzegovina; Sheila Mweemba",
      { name: "attended", names: ["Norway", "Bosnia and Herzegovina", "Sheila Mweemba"] },
    ],
  ])("%j", (input, command) => {
    expect(parseCommand(input)).toEqual({ ok: true, command });
  });

  it.each([
    ["agenda add", `"agenda add" needs the title of the new item.`, USAGE["agenda add"]],
    [
      "agenda move 5.9",
      `"agenda move" needs the item and where it goes, e.g. "agenda move 5.9 after 4".`,
      USAGE["agenda move"],
    ],
    ["agenda drop", `"agenda drop" needs the item to drop, e.g. "agenda drop 5.9".`, USAGE["agenda drop"]],
    ["agenda history 2", `"agenda history" takes no arguments; got "2".`, USAGE["agenda history"]],
    [
      "note 5.4",
      `"note" needs text after the item, e.g. "note 5.4 Norway reported on the Lebanon workshop".`,
      USAGE.note,
    ],
    [
      "note something",
      `"note" needs the agenda item and the text, e.g. "note 5.4 Norway reported on the Lebanon workshop".`,
      USAGE.note,
    ],
    [
      "decision",
      `"decision" needs the agenda item and the text, e.g. "decision 3 The minutes were approved".`,
      USAGE.decision,
    ],
    [
      "attended",
      `"attended" needs the delegations or people present, e.g. "attended Norway, Italy".`,
      USAGE.attended,
    ],
  ])("%j is refused", (input, error, usage) => {
    expect(parseCommand(input)).toEqual({ ok: false, error, usage });
  });
});

const AGENDA: AgendaEntry[] = [
  { key: "present", title: "Present", level: 1 },
  { key: "coordinators", title: "Thematic coordinators", level: 1 },
  { key: "area:1", title: "Victim Assistance", level: 2 },
  { key: "area:2", title: "Universalization", level: 2 },
  { key: "aob", title: "Any other business", level: 1 },
  { key: "next-meeting", title: "Date of the next meeting", level: 1 },
];

const shown = (entries: AgendaEntry[]) => numberEntries(entries).map((e) => `${e.number} ${e.title}`);

describe("agenda edits", () => {
  it("numbers items and sub-items", () => {
    expect(shown(AGENDA)).toEqual([
      "1 Present",
      "2 Thematic coordinators",
      "2.1 Victim Assistance",
      "2.2 Universalization",
      "3 Any other business",
      "4 Date of the next meeting",
    ]);
  });

  it("adds before any other business, or where placed", () => {
    expect(shown(addEntry(AGENDA, "ISU finances.").entries).slice(-3)).toEqual([
      "3 ISU finances",
      "4 Any other business",
      "5 Date of the next meeting",
    ]);
    const added = addEntry(AGENDA, "Stockpiles", { where: "after", target: "2.1" });
    expect(added.change).toBe("added 2.2 Stockpiles");
    expect(shown(added.entries)[3]).toBe("2.2 Stockpiles");
  });

  it("moves an item with its sub-items, and a sub-item out to the top level", () => {
    expect(shown(moveEntry(AGENDA, "2", { where: "after", target: "3" }).entries)).toEqual([
      "1 Present",
      "2 Any other business",
      "3 Thematic coordinators",
      "3.1 Victim Assistance",
      "3.2 Universalization",
      "4 Date of the next meeting",
    ]);
    const out = moveEntry(AGENDA, "2.2", { where: "before", target: "4" });
    expect(out.change).toBe("moved 2.2 Universalization to 4");
    expect(shown(out.entries).slice(-2)).toEqual(["4 Universalization", "5 Date of the next meeting"]);
  });

  it("drops an item with its sub-items", () => {
    const dropped = dropEntry(AGENDA, "thematic");
    expect(dropped.change).toBe("dropped 2 Thematic coordinators with its 2 sub-items");
    expect(shown(dropped.entries)).toEqual([
      "1 Present",
      "2 Any other business",
      "3 Date of the next meeting",
    ]);
  });

  it("refuses an ambiguous title and a sub-item with sub-items", () => {
    expect(() => dropEntry(AGENDA, "a")).toThrow(/could be item/);
    expect(() => moveEntry(AGENDA, "2", { where: "under", target: "1" })).toThrow(
      "Item 2 has sub-items, so it cannot become a sub-item; move its sub-items first.",
    );
  });
});

describe("sentences of an update", () => {
  it("does not split at honorifics or abbreviations", () => {
    expect(
      sentencesOf("We met H.E. Ms. Sinjela on 3 Nov. in Lusaka. Mr. Pilz will attend. 2017 is next."),
    ).toEqual(["We met H.E. Ms. Sinjela on 3 Nov. in Lusaka.", "Mr. Pilz will attend.", "2017 is next."]);
  });
});
