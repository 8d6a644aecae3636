// A question that stands on its own after another: its question word and topic
// are enough, the previous message's words do not pull it elsewhere; and a total
// asked in a telegraphic way is a figure. Through the real composition (the
// corpus's store and runner); each case here was answered wrongly before its rule.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-own-questions");

describe("a question of its own", () => {
  it("answers who takes part in a country coalition whatever was asked before", async () => {
    const [after, alone, leaning] = await corpus.run([
      {
        text: "who takes part in a country coalition?",
        intent: "record",
        context: ["where is the APMBC 15MSP taking place?"],
      },
      { text: "who takes part in a country coalition?", intent: "record" },
      {
        text: "and who pays for it?",
        intent: "record",
        context: ["who takes part in a country coalition?"],
      },
    ]);
    expect(after?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 4:/);
    expect(alone?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 4:/);
    expect(leaning?.shownText).toMatch(/coalition|Coalition/);
  });

  it("reads 'total paid into…' as asking the amount", async () => {
    const [total] = await corpus.run([
      { text: "total paid into the isu trust fund for 2016 as at 5 oct?", intent: "record" },
    ]);
    expect(total?.shownText).toMatch(/^CHF 334'186\./);
  });
});

describe("a time said relative to the meeting", () => {
  it("gives 'later that month' as when", async () => {
    const [when] = await corpus.run([
      { text: "when was the president heading to NY to raise the fee with the UN", intent: "record" },
    ]);
    expect(when?.shownText).toMatch(/^later that month\./);
  });
});

describe("who, shortened or after 'so'", () => {
  it("reads 'who'd' as 'who would' and 'so who …' as asking who does the deed", async () => {
    const [coordinate, pay] = await corpus.run([
      { text: "who'd coordinate a coalition?", intent: "record" },
      {
        text: "so who'd pay for the interpreters?",
        intent: "record",
        context: ["ICA side event feb 2017 - spanish interpretation?"],
      },
    ]);
    expect(coordinate?.shownText).toContain("would be coordinated by the affected country");
    // (Chile's question on interpretation says nothing of who pays)
    expect(pay?.shownText).toMatch(/^I don't know that\./);
  });
});

describe("a follow-up on what the answer before spoke of", () => {
  it("asks 'among them' of the group just given, and 'any replies in yet?' of replies received, not words at the meeting", async () => {
    const [among, replies] = await corpus.run([
      {
        text: "any latin american ones among them?",
        intent: "record",
        context: ["how many SPs had paid into the isu trust fund by 5 oct 2016?"],
      },
      {
        text: "any replies in yet?",
        intent: "record",
        context: ["SD coords - letters to the 8 SPs still destroying stocks, by when?"],
      },
    ]);
    // (Costa Rica's guide for States Parties in Latin America is no payer; Croatia's reply at the meeting is no reply to letters)
    expect(among?.shownText).toMatch(/^I don't know that\./);
    expect(replies?.shownText).toMatch(/^I don't know that\./);
  });
});

describe("who writes a text, asked after a heading", () => {
  it("answers who writes only from a sentence saying who writes, and still who organises or pays however put", async () => {
    const [summary, footed] = await corpus.run([
      {
        text: "concept notes going on the website w/ an executive summary - who writes the summary?",
        intent: "record",
      },
      { text: "zagreb seminar - who footed it", intent: "record" },
    ]);
    // (the President proposed the summary; no sentence says who writes it)
    expect(summary?.shownText).toMatch(/^I don't know that\./);
    expect(footed?.shownText).toContain("financed by the Presidency");
  });
});
