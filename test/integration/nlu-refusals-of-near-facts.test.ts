// Questions whose answer is not on record although something near it is: a meeting not yet
// held or without minutes, a record without hours or place, a person or State not at the
// table, a figure the question itself gives. Through the real composition (the corpus's store
// and runner); each case here was answered with a fact before the rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-refusals");

const DONT_KNOW = /^I don't know that\./;

describe("meetings", () => {
  it("refuses what a meeting not yet held decided, and what one without minutes on record decided", async () => {
    const [december, september, november] = await corpus.run([
      { text: "what decisions came out of the 7/12 CC", intent: "record" },
      { text: "decisions taken on 27 sept?", intent: "meeting.last" },
      { text: "what did we decide on 4 november", intent: "meeting.last" },
    ]);
    expect(december?.shownText).toMatch(/has not been held yet, so nothing was decided there/);
    expect(september?.shownText).toMatch(
      /^I don't know that\. No minutes of the meeting of Tuesday 27 September 2016 are on record/,
    );
    expect(november?.shownText).toMatch(/3 decisions recorded/);
  });

  it("refuses a figure as it stood by a day still ahead, not the latest figure on record", async () => {
    const [ahead, held] = await corpus.run([
      { text: "number of SPs that had paid their 2016 isu contribution by 7 dec?", intent: "record" },
      { text: "how many SPs had paid their isu contribution by 4 nov", intent: "record" },
    ]);
    expect(ahead?.shownText).toMatch(
      /^I don't know that\. The meeting of 7 December 2016 has not been held yet/,
    );
    expect(held?.shownText).toMatch(/^only 24 out of 100/);
  });

  it("refuses hours a meeting's record does not give, and what was said to a meeting without minutes", async () => {
    const [hours, deficit] = await corpus.run([
      { text: "what time did the 27 sept CC start", intent: "meeting.last" },
      { text: "what deficit did the isu report to the 27/9 meeting", intent: "record" },
    ]);
    expect(hours?.shownText).toMatch(/gives no hours/);
    expect(deficit?.shownText).toMatch(/No minutes of the meeting of 27 September 2016 are on record/);
  });
});

describe("another meeting's decisions", () => {
  it("refuses what the 7MSP decided from a sentence on what would be done there, and keeps where it was agreed", async () => {
    const [decided, agreed] = await corpus.run([
      { text: "what did the 7msp decide about the financial model?", intent: "record" },
      {
        text: "where was it agreed that the isu's financial model is reviewed at the 7msp",
        intent: "record",
      },
    ]);
    // "the current financial model would have to be reviewed at the 7MSP"
    expect(decided?.shownText).toMatch(DONT_KNOW);
    expect(agreed?.shownText).toMatch(/as agreed at the First Review Conference/);
  });
});

describe("what was expected is not what was done", () => {
  it("refuses whether a deed was done from a sentence naming it only as expected", async () => {
    const [approved, received, signedOff] = await corpus.run([
      { text: "has cameroon's national legislation actually been approved by now?", intent: "record" },
      {
        text: "did australia finally receive the hard copies of the guidance in the end?",
        intent: "record",
      },
      { text: "has paris signed off on its 2016 ISU payment yet", intent: "record" },
    ]);
    // "Cameroon would confirm once new national legislation had been approved"
    expect(approved?.shownText).toMatch(DONT_KNOW);
    // "Australia added that it would receive hardcopies of the document on Monday 6 November"
    expect(received?.shownText).toMatch(DONT_KNOW);
    expect(signedOff?.shownText).toMatch(/its 2016 contribution had been approved/);
  });

  it("says the records hold only what was expected, quoting it, when asked whether it was done in the end", async () => {
    const [workshop, invoices, paid] = await corpus.run([
      { text: "did the coordinators hold the beirut workshop as planned in the end?", intent: "record" },
      { text: "did the isu invoices for 2017 actually go out in january?", intent: "record" },
      { text: "did switzerland actually pay its 2016 contribution in the end?", intent: "record" },
    ]);
    expect(workshop?.shownText).toMatch(
      /^I don't know that\. The records say only what was expected then, not whether it was done \(Minutes of 6 October 2016, item 5\.4[\s\S]*planned to organize a workshop/,
    );
    expect(invoices?.shownText).toMatch(/not whether it was done[\s\S]*would be sent in January 2017/);
    expect(paid?.shownText).toMatch(/had already been paid in March 2016/);
  });
});

