// Questions put loosely, as by delegates who heard of a paper or a meeting and
// ask in their own words, through the real composition (the corpus's store and
// runner): each case here was answered wrongly, or not at all, before the rule
// it names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDocumentCorpus } from "../fixtures/document-corpus.ts";

let corpus: Awaited<ReturnType<typeof openDocumentCorpus>>;

beforeAll(async () => {
  corpus = await openDocumentCorpus("nlu-loose");
});

afterAll(async () => {
  await corpus?.close();
});

describe("questions put loosely", () => {
  it("reads 'who would take part in' as who would be in it, while 'which operators took part' still asks names", async () => {
    const [members, operators] = await corpus.run([
      { text: "who would take part in a country coalition?", intent: "record" },
      {
        text: "Which demining operaters took part in the Bangkok seminar on country coalitions?",
        intent: "record",
      },
    ]);
    expect(members?.shownText).toMatch(/relevant actors for such a coalition would include/);
    expect(operators?.shownText).toMatch(/^I don't know that/);
  });

  it("answers a question that only names the coalitions from the documents, not with the list of them", async () => {
    const [cmc, list, latest] = await corpus.run([
      { text: "was the cmc on board with the coalitions in nov?", intent: "record" },
      { text: "which country coalitions do we have?", intent: "coalition.list" },
      { text: "What's the latest on the country coalitions?", intent: "coalition.list" },
    ]);
    expect(cmc?.shownText).toMatch(/Minutes of 4 November 2016/);
    expect(cmc?.shownText).not.toMatch(/country coalitions? on record/);
    expect(list?.shownText).toMatch(/country coalitions? on record/);
    expect(latest?.shownText).toMatch(/country coalitions? on record/);
  });

  it("reads 'deal with' and 'remit' as the paper's purview, but 'in charge of coordinating' as who leads", async () => {
    const [areas, lead] = await corpus.run([
      { text: "which coordinators in the CC would end up dealing with the coalitions", intent: "record" },
      { text: "in principle who is in charge of coordinating a coalition", intent: "record" },
    ]);
    expect(areas?.shownText).toMatch(/paragraph 6:.*purview of the following thematic areas/s);
    expect(lead?.shownText).toMatch(/coordinated by the affected country/);
  });

  it("answers 'what answer did they get' with the reply that follows the question quoted before", async () => {
    const [chile, director, norway] = await corpus.run([
      {
        text: "what answer did they get",
        context: ["who wanted spanish interpretation at the ICA side event on 6/10?"],
        intent: "record",
      },
      {
        text: "what did the director say back",
        context: ["what did the dutch want to know about the non-voluntary share of isu funding on 4/11?"],
        intent: "record",
      },
      // the President's reply to Norway comes four sentences later, and says so
      {
        text: "and what the president answered to that?",
        context: ["who was not sure in nov how the workshops of the country coalitions would be financed?"],
        intent: "record",
      },
    ]);
    expect(chile?.shownText).toMatch(
      /Australia replied that interpretation would depend on the funding available/,
    );
    expect(director?.shownText).toMatch(/indicative schedule of contributions/);
    expect(norway?.shownText).toMatch(/specific trust fund/);
  });

  it("reads 'want to know' as asked, and 'the share of' as the topic of what was asked, not a figure", async () => {
    const [dutch] = await corpus.run([
      {
        text: "what did the dutch want to know about the non-voluntary share of isu funding on 4/11?",
        intent: "record",
      },
    ]);
    expect(dutch?.shownText).toMatch(/The Netherlands asked how much of the ISU funding was not voluntary/);
  });
});
