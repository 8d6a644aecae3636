// One resolver for names (src/domain/record-names): where the command grammar,
// the intents and the free-text finder used to read names each their own way,
// they now agree. Each case below is one of the disagreements settled.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/core/intents/entities.ts";
import { foldMessage } from "../../src/core/intents/normalize.ts";
import { resolveSubjects, type Subject, subjectName } from "../../src/core/resolve.ts";
import { directoryNames } from "../../src/domain/record-names/directory-names.ts";
import { findMentions } from "../../src/domain/record-names/mentions.ts";
import type { Directory } from "../../src/store/directory.ts";
import { COMMITTEE_ENTRY, delegationEntry, personEntry } from "../fixtures/directory-entries.ts";

const delegation = delegationEntry;
const person = personEntry;

const DIR: Directory = {
  committee: COMMITTEE_ENTRY,
  delegations: [
    delegation(1, "Germany", "DE"),
    delegation(2, "Norway", "NO"),
    delegation(3, "Netherlands", "NL", ["holland"]),
    delegation(4, "Slovakia", "SK"),
    delegation(5, "Slovenia", "SI"),
    delegation(6, "Chile", "CL"),
  ],
  persons: [
    person(1, "Malgorzata Hauge", "Hauge", 2),
    person(2, "Jan Haage", "Haage", 3),
    person(3, "Carola Muñoz", "Muñoz", 6),
  ],
  areas: [
    {
      id: 4,
      name: "Clearance and Risk Reduction Education",
      shortName: "RRE",
      position: 4,
      aliases: ["rre", "clearance"],
      coordinatorIds: [2],
    },
  ],
  coalitions: [],
};

const ALL = ["delegation", "area", "coalition", "person"] as const;
const names = (subjects: Subject[]) => subjects.map(subjectName);

describe("typos in a command's names, read as the intents read them", () => {
  it("counts a swap of two letters as one typo (it was two in the grammar)", () => {
    expect(names(resolveSubjects(DIR, "Nroway", ALL))).toEqual(["Norway"]);
  });

  it("keeps the first letter (the grammar took 'Xorway' for Norway)", () => {
    expect(names(resolveSubjects(DIR, "Xorway", ALL))).toEqual([]);
  });

  it("takes the nearest name when two are within reach (the grammar listed both)", () => {
    expect(names(resolveSubjects(DIR, "Slovaknia", ALL))).toEqual(["Slovakia"]);
    expect(names(resolveSubjects(DIR, "Slovania", ALL))).toEqual(["Slovakia", "Slovenia"]);
  });
});

describe("the same names in a command as in a question", () => {
  it("knows demonyms, the committee's words for areas and unique first names (the grammar did not)", () => {
    expect(names(resolveSubjects(DIR, "Dutch", ALL))).toEqual(["Netherlands"]);
    expect(names(resolveSubjects(DIR, "demining", ["area"]))).toEqual([
      "Clearance and Risk Reduction Education",
    ]);
    expect(names(resolveSubjects(DIR, "Carola", ["person"]))).toEqual(["Carola Muñoz"]);
  });
});

describe("near misses in free text", () => {
  it("reports two names as near as each other, instead of silently picking one", () => {
    const e = extractEntities(DIR, foldMessage("who is Haoge?"), "who is Haoge?");
    expect(e.persons).toEqual([]);
    expect(e.ambiguousPersons.map((group) => group.map((p) => p.name).sort())).toEqual([
      ["Jan Haage", "Malgorzata Hauge"],
    ]);
  });

  it("finds a misspelt name beside a well-spelt one (findMentions looked for typos only when nothing else was named)", () => {
    expect(names(findMentions(DIR, "Norway and Slovakai agreed", ALL))).toEqual(["Norway", "Slovakia"]);
  });

  it("builds a directory's index once and remembers each phrase's near misses", () => {
    const index = directoryNames(DIR).index;
    extractEntities(DIR, foldMessage("where are we with Nroway"), "where are we with Nroway");
    expect(directoryNames(DIR).index).toBe(index);
    expect(index.near.get("nroway")).toEqual([{ key: "norway", distance: 1 }]);
  });
});
