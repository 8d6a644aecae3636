// Questions that offer a choice ("African or Asian?", "March or June?"), through the
// real composition (the corpus's store and runner). A choice is one thing asked:
// a sentence saying one side of it does not thereby say what the choice is about.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-choices");

describe("a choice asked", () => {
  it("does not take a sentence naming one side of a choice between names as saying what it is about", async () => {
    const [region] = await corpus.run([
      {
        text: "are most of the SPs late with their initial transparency report african or asian?",
        intent: "record",
      },
    ]);
    const [month] = await corpus.run([{ text: "bangkok seminar: march or june?", intent: "record" }]);
    expect(region?.shownText).toMatch(/^I don't know that\./);
    expect(region?.shownText).not.toContain("African States");
    expect(month?.shownText).toContain("The meetings in Bangkok (March 2017");
  });

  it("counts both sides where the sentence says both, and weighs a choice once", async () => {
    const [both] = await corpus.run([
      { text: "does the non-paper see a role for the mine ban treaty or the ccw in this?", intent: "record" },
    ]);
    const [outline] = await corpus.run([
      {
        text: "the presidency's univ outline - still in the pipeline or has it been put to bed?",
        intent: "record",
      },
    ]);
    expect(both?.shownText).toContain("together with APMBC or CCW");
    expect(outline?.shownText).toContain("the Presidency had already drafted an outline");
  });
});