describe("another meeting named", () => {
  it("refuses a figure from a sentence that does not name the meeting asked about ('at the 6msp')", async () => {
    const [sixth, fifteenth] = await corpus.run([
      { text: "what shortfall did the isu report at the 6msp in september?", intent: "record" },
      { text: "when is the APMBC's 15th MSP?", intent: "record" },
    ]);
    // (the ISU's deficit of just over CHF 100'000 was reported to the committee on 4 November)
    expect(sixth?.shownText).toMatch(DONT_KNOW);
    // ("the APMBC 15th Meeting of States Parties … from 28 November to 1 December 2016")
    expect(fifteenth?.shownText).toMatch(/28 November/);
  });
});

describe("records without the fact", () => {
  it("refuses a place an activity's record does not give, and a date a coalition's record does not hold", async () => {
    const [city, phase, updated] = await corpus.run([
      { text: "which city will host the lao country-specific seminar", intent: "activity" },
      { text: "when does the laos coalition move on to its next phase", intent: "record" },
      { text: "when was the laos coalition last updated", intent: "coalition.status" },
    ]);
    expect(city?.shownText).toMatch(
      /^I don't know that\. The record of the Country-specific seminar for Lao PDR gives no place/,
    );
    expect(phase?.shownText).toMatch(DONT_KNOW);
    expect(updated?.shownText).toMatch(/last updated 4 November 2016/);
  });

  it("refuses a measure a coalition's record does not hold", async () => {
    const [area, size] = await corpus.run([
      { text: "how big is the contaminated area in lao pdr, in square km", intent: "record" },
      { text: "how big is the laos coalition?", intent: "coalition.status" },
    ]);
    expect(area?.shownText).toMatch(DONT_KNOW);
    expect(size?.shownText).toMatch(/^Country coalition: Lao PDR/);
  });
});

describe("who was at the table", () => {
  it("refuses what a person did at a meeting they missed, and what the UK or Cameroon said at one", async () => {
    const [paterson, uk, cameroon, nz] = await corpus.run([
      { text: "what did joel paterson contribute on the ICA side event on 6/10", intent: "record" },
      { text: "what did the uk say about the coalitions non-paper on 4 nov", intent: "record" },
      { text: "did cameroon confirm its workshop plans itself at the 4/11 meeting", intent: "record" },
      { text: "what did nz tell us about cameroon", intent: "record" },
    ]);
    expect(paterson?.shownText).toMatch(
      /Joel Paterson is not recorded as present at the meeting of 6 October 2016/,
    );
    expect(uk?.shownText).toMatch(/The United Kingdom is not recorded as present/);
    expect(cameroon?.shownText).toMatch(/Cameroon is not recorded as present/);
    expect(nz?.shownText).toMatch(/Cameroon/);
  });
});

describe("taking the floor", () => {
  it("reads 'take the floor' and 'chime in' as speaking: only the delegation's own words answer", async () => {
    const [chile, italy, capacity] = await corpus.run([
      { text: "did chile chime in on victim assistance on 4 nov?", intent: "record" },
      { text: "did italy take the floor on VA at the 4/11 meeting?", intent: "record" },
      {
        text: "in what capacity did australia speak under the VA item in october? they're on ICA now",
        intent: "record",
      },
    ]);
    // (not Australia's "The Coordinator highlighted…" under the item of Italy and Chile)
    expect(chile?.shownText).toMatch(DONT_KNOW);
    expect(italy?.shownText).toMatch(/Italy explained that their concept note/);
    // ("now" names no day: "in october" is the meeting)
    expect(capacity?.shownText).toMatch(/In its capacity as former Coordinator on Victim Assistance/);
  });
});

