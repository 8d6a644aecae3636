// The document corpus's run (scripts/nlu/store.ts, facts.ts): the store holds
// the corpus's minutes of 6 October 2016, imported as import:minutes does, or
// the run stops; and a case is scored on the replies as a user reads them,
// sections included, the honest "not recorded as present" taken for a refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusCase } from "../../scripts/nlu/corpus.ts";
import { scoreResults } from "../../scripts/nlu/evaluate.ts";
import { scoreDocuments } from "../../scripts/nlu/facts.ts";
import { EVAL_MINUTES, importMinutesFile } from "../../scripts/nlu/store.ts";
import { openDocumentCorpus } from "../fixtures/document-corpus.ts";

let corpus: Awaited<ReturnType<typeof openDocumentCorpus>>;

beforeAll(async () => {
  corpus = await openDocumentCorpus("nlu-documents");
});

/** The cases run as the corpus's run does, each in its own conversation. */
const run: (typeof corpus)["run"] = (cases) => corpus.run(cases);

afterAll(async () => {
  await corpus?.close();
});

describe("the document corpus's run", () => {
  it("stops when the minutes cannot be imported", async () => {
    await expect(importMinutesFile(corpus.store, EVAL_MINUTES, corpus.clock)).rejects.toThrow(
      /minutes-2016-10-06\.txt was not imported: A meeting on 2016-10-06 is already on record/,
    );
  });

  it("scores entities only on the cases that name them", async () => {
    const results = await run([
      { text: "where are we with Laos?", intent: "coalition.status", entities: { coalition: ["Lao PDR"] } },
      { text: "where are we with Laos?", intent: "record", fact: ["Lao PDR"], source: "none" },
    ]);
    expect(results.map((r) => r.entities)).toEqual([["coalition:Lao PDR"], ["coalition:Lao PDR"]]);
    expect(scoreResults(results)).toMatchObject({ entityPrecision: 1, entityRecall: 1 });
  });

  it('scores what a user reads: facts in sections, case and accents aside; absence is a refusal; a fact for a "don\'t know" is a false answer', async () => {
    const cases: CorpusCase[] = [
      {
        text: "was iraq at the meeting on 6 october?",
        intent: "meeting.attendance",
        dontKnow: true,
        source: "minutes 2016-10-06 item 1 (apologies)",
      },
      {
        text: "who attended the meeting on 6 october?",
        intent: "meeting.attendance",
        fact: ["ASIM DOROVIC"],
        source: "minutes 2016-10-06 item 1",
      },
      { text: "where are we with Laos?", intent: "record", dontKnow: true, source: "none" },
    ];
    const results = await run(cases);
    const [absent, attended, laos] = results;
    expect(absent?.shownText).toMatch(/6 October 2016.*Iraq: not recorded as present/);
    expect(absent?.nonAnswer).toBe(false);
    // the name is in the reply's list, not its text
    expect(attended?.replyText).not.toMatch(/Dorović/);
    expect(attended?.shownText).toMatch(/Mr\. Asim Dorović/);
    const score = scoreDocuments(results);
    expect(score).toMatchObject({ cases: 3, dontKnowCases: 2, scored: 3, passed: 2 });
    expect(score.falseAnswers.map((r) => r.case.text)).toEqual(["where are we with Laos?"]);
    // the utterance corpus's score takes absence for a refusal too
    expect(scoreResults(results).falseAnswers).toEqual(score.falseAnswers);
    expect(laos?.shownText).toMatch(/Lao PDR country coalition/);
    expect(score.bySource).toEqual([
      { document: "minutes 2016-10-06", passed: 2, scored: 2 },
      { document: "none", passed: 0, scored: 1 },
    ]);
  });

  it("answers a date, a figure or a place the minutes state, though the words also name who coordinates or an agenda", async () => {
    const results = await run([
      {
        text: "by when will the SD coordinators write to the SPs that still have stockpiles",
        intent: "record",
      },
      { text: "when was the provisional agenda for the oct meeting sent round", intent: "record" },
      { text: "who coordinates stockpile destruction?", intent: "who.coordinates" },
      // coordinators report to the committee in their updates; not a date under another item (Norway's
      // workshop "in November"), nor the Universalization item's "130 States Parties by 2020"
      { text: "when will the universalization coordinators report?", intent: "updates.status" },
      { text: "what's on the agenda for 7 december?", intent: "meeting.agenda" },
    ]);
    const [write, agenda, coordinates, report, next] = results;
    expect(write?.intent).toBe("record");
    expect(write?.shownText).toMatch(/^by the end of November 2016\. \(Minutes of 6 October 2016, item 5\.3/);
    expect(agenda?.intent).toBe("record");
    expect(agenda?.shownText).toMatch(/30 September 2016/);
    expect(coordinates?.intent).toBe("who.coordinates");
    expect(coordinates?.shownText).toMatch(/Stockpile Destruction is coordinated by Croatia and Mexico/);
    expect(report?.shownText).toMatch(
      /^Updates for the meeting of Wednesday 7 December 2016.*from Universalization/,
    );
    expect(next?.intent).toBe("meeting.agenda");
  });

  it("names the member delegations nobody came for when asked who could not attend", async () => {
    const results = await run([
      { text: "which delegations couldnt attend the 6 oct meeting", intent: "meeting.attendance" },
      { text: "who sent apologies for the oct meeting", intent: "meeting.attendance" },
      { text: "who was absent on 4 november", intent: "meeting.attendance" },
    ]);
    const [couldNot, apologies, none] = results;
    expect(couldNot?.shownText).toMatch(
      /^Not recorded as present at the meeting of Thursday 6 October 2016, 15:00–16:30 CEST: Iraq, Mexico and UNODA\./,
    );
    expect(apologies?.shownText).toBe(couldNot?.shownText);
    expect(none?.shownText).toMatch(
      /^Every member delegation is recorded as present at the meeting of Friday 4 November 2016/,
    );
  });

  it("says it does not know an amount or a place rather than listing coalitions, and reads 'where do … stand' as a status", async () => {
    const results = await run([
      {
        text: "how much money will go into the coalitions trust fund the president talked about",
        intent: "record",
      },
      { text: "Where do the country coalitions stand overall?", intent: "coalition.list" },
      {
        text: "roughly what share of SPs had paid anything into the ISU trust fund by the nov meeting, a quarter?",
        intent: "record",
      },
    ]);
    const [amount, stand, share] = results;
    // a share of States is a count, not the amount they paid
    expect(share?.shownText).toMatch(/^only 24 out of 100\. \(Minutes of 4 November 2016, item 6/);
    expect(amount?.nonAnswer).toBe(true);
    expect(amount?.shownText).toMatch(
      /^I don't know that\. Nothing in the minutes or papers on record answers it\./,
    );
    expect(stand?.intent).toBe("coalition.list");
    expect(stand?.shownText).toMatch(/Lao PDR/);
  });

  it("reads a question of its own after another topic without the previous message's words, delegation or meeting", async () => {
    const results = await run([
      {
        text: "how many signatories said their ratification is before parliament",
        context: ["how much came into the ISU trust fund since the last update?"],
        intent: "record",
      },
      { text: "who would coordinate each coalition?", context: ["laos art 4 deadline"], intent: "record" },
    ]);
    const [signatories, coordinate] = results;
    expect(signatories?.shownText).toMatch(/^three\. \(Minutes of 6 October 2016, item 5\.2/);
    expect(coordinate?.shownText).toMatch(
      // the paper's own words, or the President's on it
      /coordinated by the affected country together with a (?:lead )?donor country/,
    );
  });

  it("answers where another meeting takes place when a sentence names its place, and refuses when none does", async () => {
    const [apmbc, seventh] = await run([
      { text: "where is the APMBC 15MSP taking place?", intent: "record" },
      { text: "where will the 7MSP be held", intent: "record", dontKnow: true },
    ]);
    // (the sentence holding the meeting there, "which Chile would host in Santiago", not the guidance's launch
    // "during a side event … in Santiago", which places another deed)
    expect(apmbc?.shownText).toMatch(/^Santiago\. \(Minutes of 6 October 2016, item 5\.1/);
    expect(apmbc?.shownText).toContain("which Chile would host in Santiago");
    expect(seventh?.nonAnswer).toBe(true);
  });

  it("picks the activity a question names ('Bangkok') over one sharing only 'meeting on country coalitions'", async () => {
    const [bangkok] = await run([
      { text: "who financed the bangkok meeting on country coalitions", intent: "activity" },
    ]);
    expect(bangkok?.shownText).toMatch(/^Regional seminar in Bangkok: funded by European Union\./);
  });

  it("prefers the words of the delegation a question has doing the thing ('when is Italy planning…')", async () => {
    const [italy] = await run([
      { text: "when is italy planning the joint VA meeting with the APMBC comittee", intent: "record" },
    ]);
    // not the ICRC's "before the end of the year" in the same paragraph
    expect(italy?.shownText).toMatch(/^in November\. \(Minutes of 6 October 2016, item 5\.1/);
  });

  it("refuses names no sentence gives, the question's own figure as an amount, and what an absent delegation backed", async () => {
    const results = await run([
      {
        text: "names of the 8 states the univ coordinators are focusing on up to the 7msp?",
        intent: "record",
      },
      { text: "how much in chf would the UN's 13% admin fee cost the isu", intent: "record" },
      { text: "did iraq back australia's side event plan at the oct meeting", intent: "record" },
      { text: "list the 22 SPs that are late with their initial transparency reports", intent: "record" },
    ]);
    const [names, fee, iraq, late] = results;
    const [apologised] = await run([
      { text: "did nz apologise for being late with anything on 6/10", intent: "record" },
    ]);
    expect(apologised?.shownText).toMatch(
      /New Zealand indicated that its concept note might only be sent after 28 October 2016 and apologized/,
    );
    // States late with their reports are no action items of the committee's
    expect(late?.shownText).toMatch(/^I don't know that\./);
    expect(names?.shownText).toMatch(/^I don't know that\./);
    expect(fee?.shownText).toMatch(/^I don't know that\./);
    expect(iraq?.shownText).toMatch(
      /^I don't know that\. Iraq is not recorded as present at the meeting of 6 October 2016/,
    );
  });

  it("refuses an exact day that no record gives, 'who are the 7 SPs…' unnamed, and reads 'mine action' as no action item", async () => {
    const [zagreb, mineAction, seven, african] = await run([
      { text: "what exact date in june 2017 was the zagreb / RACVIAC seminar?", intent: "activity" },
      {
        text: "the meeting of mine action national directors in geneva in february 2017, on which exact day it starts?",
        intent: "record",
      },
      {
        text: "who are the 7 SPs that might not meet the target for the VA focal point by end of 2016?",
        intent: "record",
      },
      {
        text: "which were the 11 african states not party that participated to the addis ababa workshop?",
        intent: "record",
      },
    ]);
    expect(zagreb?.shownText).toMatch(
      /^I don't know that\. The record of the Regional seminar in Zagreb \(RACVIAC\) gives only June 2017, no day\./,
    );
    expect(mineAction?.shownText).toMatch(/^I don't know that\./);
    expect(seven?.shownText).toMatch(/^I don't know that\./);
    expect(african?.shownText).toMatch(/^I don't know that\./);
  });

  it("reads 'how many CHF' as an amount of money, and 'the oct update' as the October meeting's", async () => {
    const [total] = await run([
      {
        text: "all the contributions of 2016 received by the isu trust fund made a total of how many CHF, per the oct update?",
        intent: "record",
      },
    ]);
    // not November's "CHF 43'650 … since the last update"
    expect(total?.shownText).toMatch(/^CHF 334'186\. \(Minutes of 6 October 2016, item 6/);
  });

  it("says a meeting's place is not known when its record gives none, and nobody's minute-taking is on record", async () => {
    const [where, minutesTaker] = await run([
      { text: "where was the 27/9 CC meeting held", intent: "meeting.last" },
      { text: "who took the minutes at the 4 nov CC", intent: "record" },
    ]);
    expect(where?.shownText).toMatch(
      /^I don't know that\. The record of the meeting of Tuesday 27 September 2016 gives no place\./,
    );
    expect(minutesTaker?.shownText).toMatch(/^I don't know that\./);
  });

  it("reads 'the ICRC person at the oct CC' and 'croatias delegate on 6/10' from that meeting's attendance list", async () => {
    const [icrc, croatia] = await run([
      { text: "icrc person at the oct CC?", intent: "meeting.attendance" },
      { text: "croatias delegate on 6/10", intent: "meeting.attendance" },
    ]);
    expect(icrc?.shownText).toMatch(/ICRC: present \(Mr\. Louis Maresca\)/);
    expect(croatia?.shownText).toMatch(/Croatia: present \(Ms\. Ines Sprem Scigliano\)/);
    const [unoda, nz] = await run([
      { text: "did anyone from unoda make it to the nov CC", intent: "meeting.attendance" },
      { text: "who sat at the table for NZ at the 4 nov CC?", intent: "meeting.attendance" },
    ]);
    expect(nz?.shownText).toMatch(/New Zealand: present \(Ms\. Katy Donnelly\)/);
    expect(unoda?.shownText).toMatch(/UNODA: present \(Ms\. Silvia Mercogliano\)/);
  });

  it("reads 'its' after a delegation the question names as that delegation's, not the previous message's topic", async () => {
    const [norway] = await run([
      {
        text: "was norway late with its clearance concept note?",
        context: [
          "all the contributions of 2016 received by the isu trust fund made a total of how many CHF, per the oct update?",
        ],
        intent: "record",
      },
    ]);
    // not New Zealand's "late submission of its concept note", which shares the previous message's words
    expect(norway?.shownText).toMatch(
      /item 5\.4 .*Norway, speaking on behalf of the Coordinators on Clearance/s,
    );
  });

  it("reads the coalitions idea named as such as the concept, whichever States the question names", async () => {
    const [cooked] = await run([
      { text: "did norway and the netherlands cook up the coalitions idea on their own?", intent: "record" },
    ]);
    // not "1 country coalition on record": no record says who thought of it with whom
    expect(cooked?.shownText).toMatch(/^I don't know that\./);
  });

  it("reads who a delegation sent to a meeting from its attendance list, 'meeitng' as meeting, 'chaired' as opened", async () => {
    const [cmc, icrc, chaired] = await run([
      { text: "who did the cmc send to the nov CC", intent: "meeting.attendance" },
      { text: "name of the icrc rep at the 4 nov meeitng?", intent: "meeting.attendance" },
      { text: "who chaired the october coordination comittee", intent: "record" },
    ]);
    expect(cmc?.shownText).toMatch(/Cluster Munition Coalition: present \(Ms\. Amélie Chayer\)/);
    expect(icrc?.shownText).toMatch(/ICRC: present \(Mr\. Louis Maresca\)/);
    expect(chaired?.shownText).toMatch(/was opened by the President .*Ambassador Michael Biontino/);
  });

  it("answers a joint meeting 'with the APMBC committee' from the minutes, by the delegation that agreed to the suggestion", async () => {
    const [italy] = await run([
      { text: "when is italy planning the joint VA meeting with the APMBC committee", intent: "record" },
    ]);
    expect(italy?.shownText).toMatch(/^in November\. \(Minutes of 6 October 2016, item 5\.1/);
  });

  it("keeps 'coalitions' a topic when the CMC, the Cluster Munition Coalition, is named by its short name", async () => {
    const [cmc] = await run([
      { text: "what did the cmc say about the country coalitions in nov", intent: "record" },
    ]);
    expect(cmc?.shownText).toMatch(/The CMC expressed its support .* Country Coalitions/);
  });

  it("of sentences saying what is asked, prefers the one also saying the words that select, not 'informed the meeting'", async () => {
    const [second, printers] = await run([
      { text: "was 4/11 the first CC under the german presidency or the second?", intent: "record" },
      { text: "had the VA guidance gone to the printers by the oct meeting", intent: "record" },
    ]);
    expect(second?.shownText).toMatch(
      /The second Coordination Committee meeting under the German presidency/,
    );
    expect(printers?.shownText).toMatch(/the Guidance had been sent to print/);
  });

  it("reads a follow-up's word the documents lack ('fix') against the previous message's words", async () => {
    const [suggested] = await run([
      {
        text: "and what did they suggest to fix it",
        context: ["who was worried about VA work being duplicated between the CCM and the APMBC in october?"],
        intent: "record",
      },
    ]);
    expect(suggested?.shownText).toMatch(
      /suggested that the Coordinators of both Conventions hold a joint meeting/,
    );
  });

  it("refuses a list of States no sentence names, a day asked of a year, a count of other signatories, another meeting's attendance", async () => {
    const results = await run([
      {
        text: "can u list the 8 SPs that still have to finish destroying their stockpiles",
        intent: "record",
      },
      { text: "on what date was the ccm resolution voted", intent: "record" },
      { text: "how many of the 19 signatries are african", intent: "record" },
      { text: "how many participants came to the 6msp in geneva", intent: "record" },
      // the President names the presidency, not one of the States asked for
      {
        text: "Which Pacific States did New Zealand say it would help to join the Convention?",
        intent: "record",
      },
      // the activity's record holds no participants
      {
        text: "Which demining operaters took part in the Bangkok seminar on country coalitions?",
        intent: "record",
      },
    ]);
    for (const result of results) expect(result.shownText).toMatch(/^I don't know that\./);
  });

  it("reads 'has UNODA indicated…' as what a delegation said, and 'South East Asia' as a region, not Mr. Asim", async () => {
    const [unoda] = await run([
      {
        text: "Has UNODA indicated, at the 6 October meeting, whether it would support the Addis Ababa follow-up in South East Asia?",
        intent: "record",
      },
    ]);
    expect(unoda?.shownText).toMatch(
      /^I don't know that\. UNODA is not recorded as present at the meeting of 6 October 2016/,
    );
  });

  it("reads 'they' after the delegations a question names as those delegations, whatever was asked before", async () => {
    const [owe] = await run([
      {
        text: "iraq and australia - anything they owe the next CC after 4/11?",
        context: [
          "who did the cmc send to the nov CC",
          "what did the cmc say about the country coalitions in nov",
        ],
        intent: "actions.list",
      },
    ]);
    expect(owe?.shownText).toMatch(
      /^2 open action items for Iraq and Australia due by the meeting of Wednesday 7 December 2016/,
    );
  });

  it("reads a person named ('why did biontino want…') as who the question is about, not a word the answer must hold", async () => {
    const [biontino] = await run([
      { text: "why did biontino want the concept notes put online in the first place", intent: "record" },
    ]);
    expect(biontino?.shownText).toMatch(/^Minutes of 4 November 2016, item 4 .*the President proposed/s);
  });
});
