// Plain questions on the Presidency's non-paper, put in other words than its own
// ("what is missing from the CCM", "what is the approach called", "where were the informal
// meetings held"), through the real composition (the corpus's store and runner). Each case
// here was answered wrongly, or not at all, before the rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-paper");

describe("the paper in plain words", () => {
  it("reads 'missing' as what the CCM does not have, 'called' as dubbed and 'aim' as objective", async () => {
    const [missing, called, aim] = await corpus.run([
      { text: "what is missing from the CCM according to the non-paper?", intent: "record" },
      { text: "what is the coalitions approach called?", intent: "record" },
      { text: "what is the aim of a country coalition?", intent: "record" },
    ]);
    expect(missing?.shownText).toMatch(/dedicated implementation mechanism/);
    expect(called?.shownText).toMatch(/dubbed “country coalitions”/);
    expect(aim?.shownText).toMatch(/foster comprehensive implementation/);
  });

  it("answers where with regions the paper gives in brackets, and when with the condition it sets", async () => {
    const [where, when, why] = await corpus.run([
      { text: "where were the informal meetings held?", intent: "record" },
      { text: "when could coalitions be extended to non-states parties?", intent: "record" },
      { text: "why vietnam and cambodia?", intent: "record" },
    ]);
    expect(where?.shownText).toMatch(/^South East Asia and South East Europe\./);
    expect(when?.shownText).toMatch(
      /^After the successful application of the initiative in States Parties\./,
    );
    expect(why?.shownText).toMatch(/complex contamination/);
  });
});
