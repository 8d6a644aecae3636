// Delegates' wording the documents write otherwise, asked through the real
// composition (the corpus's store and runner): each case here was answered
// wrongly, or not at all, before the rule it names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDocumentCorpus } from "../fixtures/document-corpus.ts";

let corpus: Awaited<ReturnType<typeof openDocumentCorpus>>;

beforeAll(async () => {
  corpus = await openDocumentCorpus("nlu-wording");
});

afterAll(async () => {
  await corpus?.close();
});

describe("wording the documents write otherwise", () => {
  it("reads 'the point of' as the objective, and 'clearing' as clearance, not 'a clear understanding'", async () => {
    const [point, clearing, survivors] = await corpus.run([
      { text: "whats the point of the coalition concept according to the paper", intent: "record" },
      {
        text: "could coalitions be used together with ccw protocol v on clearing other erw",
        intent: "record",
      },
      { text: "do coalitions do anything for survivors or is it all about clearence", intent: "record" },
    ]);
    expect(point?.shownText).toMatch(/The objective of the country coalition concept is to foster/);
    // "Prot. V" does not end the sentence: the quote starts where the paper's sentence does
    expect(clearing?.shownText).toMatch(
      /paragraph 2:\s+“The concept could in the long run .*CCW Prot\. V\) as a coordinated approach/s,
    );
    expect(survivors?.shownText).toMatch(/assistance to victims of cluster munitions/);
  });
});
