import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitMinutes, splitNumberedPaper } from "../../src/records/passages.ts";
import { searchPassages, stem } from "../../src/records/search.ts";

const minutes = splitMinutes(readFileSync("src/seed/documents/minutes-2016-11-04.txt", "utf8"));
const paper = splitNumberedPaper(readFileSync("src/seed/documents/non-paper-country-coalitions.txt", "utf8"));
const passages = [
  ...minutes.map((p) => ({ ...p, source: "Minutes of 4 November 2016" })),
  ...paper.map((p) => ({ ...p, source: "Non-paper" })),
];

describe("splitting the records", () => {
  it("files every minutes paragraph under its agenda item and skips the attendance list", () => {
    const items = new Set(minutes.map((p) => p.agendaNumber));
    expect([...items]).toEqual([
      "2",
      "3",
      "4",
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
    expect(minutes.some((p) => p.text.includes("Malgorzata Hauge"))).toBe(false);
  });

  it("mends a sentence cut by a page break", () => {
    expect(
      minutes.some((p) => p.text.includes("dialogue with selected States Parties through the organization")),
    ).toBe(true);
  });

  it("keeps the non-paper's eleven numbered paragraphs, the scanned '4,' included, with bullets folded in", () => {
    expect(paper.map((p) => p.reference)).toEqual(Array.from({ length: 11 }, (_, i) => `paragraph ${i + 1}`));
    expect(paper[5]?.text).toContain("Stockpile destruction");
    expect(paper[3]?.text).toMatch(/^A country coalition should be specific/);
  });

  it("reads a scanned list as a list: each item after a semicolon, the first straight after its colon", () => {
    expect(paper[5]?.text).toMatch(
      /thematic areas: Universalization; Clearance and Risk Reduction Education; Stockpile destruction; International Cooperation and Assistance; National Implementation Measures$/,
    );
    expect(paper[7]?.text).toMatch(
      /served to identify: the concrete challenges .* munitions; possible activities\/programs to overcome these challenges; coalitions of actors/,
    );
    expect(paper.map((p) => p.text).join(" ")).not.toMatch(/[»•]|:;/);
  });
});

describe("answering from the records", () => {
  it.each([
    ["what is the ISU deficit?", "financing deficit amounting to just over CHF 100'000"],
    ["what did Norway say about the workshop in Lebanon?", "workshop in Lebanon in November"],
    ["how many new States Parties does Zambia hope for by the 7MSP?", "eight (8) new States Parties"],
    ["why should coalitions not duplicate existing programmes?", "should not duplicate existing"],
    ["which resolution was adopted in New York?", "A/C.1/71/L.22"],
  ])("%s", (question, expected) => {
    const hit = searchPassages(passages, question);
    expect(hit?.sentences.join(" ")).toContain(expected);
  });

  it("stays silent when the records do not answer", () => {
    expect(searchPassages(passages, "tell me a joke about penguins")).toBeNull();
    expect(searchPassages(passages, "what is the capital of Peru?")).toBeNull();
    expect(searchPassages(passages, "")).toBeNull();
  });

  it("folds British and American spellings to one stem", () => {
    expect(stem("universalisation")).toBe(stem("universalization"));
    expect(stem("programmes")).toBe(stem("programs"));
    expect(stem("contributions")).toBe(stem("contribution"));
  });
});
