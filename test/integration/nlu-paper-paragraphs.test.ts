// The paper's paragraphs asked by place ("para 11", "the last para") rather than
// by topic, through the real composition (the corpus's store and runner). Each
// case here was refused before the rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-paragraphs");

describe("a paragraph asked by place", () => {
  it("quotes what a numbered or the last paragraph says, and reads 'are named' as mentioned", async () => {
    const [numbered, last, named] = await corpus.run([
      { text: "what does paragraph 11 of the paper say?", intent: "record" },
      { text: "what does the final paragraph of the non-paper say?", intent: "record" },
      { text: "np last para - which non-SPs are named for a possible extension later?", intent: "record" },
    ]);
    expect(numbered?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 11:/);
    expect(last?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 11:/);
    // ("an extension" is what could be extended)
    expect(named?.shownText).toMatch(/Vietnam or Cambodia/);
  });

  it("quotes the paragraph asked by place after a question on something else", async () => {
    const [last] = await corpus.run([
      {
        text: "what does the final paragraph of the non-paper say?",
        intent: "record",
        context: ["what was the ISU's count of SPs with specific legislation?"],
      },
    ]);
    expect(last?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 11:/);
  });
});
