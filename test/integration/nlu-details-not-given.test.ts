// Details a sentence near the question does not give: who chairs a body other than
// the committee's meetings, a link, an amount in a currency, which of two people.
// Through the real composition (the corpus's store and runner); each refusal here
// had been answered with the near sentence before its rule.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-details-not-given");

const DONT_KNOW = /^I don't know that\./;

describe("details not given", () => {
  it("reads chairing a body other than a meeting of ours as needing the word, and a meeting's chair as who opened it", async () => {
    const [firstCommittee] = await corpus.run([
      { text: "who's chairing the first committee in ny this session?", intent: "record" },
    ]);
    const [meeting] = await corpus.run([{ text: "who chaired the 4 nov meeting?", intent: "record" }]);
    expect(firstCommittee?.shownText).toMatch(DONT_KNOW);
    expect(meeting?.shownText).toContain("Minutes of 4 November 2016, item 2");
  });
});