describe("the question's own words", () => {
  it("reads 'only 29' as the question's own figure, and a phrase of the minutes as no question", async () => {
    const [own, phrase] = await corpus.run([
      {
        text: "of the 29 SPs with ccm-specific legislation, how many have been adopted since 2015",
        intent: "record",
      },
      { text: "naming and shaming", intent: "record" },
    ]);
    expect(own?.shownText).not.toMatch(/^only 29\./);
    expect(phrase?.shownText).toMatch(/A single word is not enough/);
  });
});

describe("who said it, and what a figure is of", () => {
  it("refuses which State said something the Director reported unnamed, and who voiced what another answered", async () => {
    const [which, voiced, swiss] = await corpus.run([
      {
        text: "which SP said it had paid its isu contribtion but the money hadnt arrived yet",
        intent: "record",
      },
      {
        text: "4/11: who voiced the concerns about the timing of the UN billing system that unoda answered?",
        intent: "record",
      },
      { text: "which state said its 2016 contribution had been paid in march", intent: "record" },
    ]);
    expect(which?.shownText).toMatch(DONT_KNOW);
    expect(voiced?.shownText).toMatch(DONT_KNOW);
    expect(swiss?.shownText).toMatch(/^Switzerland\./);
  });

  it("refuses a figure of another year ('CHF 145'000 of its 2016 budget' for the 2017 deficit)", async () => {
    const [next, current] = await corpus.run([
      { text: "what is the isu's expected financing deficit for 2017?", intent: "record" },
      { text: "what was the isu's deficit for 2016 as at 6 oct?", intent: "record" },
    ]);
    expect(next?.shownText).toMatch(DONT_KNOW);
    expect(current?.shownText).toMatch(/^CHF 145'000\./);
  });

  it("refuses a source's figure from a sentence giving another source's ('the monitor's count')", async () => {
    const [monitor, isu, costaRica] = await corpus.run([
      { text: "what is the monitor's count of states parties with national legislation?", intent: "record" },
      { text: "what was the ISU's count of SPs with specific legislation?", intent: "record" },
      { text: "CR's number for overdue initial reports on 4 nov?", intent: "record" },
    ]);
    // "according to the information available to the ISU-CCM, only 29 States Parties…"
    expect(monitor?.shownText).toMatch(DONT_KNOW);
    expect(isu?.shownText).toMatch(/^only 29\./);
    expect(costaRica?.shownText).toMatch(/22 States Parties with overdue initial/);
  });

  it("refuses a sentence on another group of States ('each of the eight' for 'the 12 SPs')", async () => {
    const [twelve, eight, heard] = await corpus.run([
      {
        text: "by when will the SD coordinators contact the 12 SPs retaining cluster munitions?",
        intent: "record",
      },
      { text: "by when will the SD coordinators write to the eight SPs?", intent: "record" },
      {
        text: "i heard 3 SPs paid into the ISU trust fund since the last update, is that right?",
        intent: "record",
      },
    ]);
    expect(twelve?.shownText).toMatch(DONT_KNOW);
    expect(eight?.shownText).toMatch(/^by the end of November 2016\./);
    // (a count to check is no group asked about)
    expect(heard?.shownText).toMatch(/only 2 States Parties had made contributions/);
  });

  it("refuses a breakdown the records do not give and whose deadline when they name no State", async () => {
    const [split, whose] = await corpus.run([
      {
        text: "how is berlin's EUR 150'000 split between the univ workshops and the coalitions",
        intent: "record",
      },
      {
        text: "of the 8 SPs still sitting on stockpiles, whose art 3 deadline comes up first?",
        intent: "record",
      },
    ]);
    expect(split?.shownText).toMatch(DONT_KNOW);
    expect(whose?.shownText).toMatch(DONT_KNOW);
  });
});

describe("whose fund, which coalition, what verb", () => {
  it("refuses a fund named as another's, a coalition not on record, and reads 'isued' as issued, not the ISU", async () => {
    const [fund, isuFund, lead, issued] = await corpus.run([
      { text: "how much money would go into the coalitions trust fund", intent: "record" },
      { text: "how much had SPs paid into the fund by 5 october", intent: "record" },
      { text: "lead donor for a vietnam coalition?", intent: "coalition.lead" },
      { text: "exact date the 6msp final report was isued?", intent: "record" },
    ]);
    expect(fund?.shownText).toMatch(DONT_KNOW);
    expect(isuFund?.shownText).toMatch(/^CHF 334'186\./);
    expect(lead?.shownText).toMatch(/^I don't know that\. No country coalition for Vietnam is on record/);
    expect(issued?.shownText).toMatch(DONT_KNOW);
  });

  it("refuses a count of States with a national action plan from a sentence on the Dubrovnik Action Plan, and which donors attended", async () => {
    const [plans, donors] = await corpus.run([
      { text: "how many SPs already have a VA national action plan", intent: "record" },
      {
        text: "which donors sat in on the closed APMBC meeting on coalitions in june 2017?",
        intent: "record",
      },
    ]);
    expect(plans?.shownText).toMatch(DONT_KNOW);
    expect(donors?.shownText).toMatch(DONT_KNOW);
  });

  it("refuses what a trust fund would pay for from a sentence on funds asked of the EU", async () => {
    const [trust, eu] = await corpus.run([
      { text: "how many workshops would the coalitions trust fund pay for?", intent: "record" },
      { text: "for how many workshops did the president ask the EU for funding?", intent: "record" },
    ]);
    expect(trust?.shownText).toMatch(DONT_KNOW);
    expect(eu?.shownText).toMatch(/^two\./);
  });
});

describe("the deed a date is of", () => {
  it("refuses the date of another deed ('adopted' is not 'would circulate … by 30 November')", async () => {
    const [adopted, circulated] = await corpus.run([
      { text: "on what date will the isu's 2017 work plan and budget be adopted", intent: "record" },
      { text: "by when will the isu circulate its 2017 work plan and budget", intent: "record" },
    ]);
    expect(adopted?.shownText).toMatch(DONT_KNOW);
    expect(circulated?.shownText).toMatch(/^by 30 November 2016\./);
  });

  it("dates a deed by its own clause: opening a session is not introducing a resolution, creating a page not uploading", async () => {
    const [introduced, uploaded, submitted, point, already] = await corpus.run([
      { text: "what day will germany be introducing the ccm resolution in new york", intent: "record" },
      { text: "by when must coordinators upload their documents to the website", intent: "record" },
      { text: "when did costa rica submit its own article 7 report", intent: "record" },
      {
        text: "at what point in the first committee would germany introduce the ccm resolution",
        intent: "record",
      },
      { text: "had germany already introduced the resolution when we met on 6/10?", intent: "record" },
    ]);
    // "the First Committee had opened its session … on 3 October 2016 and that Germany would introduce…"
    expect(introduced?.shownText).toMatch(DONT_KNOW);
    // "would create a page … by the end of October 2016, on which Coordinators could upload their documents"
    expect(uploaded?.shownText).toMatch(DONT_KNOW);
    // "as at 30 September 2016, only 58 … had submitted": the day a tally stood
    expect(submitted?.shownText).toMatch(DONT_KNOW);
    expect(point?.shownText).toMatch(/^during the thematic debate on conventional weapons\./);
    expect(already?.shownText).toMatch(/Germany would introduce the draft Resolution/);
  });

  it("refuses a date whose clause names no deed when the deed asked stands in another clause", async () => {
    const [request, deadline] = await corpus.run([
      { text: "by what date must lao pdr submit its article 4 extension request?", intent: "record" },
      { text: "what is lao pdr's article 4 deadline?", intent: "record" },
    ]);
    // "had an Article 4 deadline of 1 August 2020 and expressed concern that it would … need to request an extension"
    expect(request?.shownText).toMatch(DONT_KNOW);
    expect(deadline?.shownText).toMatch(/^1 August 2020\./);
  });

  it("gives the day a tally stood when the question asks as of when", async () => {
    const [asOf] = await corpus.run([
      { text: "the 58 reports figure costa rica gave - as of what date?", intent: "record" },
    ]);
    expect(asOf?.shownText).toMatch(/^30 September 2016\./);
  });
});

describe("the deed a count is of", () => {
  it("refuses a count of another deed ('adopted' is not 'drafting'), and gives the count of the deed asked", async () => {
    const [drafting, adopted] = await corpus.run([
      {
        text: "how many states parties are drafting implementing legislation according to the isu?",
        intent: "record",
      },
      { text: "how many states parties have approved specific legislation", intent: "record" },
    ]);
    // "only 29 States Parties had adopted specific legislation …, while 20 States Parties considered…"
    expect(drafting?.shownText).toMatch(DONT_KNOW);
    expect(adopted?.shownText).toMatch(/^only 29\./);
  });
});

describe("people by name", () => {
  it("refuses which officials someone met when the sentence names none", async () => {
    const [officials] = await corpus.run([
      { text: "which un officials did biontino see in new york about the fee?", intent: "record" },
    ]);
    // "the President reported that he had met with UN officials in New York…": no one named
    expect(officials?.shownText).toMatch(DONT_KNOW);
  });
});

describe("a delegation set aside", () => {
  it("refuses from the sentences of a delegation the question sets aside ('besides Laos')", async () => {
    const [besides, laos] = await corpus.run([
      { text: "apart from lao pdr, which SP has an article 4 deadline in 2020?", intent: "record" },
      { text: "which SP has an article 4 deadline in 2020?", intent: "record" },
    ]);
    expect(besides?.shownText).toMatch(DONT_KNOW);
    expect(laos?.shownText).toMatch(/Lao PDR, the most contaminated State Party, had an Article 4 deadline/);
  });
});

describe("a country asked by name", () => {
  it("refuses 'which country' from a sentence naming none, and answers it from one naming one", async () => {
    const [zagreb, croatia, target] = await corpus.run([
      {
        text: "according to the paper, which country did the zagreb meeting pick out for a coalition?",
        intent: "record",
      },
      { text: "which country offered to share its stockpile destruction experience?", intent: "record" },
      {
        text: "which country could be a first target for a coalition according to the paper?",
        intent: "record",
      },
    ]);
    // paragraph 8: "The meetings notably served to identify: the concrete challenges…; coalitions of actors"
    expect(zagreb?.shownText).toMatch(DONT_KNOW);
    expect(croatia?.shownText).toMatch(/^Croatia\./);
    expect(target?.shownText).toMatch(/in the case of Lao PDR/);
  });
});

describe("a person or a place within a region", () => {
  it("asks a person's name of 'who from the presidency', and a place within the region of 'where in SE Asia'", async () => {
    const [who, where] = await corpus.run([
      { text: "who from the presidency is going to the beirut workshop", intent: "record" },
      { text: "where in SE asia was the first coalitions seminar held", intent: "record" },
    ]);
    expect(who?.shownText).toMatch(DONT_KNOW);
    expect(where?.shownText).not.toMatch(/Beirut/);
  });
});

describe("what an acronym stands for", () => {
  it("refuses what an acronym stands for when the records use it without spelling it out", async () => {
    const [racviac, codes, iraq] = await corpus.run([
      { text: "what does the acronym racviac actually stand for", intent: "record" },
      { text: "what do 7a, 7b and 7c stand for in the isu contribution figures", intent: "record" },
      {
        text: "quick one - how did iraq react on 6/10 when zambia asked how the coalition seminars would be funded?",
        intent: "record",
      },
    ]);
    expect(racviac?.shownText).toMatch(
      /^I don't know that\. The records use RACVIAC without spelling it out/,
    );
    expect(codes?.shownText).toMatch(/The records use 7a, 7b, 7c without spelling them out/);
    expect(iraq?.shownText).toMatch(/Iraq is not recorded as present at the meeting of 6 October 2016/);
  });
});
