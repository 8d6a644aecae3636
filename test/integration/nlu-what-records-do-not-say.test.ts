// What the records do not say although they speak of the thing asked: a coalition's
// field left empty, an activity recorded only as planned asked as if held, what
// happened after the last minutes on record. Through the real composition (the
// corpus's store and runner); each case here was answered as if known before the
// rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-not-said");

const DONT_KNOW = /^I don't know that\./;

describe("records that leave the fact out", () => {
  it("refuses the title of a national strategy document none is on record for", async () => {
    const [title] = await corpus.run([
      {
        text: "what is the name of the lao national strategy document for its coalition?",
        intent: "coalition.status",
      },
    ]);
    expect(title?.shownText).toMatch(
      /I don't know that\. No national strategy document for Lao PDR is on record/,
    );
    expect(title?.nonAnswer).toBe(true);
  });

  it("refuses under which programme an activity was funded when its record names only the funder", async () => {
    const [programme, funder] = await corpus.run([
      { text: "under which EU programme was the bangkok seminar funded?", intent: "activity" },
      { text: "who paid for the bangkok seminar?", intent: "activity" },
    ]);
    expect(programme?.shownText).toMatch(
      /^I don't know that\. The record of the Regional seminar in Bangkok names only who funds it: European Union\./,
    );
    expect(funder?.shownText).toMatch(/^Regional seminar in Bangkok: funded by European Union\./);
  });

  it("says an activity recorded as planned is not recorded as held", async () => {
    const [held, planned] = await corpus.run([
      { text: "did the lao country-specific seminar happen?", intent: "activity" },
      { text: "when is the lao country-specific seminar?", intent: "activity" },
    ]);
    expect(held?.shownText).toMatch(
      /^I don't know that\. The record of the Country-specific seminar for Lao PDR has it planned \(no date recorded\), not whether it took place/,
    );
    expect(planned?.shownText).toMatch(/^Country-specific seminar for Lao PDR: planned; no date recorded/);
  });

  it("refuses what happened since the last meeting whose minutes are on record", async () => {
    const [since, before] = await corpus.run([
      { text: "did any more SPs pay their isu contribution after the 4 nov meeting?", intent: "record" },
      { text: "how many SPs had paid their isu contribution by the 4 nov meeting?", intent: "record" },
    ]);
    expect(since?.shownText).toMatch(DONT_KNOW);
    expect(since?.shownText).toMatch(/No minutes later than those of the meeting of 4 November 2016/);
    expect(before?.shownText).toMatch(/24 out of 100/);
  });
});

describe("another paper", () => {
  it("does not take a delegation's own concept paper for the non-paper asked about", async () => {
    const [italy, switzerland] = await corpus.run([
      { text: "did italy comment on the coalitions non-paper on 4/11?", intent: "record" },
      { text: "did switzerland comment on the np?", intent: "record" },
    ]);
    expect(italy?.shownText).toMatch(DONT_KNOW);
    expect(italy?.shownText).not.toContain("concept paper");
    expect(switzerland?.shownText).toContain("Switzerland welcomed the initiative");
  });
});

