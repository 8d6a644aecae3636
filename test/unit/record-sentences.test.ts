// Decisions as the minutes record them: a proposal is told apart, a decision
// already in the minutes' register is kept, a typed one is worded "It was
// agreed …"; delegations keep their article mid-sentence.
import { describe, expect, it } from "vitest";
import {
  decisionSentence,
  delegationInSentence,
  isProposal,
} from "../../src/core/drafts/record-sentences.ts";

describe("decisions in the minutes", () => {
  it.each([
    ["The President proposed that the concept notes be discussed", true],
    ["Norway suggested a workshop in Lebanon", true],
    ["The draft Minutes were approved without comments as a correct record", false],
    ["It was decided that the proposal would be circulated", false],
  ])("%s: proposal %s", (text, expected) => {
    expect(isProposal(text)).toBe(expected);
  });

  it.each([
    [
      "The next meeting would be held on 7 December 2016",
      "The next meeting would be held on 7 December 2016.",
    ],
    [
      "The concept notes will be published on the website",
      "It was agreed that the concept notes would be published on the website.",
    ],
    [
      "Publish the concept notes on the website.",
      "It was agreed to publish the concept notes on the website.",
    ],
  ])("%s", (text, expected) => {
    expect(decisionSentence(text)).toBe(expected);
  });

  it("names the Netherlands and the ISU-CCM with their article, Norway without", () => {
    expect(
      ["Netherlands", "ISU-CCM", "Norway", "Cluster Munition Coalition"].map(delegationInSentence),
    ).toEqual(["the Netherlands", "the ISU-CCM", "Norway", "the Cluster Munition Coalition"]);
  });
});
