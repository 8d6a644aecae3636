// Questions as delegates put them in chat and in reports to capital ("quick one -",
// "nz", "Croatia's intervention under 5.3", "what did Lebanon say"), through the real
// composition (the corpus's store and runner): each case here was answered wrongly, or not
// at all, before the rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-chat");

describe("who speaks, and who is only named", () => {
  it("reads an organisation named after a country ('PAX Netherlands') as no word of that delegation", async () => {
    const [dutch, nz] = await corpus.run([
      { text: "the dutch 2016 isu payment in?", intent: "record" },
      { text: "who did nz want to work with on the financing of cluster munitions", intent: "record" },
    ]);
    expect(dutch?.shownText).toMatch(/^I don't know that/);
    expect(nz?.shownText).toMatch(/PAX Netherlands/);
  });

  it("reads what a delegation 'put on the table' as what it offered, and an apology as what is asked about", async () => {
    const [icrc, sorry, why] = await corpus.run([
      { text: "what did the icrc put on the table for NZ in oct", intent: "record" },
      { text: "did NZ apologise for being late with anything on 6/10", intent: "record" },
      {
        text: "why dont the monitor and the isu have the same numbers on national legislation, acc to NZ?",
        intent: "record",
      },
    ]);
    expect(icrc?.shownText).toMatch(/model legislation/);
    expect(sorry?.shownText).toMatch(/apologized in advance/);
    expect(why?.shownText).toMatch(/different sources of information/);
  });

  it("reads a report-writer's words for what a delegation said: gave, position, raise anything, AOB", async () => {
    const [deadline, position, aob, update] = await corpus.run([
      { text: "what deadline did biontino give france and zambia at the 6 oct meeting?", intent: "record" },
      { text: "what was norway's position on the coalitions idea at the 6/10 CC?", intent: "record" },
      { text: "did the cmc raise anything under AOB on 6/10?", intent: "record" },
      { text: "did france give any update on its 2016 isu money at the 6/10 meeting?", intent: "record" },
    ]);
    expect(deadline?.shownText).toMatch(/^by 21 October 2016/);
    expect(position?.shownText).toMatch(/national coordination mechanisms/);
    expect(aob?.shownText).toMatch(/item 8 \(Any Other Business\)/);
    expect(update?.shownText).toMatch(/before the end of October 2016/);
  });

  it("refuses what a State outside the committee said, which no minutes report, by saying so", async () => {
    const [lebanon, view, thailand, nz] = await corpus.run([
      { text: "what did lebanon say about the beirut workshop at the 4 nov CC", intent: "record" },
      { text: "lebanon's view on the workshop, 4/11?", intent: "record" },
      { text: "what did thailand propose", intent: "record" },
      { text: "what did nz tell us about cameroon", intent: "record" },
    ]);
    expect(lebanon?.shownText).toMatch(
      /^I don't know that\. Lebanon is not recorded as present at the meeting of 4 November 2016/,
    );
    expect(view?.shownText).toMatch(/Lebanon is not recorded as present/);
    expect(thailand?.shownText).toMatch(/The minutes record nothing Thailand said/);
    expect(nz?.shownText).toMatch(/Cameroon/);
  });
});

describe("how a question is put in chat", () => {
  it("reads a vowel left out of an ending ('hostng'), and 'who's helping' as a question on the minutes", async () => {
    const [asean, helping] = await corpus.run([
      { text: "when's the asean meeting NZ is hostng", intent: "record" },
      {
        text: "is NZ doing anything about who bankrolls CMs - any guidance in the works, and who's helping?",
        intent: "record",
      },
    ]);
    expect(asean?.shownText).toMatch(/^early 2017/);
    expect(helping?.shownText).toMatch(/financing of cluster munitions/);
  });

  it("reads the paper's paragraph sign, a role that names no Rome, and a brief's framing ('for my report:', 'read me out')", async () => {
    const [para9, role, breaks, overlap, readOut] = await corpus.run([
      { text: "np ¶9: who promoted the coalitions in june 2017, and in what setting?", intent: "record" },
      { text: "does the non-paper see a role for the mine ban treaty or the ccw in this?", intent: "record" },
      {
        text: "for my report: what makes or breaks a coalition according to the non-paper?",
        intent: "record",
      },
      { text: "what caveat does the non-paper put on overlap with existing programmes?", intent: "record" },
      {
        text: "for the capital: read me out the np's list of CC areas the coalitions would fall in",
        intent: "record",
      },
    ]);
    expect(para9?.shownText).toMatch(/paragraph 9:.*Australia and Iraq/s);
    expect(role?.shownText).toMatch(/CCW Prot\. V/);
    expect(breaks?.shownText).toMatch(/national ownership as the key/);
    expect(overlap?.shownText).toMatch(/should not duplicate/);
    expect(readOut?.shownText).toMatch(/paragraph 6:.*National Implementation Measures/s);
  });

  it("reads each paragraph of the paper as about what its title says, and 'no later than' as a deadline", async () => {
    const [payoff, spill, plan] = await corpus.run([
      { text: "univ payoff of coalitions?", intent: "record" },
      {
        text: "does the coalitions idea stay inside the ccm or could it spill over to the landmine treaty",
        intent: "record",
      },
      { text: "per the DAP by when must SPs have a VA national action plan in place", intent: "record" },
    ]);
    expect(payoff?.shownText).toMatch(/better position to accede/);
    expect(spill?.shownText).toMatch(/APMBC or CCW Prot\. V/);
    expect(plan?.shownText).toMatch(/^by no later than the end of 2018/);
  });

  it("reads past how a question is put in chat ('quick one -', 'sorry to bother', 'I'm drafting the VA section,', 'thx')", async () => {
    const [victims, article, italy] = await corpus.run([
      {
        text: "i'm drafting the VA section, does the non-paper say anything on victims? need the exact wording",
        intent: "record",
      },
      {
        text: "quick one - which article does the coalitions non-paper kick off with? thx",
        intent: "record",
      },
      {
        text: "sorry to bother, why is italy's isu payment late? i'm drafting the finance bit",
        intent: "record",
      },
    ]);
    expect(victims?.shownText).toMatch(/assistance to victims/);
    expect(article?.shownText).toMatch(/Article 6\.1/);
    expect(italy?.shownText).toMatch(/governmental restructuring/);
  });

  it("answers a document's symbol with the UN symbol a sentence gives, and refuses one no sentence gives", async () => {
    const [resolution, lDoc, report] = await corpus.run([
      { text: "what was the symbol of the CCM resolution adopted at the First Committee?", intent: "record" },
      {
        text: "need the L-doc number of the ccm resolution from NY for the brief, can you check",
        intent: "record",
      },
      { text: "6msp final report symbol?", intent: "record" },
    ]);
    expect(resolution?.shownText).toMatch(/^A\/C\.1\/71\/L\.22\./);
    expect(lDoc?.shownText).toMatch(/^A\/C\.1\/71\/L\.22\./);
    expect(report?.shownText).toMatch(/^I don't know that/);
  });

  it("reads a figure asked by the noun ('nov figures?', 'page count'), euros as EUR and the ISU's kitty as its fund", async () => {
    const [sevenC, pages, euros, nz] = await corpus.run([
      { text: "7c contributions total, nov figures?", intent: "record" },
      { text: "page count of the VA guidance doc?", intent: "record" },
      {
        text: "how much has berlin put on the table for univ workshops and the coalitions, in euros",
        intent: "record",
      },
      { text: "nz's figure for SPs with a stand-alone ccm implementing law?", intent: "record" },
    ]);
    expect(sevenC?.shownText).toMatch(/CHF 170'481 towards 7c/);
    expect(pages?.shownText).toMatch(/^I don't know that/);
    expect(euros?.shownText).toMatch(/^EUR 150'000/);
    expect(nz?.shownText).toMatch(/only 29 States Parties/);
  });

  it("reads 'the non-members' as non-States Parties, 'passed a law' as adopted legislation and 'urge' as encouraged", async () => {
    const [groups, law, urge] = await corpus.run([
      { text: "how many groups did biontino split the non-members into", intent: "record" },
      { text: "how many SPs have passed a dedicated ccm law, according to the isu's info", intent: "record" },
      { text: "on 4 nov what did zambia urge every state to do", intent: "record" },
    ]);
    expect(groups?.shownText).toMatch(/two categories/);
    expect(law?.shownText).toMatch(/only 29 States Parties/);
    expect(urge?.shownText).toMatch(/Zambia/);
  });

  it("reads a note's reader and what the writer needs as framing: 'for the note to the president:', 'need the figure'", async () => {
    const [paid, named] = await corpus.run([
      {
        text: "for the note to the president: how much did the 2 SPs pay since the last update on 4/11? need the figure",
        intent: "record",
      },
      { text: "which expert body does the np name next to the icrc", intent: "record" },
    ]);
    // (the President is the note's reader, not whom the question is about)
    expect(paid?.shownText).toMatch(/^CHF 43'650\./);
    expect(named?.shownText).toMatch(/such as the GICHD/);
  });

  it("reads 're' as about, 'comment on the np' as no source, and 'acc. to the oct minutes' as a source", async () => {
    const [offer, comments, minutes] = await corpus.run([
      { text: "chile's offer re the programme of the side event - by when?", intent: "record" },
      { text: "by what date should members send comments on the np?", intent: "record" },
      { text: "acc. to the oct minutes, what did switzerland say about its payment?", intent: "record" },
    ]);
    expect(offer?.shownText).toMatch(/^by 15 November 2016\./);
    // (the non-paper is what is commented on; the minutes say by when)
    expect(comments?.shownText).toMatch(/^by 26 October 2016\./);
    // (not the whole minutes of that meeting)
    expect(minutes?.shownText).toMatch(/had already been paid in March 2016/);
  });

  it("reads a resolution that passed as adopted, and '100k chf' as CHF 100'000", async () => {
    const [passed, gap] = await corpus.run([
      { text: "did the ccm resolution pass in new york?", intent: "record" },
      { text: "was the isu's 2016 gap around 100k chf in november?", intent: "record" },
    ]);
    expect(passed?.shownText).toMatch(/had been adopted with few abstentions/);
    expect(gap?.shownText).toMatch(/just over CHF 100'000/);
  });
});