describe("a number asked as a name", () => {
  it("refuses a text's number from a sentence that only counts", async () => {
    const [byNumber] = await corpus.run([
      {
        text: "which action of the dubrovnik action plan would the coalitions come under, by number?",
        intent: "record",
      },
    ]);
    const [howMany] = await corpus.run([
      {
        text: "what number of SPs are in retard with their annual reports of 2015, per costa rica in nov?",
        intent: "record",
      },
    ]);
    expect(byNumber?.shownText).toMatch(DONT_KNOW);
    expect(byNumber?.shownText).not.toContain("two main priorities");
    expect(howMany?.shownText).toMatch(/^20\./);
  });

  it("counts only the kind asked for within a group ('how many are common law countries')", async () => {
    const [commonLaw] = await corpus.run([
      {
        text: "of the 29 SPs with ccm-specific legislation, how many are common law countries",
        intent: "record",
      },
    ]);
    const [notParty] = await corpus.run([
      {
        text: "of the 21 african states at the addis workshop, how many were not yet party?",
        intent: "record",
      },
    ]);
    expect(commonLaw?.shownText).toMatch(DONT_KNOW);
    expect(notParty?.shownText).toMatch(/^11\./);
  });

  it("gives a share only where its words say of what it is", async () => {
    const [germany] = await corpus.run([
      {
        text: "germany's percentage on the UN scale of assessments, the one used for the isu schedule of contributions?",
        intent: "record",
      },
    ]);
    const [fee] = await corpus.run([
      { text: "what percentage would the UN take as admin fee?", intent: "record" },
    ]);
    expect(germany?.shownText).toMatch(DONT_KNOW);
    expect(fee?.shownText).toMatch(/^13%\./);
  });

  it("gives when something ends only from a sentence saying an end", async () => {
    const [pilot] = await corpus.run([
      { text: "when does the pilot phase of the coalitions end", intent: "record" },
    ]);
    const [deadline] = await corpus.run([
      { text: "when does lao pdr's article 4 deadline expire?", intent: "record" },
    ]);
    expect(pilot?.shownText).toMatch(DONT_KNOW);
    expect(deadline?.shownText).toMatch(/^1 August 2020\./);
  });

  it("answers the reason for something being so only from a sentence saying it is so", async () => {
    const [late] = await corpus.run([
      { text: "what reason did norway give for its concept note being late on 4/11", intent: "record" },
    ]);
    const [different] = await corpus.run([
      { text: "what reason did nz give for the numbers being different?", intent: "record" },
    ]);
    expect(late?.shownText).toMatch(DONT_KNOW);
    expect(different?.shownText).toContain("mostly due to");
  });

  it("finds a part of the figure just given ('how much of that') where the figure was said", async () => {
    const [octoberPart] = await corpus.run([
      {
        text: "and how much of that went to 7a?",
        intent: "record",
        context: ["total paid into the isu trust fund for 2016 as at 5 oct?"],
      },
    ]);
    const [novemberPart] = await corpus.run([
      {
        text: "and how much of that went to 7a?",
        intent: "record",
        context: ["how much had SPs contributed to the isu trust fund by 4/11?"],
      },
    ]);
    const [onTime] = await corpus.run([
      {
        text: "how many of those came in on time, i.e. by 30 april?",
        intent: "record",
        context: ["annual transparency reports due 30 april 2016 - how many in as at 30 sept? exact figure"],
      },
    ]);
    expect(octoberPart?.shownText).toMatch(DONT_KNOW);
    expect(novemberPart?.shownText).toMatch(/^CHF 96'433\./);
    // (the sentence just quoted gives one count, the whole: none of its parts)
    expect(onTime?.shownText).toMatch(DONT_KNOW);
  });

  it("answers which meeting was held somewhere only from a sentence saying one was held", async () => {
    const [caucasus] = await corpus.run([
      {
        text: "which seminar on the coalitions was held in the caucasus, and who financed it?",
        intent: "record",
      },
    ]);
    const [addis] = await corpus.run([{ text: "which workshop was held in addis?", intent: "record" }]);
    expect(caucasus?.shownText).toMatch(DONT_KNOW);
    expect(addis?.shownText).toContain("regional workshop on universalization held in Addis Ababa");
  });

  it("gives a criterion only from a sentence stating one", async () => {
    const [yardstick] = await corpus.run([
      {
        text: "what yardstick decides the coalitions have 'succeeded' in SPs so they can move on to non-SPs?",
        intent: "record",
      },
    ]);
    const [criteria] = await corpus.run([
      { text: "what criteria did italy use to prioritize countries?", intent: "record" },
    ]);
    expect(yardstick?.shownText).toMatch(DONT_KNOW);
    expect(criteria?.shownText).toContain("the priorities were based on an analysis of Article 7 reports");
  });

  it("gives what kind of thing only from a sentence saying its kind", async () => {
    const [types] = await corpus.run([
      {
        text: "what types of cluster munitions were used in yemen according to monitor 2016",
        intent: "record",
      },
    ]);
    const [framework] = await corpus.run([
      { text: "what kind of framework is a coalition - formal or not", intent: "record" },
    ]);
    expect(types?.shownText).toMatch(DONT_KNOW);
    expect(framework?.shownText).toContain("In such an informal framework");
  });

  it("gives, of two counts in a sentence, the one whose own words say what is asked", async () => {
    const [initial] = await corpus.run([
      { text: "how many SPs are late with their initial reports?", intent: "record" },
    ]);
    const [spanish] = await corpus.run([
      { text: "how many spanish copies of the VA guidance will be available in santiago?", intent: "record" },
    ]);
    expect(initial?.shownText).toMatch(/^22\./);
    expect(spanish?.shownText).toMatch(/^200\./);
  });
});

describe("a speaker's next words", () => {
  it("answers a question on a topic of its own from that topic, not from the next words of the speaker just quoted", async () => {
    const [count] = await corpus.run([
      {
        text: "what was the ISU's count of SPs with specific legislation?",
        intent: "record",
        context: ["how much did the 2 SPs pay since the last update on 4/11?"],
      },
    ]);
    // (not "only 24 out of 100 States Parties had contributed", the ISU's next sentence after the quote before)
    expect(count?.shownText).toMatch(/^only 29\./);
  });
});

describe("whether a reason was given", () => {
  it("answers 'did NZ explain why…', 'was a reason given?' only from a sentence giving a reason", async () => {
    const cases = await corpus.run([
      { text: "did new zealand explain why its concept note was late?", intent: "record" },
      {
        text: "why did costa rica decide on 6/10 to go after the SPs that never filed an initial report first - was a reason given?",
        intent: "record",
      },
      {
        text: "why are 22 SPs still overdue with their initial reports - did costa rica give any reasons on 4/11?",
        intent: "record",
      },
    ]);
    for (const reply of cases) expect(reply?.shownText).toMatch(/^I don't know that\./);
  });

  it("answers why one thing rather than another only from a sentence giving a reason for that deed", async () => {
    const choices = await corpus.run([
      {
        text: "why did the presidency pay for the zagreb seminar itself instead of going to the EU like for bangkok?",
        intent: "record",
      },
      // (not "requested funding for future workshops in South East Asia, the Caucasus and Africa")
      { text: "why did the presidency choose SEA and SEE rather than africa?", intent: "record" },
    ]);
    for (const reply of choices) expect(reply?.shownText).toMatch(/^I don't know that\./);
  });
});

describe("what no minutes tell of a meeting", () => {
  it("refuses whether a meeting ran over, and a date to meet where only a letter is dated", async () => {
    const [over, sitDown] = await corpus.run([
      { text: "did the 4/11 CC run over the 11:30 finish?", intent: "record" },
      {
        text: "did they fix a date to sit down together?",
        intent: "record",
        context: [
          "costa rica's concept note on 4/11 - main objective?",
          "and who offered to work with costa rica on it?",
        ],
      },
    ]);
    expect(over?.shownText).toMatch(/^I don't know that\./);
    expect(sitDown?.shownText).toMatch(/^I don't know that\./);
  });
});

describe("a decision of the committee asked about", () => {
  it("answers whether the CC agreed something only from a sentence telling of an agreement", async () => {
    const [statement] = await corpus.run([
      {
        text: "did the CC agree a statement condemning it?",
        intent: "record",
        context: ["what did the cmc report about new use of cluster munitions on 6/10?"],
      },
    ]);
    // (the CMC "stressed that the Committee should continue to condemn any use": no agreement)
    expect(statement?.shownText).toMatch(/^I don't know that\./);
  });
});
