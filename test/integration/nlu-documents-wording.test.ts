// Delegates' wording the documents write otherwise, asked through the real
// composition (the corpus's store and runner): each case here was answered
// wrongly, or not at all, before the rule it names.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-wording");

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

  it("reads 'a country' as a topic ('a country specific seminar'), and 'which country' as asking who", async () => {
    const [seminar, fee] = await corpus.run([
      { text: "what would a country specific seminar be for exactly?", intent: "record" },
      {
        text: "is there a fee or a fixed amount a country has to pay to join a coalition?",
        intent: "record",
        dontKnow: true,
      },
    ]);
    expect(seminar?.shownText).toMatch(
      /country specific seminar in order to further operationalize the concept/,
    );
    expect(fee?.shownText).toMatch(/^I don't know that\./);
  });

  it("refuses what stood at a past meeting whose minutes are not on record, not another meeting's figure", async () => {
    const [paid, minutes] = await corpus.run([
      {
        text: "how many SPs had paid into the isu trust fund as at the 27 sept meeting",
        intent: "record",
        dontKnow: true,
      },
      { text: "were the minutes of the 27 sept meeting approved at the oct CC", intent: "record" },
    ]);
    expect(paid?.shownText).toMatch(
      /^I don't know that\. No minutes of the meeting of 27 September 2016 are on record/,
    );
    expect(minutes?.shownText).not.toMatch(/^I don't know/);
  });

  it("reads idioms in the records' words ('get the nod', 'get the ball rolling', 'down the line')", async () => {
    const [nod, rolling, line] = await corpus.run([
      { text: "at which meeting did the 27/9 minutes finally get the nod", intent: "record" },
      { text: "who's meant to get the ball rolling on a laos-specific seminar?", intent: "record" },
      {
        text: "according to the swiss, which other treaties could the coalition concpet be used with down the line",
        intent: "record",
      },
    ]);
    expect(nod?.shownText).toMatch(/^Minutes of 4 November 2016, item 3 .*were approved/s);
    expect(rolling?.shownText).toMatch(/affected State plus the coordinators on clearance/);
    expect(line?.shownText).toMatch(/Switzerland suggested that, in the long run/);
  });

  it("reads an agenda item named as where the answer stands, and 'add', 'put forward' as what a delegation said", async () => {
    const [added, forward] = await corpus.run([
      { text: "what did france add under 5.2 in nov", intent: "record" },
      { text: "what did the icrc put forward on victim assistance on 6/10", intent: "record" },
    ]);
    expect(added?.shownText).toMatch(/^Minutes of 4 November 2016, item 5\.2 .*France/s);
    expect(forward?.shownText).toMatch(/Coordinators of both Conventions hold a joint meeting/);
  });

  it("reads a noun of speech ('UNODA's one remark', 'the swiss proposal') as what a delegation said, typos and all", async () => {
    const [remark, proposal, due] = await corpus.run([
      { text: "unoda's one remrak at the nov CC?", intent: "record" },
      { text: "swiss propsal under item 6 in oct?", intent: "record" },
      // a date asked: the comments are its topic, no speech
      { text: "by when were comments on the coalitions non-paper due?", intent: "record" },
    ]);
    expect(remark?.shownText).toMatch(/UNOG finances were currently working on the issue/);
    expect(proposal?.shownText).toMatch(/^Minutes of 6 October 2016, item 6 .*Switzerland/s);
    expect(due?.shownText).not.toMatch(/^I don't know/);
  });

  it("answers the coalitions concept, asked with no meeting or delegation named, from the paper that sets it out", async () => {
    const [specific, onlySPs, norway] = await corpus.run([
      { text: "should a coalition be regional or specific to one country?", intent: "record" },
      { text: "are coalitions only ever for SPs?", intent: "record" },
      // a delegation named: what it said at the meeting
      { text: "what did norway say about the coalitions on 4/11", intent: "record" },
    ]);
    expect(specific?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 4:/);
    expect(onlySPs?.shownText).toMatch(/^Presidency's non-paper on country coalitions, paragraph 11:/);
    expect(norway?.shownText).toMatch(/^Minutes of 4 November 2016, item 5\.8 .*Norway/s);
  });

  it("answers what an activity's record does not hold (its approach, its purpose) from the documents", async () => {
    const [approach, seminar] = await corpus.run([
      { text: "laos country seminar - what approach", intent: "record" },
      { text: "bangkok seminar?", intent: "activity" },
    ]);
    expect(approach?.shownText).toMatch(/paragraph 10:.*needs\s+based\s+approach/s);
    expect(seminar?.shownText).toMatch(/^Regional seminar in Bangkok: scheduled; March 2017/);
  });

  it("reads figures asked in other words ('how far short', 'add up to', 'put anything into', 'written to the 8 SPs')", async () => {
    const [short, total, paid, written] = await corpus.run([
      { text: "in oct how far short was the isu of its 2016 budget", intent: "record" },
      {
        text: "the two payments the directer reported on 4/11, how much did they add up to",
        intent: "record",
      },
      { text: "by the nov CC how many SPs had put anything at all into the isu fund", intent: "record" },
      { text: "by when will croatia & mexico have written to the 8 SPs", intent: "record" },
    ]);
    expect(short?.shownText).toMatch(/^(?:approximately )?CHF 145'000/);
    expect(total?.shownText).toMatch(/^CHF 43'650/);
    expect(paid?.shownText).toMatch(/24 out of 100/);
    expect(written?.shownText).toMatch(/end of November 2016/);
  });

  it("hears a delegation's few words at a meeting on less of the topic, but never on the verb alone", async () => {
    const [comment, contribution] = await corpus.run([
      { text: "the cmc's comment on australia's side event/workshop plan in nov?", intent: "record" },
      { text: "What did Chile say about its contribution?", intent: "record", dontKnow: true },
    ]);
    expect(comment?.shownText).toMatch(/^Minutes of 4 November 2016, item 5\.5 .*CMC/s);
    expect(contribution?.shownText).toMatch(/^I don't know that\./);
  });

  it("does not count with a list of names what the list does not count", async () => {
    const [donors, coalitions] = await corpus.run([
      {
        text: "whats the minimum number of donor states needed before a coalition can be set up",
        intent: "record",
        dontKnow: true,
      },
      { text: "how many coalitions are there", intent: "coalition.list" },
    ]);
    expect(donors?.shownText).toMatch(/^I don't know that\./);
    expect(coalitions?.shownText).toMatch(/^1 country coalition on record/);
  });

  it("reads 'per para 6' as the paper's numbered paragraph, and asks a length of time of 'how long is it meant to run'", async () => {
    const [para, lasting, money] = await corpus.run([
      { text: "what does para 3 say a coalition cant succeed without", intent: "record" },
      {
        text: "how long is a country coalition meant to run before it closes",
        intent: "record",
        dontKnow: true,
      },
      { text: "how long will the money carried over from last year keep the ISU going", intent: "record" },
    ]);
    expect(para?.shownText).toMatch(
      /^Presidency's non-paper on country coalitions, paragraph 3:.*national ownership/s,
    );
    expect(lasting?.shownText).toMatch(/^I don't know that\./);
    expect(money?.shownText).toMatch(/first trimester of 2017/);
  });

  it("reads 'who's behind', 'essential' and 'opened up to' in the paper's words", async () => {
    const [behind, essential, opened] = await corpus.run([
      { text: "who's behind the coalitions initiative, just germany?", intent: "record" },
      { text: "is coop and assistance a nice to have or essential, per the non-paper", intent: "record" },
      { text: "could coalitions later be opend to non-SPs", intent: "record" },
    ]);
    expect(behind?.shownText).toMatch(/together\s+with ICBL-CMC launched an initiative/);
    expect(essential?.shownText).toMatch(/critical to the full\s+implementation/);
    expect(opened?.shownText).toMatch(/extended to the most affected non-State Parties/);
  });

  it("reads 'what share of' as a proportion, 'dues' as contributions, 'what deficit' as a figure, 'propose to help' as an offer", async () => {
    const [share, deficit, help] = await corpus.run([
      { text: "what share of SPs had paid their isu dues as of 4 nov?", intent: "record" },
      { text: "early october: what deficit was the isu looking at for this yr's budget?", intent: "record" },
      { text: "how did the cmc propose to help france and zambia in oct", intent: "record" },
    ]);
    expect(share?.shownText).toMatch(/^only 24 out of 100\./);
    expect(deficit?.shownText).toMatch(/^(?:approximately )?CHF 145'000\./);
    expect(help?.shownText).toMatch(/CMC offered to share the country profiles/);
  });

  it("refuses a person, a room or another meeting's outcome that no record gives, where a near sentence used to answer", async () => {
    const [person, room, outcome] = await corpus.run([
      {
        text: "who at the german mission is the focal point for the coalitions file",
        intent: "record",
        dontKnow: true,
      },
      {
        text: "the palais briefing by the cmc on 19/10 - which conference room?",
        intent: "record",
        dontKnow: true,
      },
      {
        text: "what came out of the asean inter-sessional meeting on non-proliferation that nz hosted",
        intent: "record",
        dontKnow: true,
      },
    ]);
    expect(person?.shownText).toMatch(/^I don't know that\./);
    expect(room?.shownText).toMatch(/^I don't know that\./);
    expect(outcome?.shownText).toMatch(/^I don't know that\./);
  });

  it("refuses a frequency, a target count, a headcount or a thing asked of the paper that no record gives", async () => {
    const [often, target, headcount, template] = await corpus.run([
      { text: "how often is a country coalition supposed to meet", intent: "record", dontKnow: true },
      {
        text: "how many coalitions does germany want up and runing by the 7msp",
        intent: "record",
        dontKnow: true,
      },
      {
        text: "how many countries were at the closed meeting on coalitions at the apmbc intersessionals",
        intent: "record",
        dontKnow: true,
      },
      {
        text: "is there a template for the national strategy document the paper mentions?",
        intent: "record",
        dontKnow: true,
      },
    ]);
    for (const refusal of [often, target, headcount, template])
      expect(refusal?.shownText).toMatch(/^I don't know that\./);
  });

  it("keeps the meeting a follow-up types itself when 'they' points into its own words", async () => {
    const [total] = await corpus.run([
      {
        text: "the two payments the directer reported on 4/11, how much did they add up to",
        context: ["what did the dutch ask about the isu money on 4/11", "and how did the director answer"],
        intent: "record",
      },
    ]);
    expect(total?.shownText).toMatch(/^CHF 43'650\./);
  });

  it("takes an activity by the delegation that paid for it only when paying is asked", async () => {
    const [where, paid] = await corpus.run([
      {
        text: "funds permitting, where do the univ coords and the presidency want to run a workshop",
        intent: "record",
      },
      { text: "which seminar did the presidency pay for", intent: "activity" },
    ]);
    expect(where?.shownText).toMatch(/^South East Asia\. \(Minutes of 4 November 2016, item 5\.2/);
    expect(paid?.shownText).toMatch(/^Regional seminar in Zagreb \(RACVIAC\): funded by Presidency/);
  });

  it("ends a fact that closes its sentence with one full stop", async () => {
    const [when] = await corpus.run([
      { text: "when would australia receive the hardcopies?", intent: "record" },
    ]);
    expect(when?.shownText).toMatch(/^on Monday 6 November\. \(Minutes of 4 November 2016/);
  });
});
