// Whether something was done, asked of sentences that say only what was expected
// then. Through the real composition (the corpus's store and runner); each refusal
// here had been answered with the expected deed's sentence, read as a yes.
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-done-or-expected");

const EXPECTED_ONLY =
  /^I don't know that\. The records say only what was expected then, not whether it was done/;

describe("done or only expected", () => {
  it("reads another deed done in the sentence as no answer on the deed asked", async () => {
    const [arrived, approved] = await corpus.run([
      {
        text: "did france's 2016 isu contribution actually arrive before the end of october?",
        intent: "record",
      },
      { text: "has france's 2016 isu contribution actually been approved?", intent: "record" },
    ]);
    expect(arrived?.shownText).toMatch(EXPECTED_ONLY);
    expect(arrived?.shownText).toContain("would be transferred before the end of October 2016");
    expect(approved?.nonAnswer).toBe(false);
    expect(approved?.shownText).toContain("its 2016 contribution had been approved");
  });

  it("takes a month said of a happening as its time, not as the meeting whose minutes to read", async () => {
    const [happened] = await corpus.run([
      {
        text: "did the joint VA meeting with the APMBC committee that italy was arranging happen in november?",
        intent: "record",
      },
    ]);
    expect(happened?.shownText).toMatch(EXPECTED_ONLY);
    expect(happened?.shownText).toContain(
      "agreed to contact the APMBC Committee on Victim Assistance to arrange such a meeting in November",
    );
  });

  it("reads a programme sent as no coordinator's update", async () => {
    const [programme, update] = await corpus.run([
      { text: "did chile actually send the side event programme to the isu by 15 nov?", intent: "record" },
      { text: "has chile sent its update yet?", intent: "updates.status" },
    ]);
    expect(programme?.shownText).toMatch(EXPECTED_ONLY);
    expect(programme?.shownText).toContain("offered to share the programme of the side event");
    expect(update?.intent).toBe("updates.status");
  });

  it("reads an offer taken up or accepted as a deed after the offer, which the offer does not say", async () => {
    const [takenUp, accepted, offered] = await corpus.run([
      {
        text: "has any SP taken croatia up on its offer to share its stockpile destruction experience?",
        intent: "record",
      },
      { text: "has any SP accepted croatia's offer to share its experience?", intent: "record" },
      { text: "did croatia offer to share its experience?", intent: "record" },
    ]);
    expect(takenUp?.shownText).toMatch(EXPECTED_ONLY);
    expect(accepted?.shownText).toMatch(EXPECTED_ONLY);
    expect(offered?.nonAnswer).toBe(false);
    expect(offered?.shownText).toContain("offered to share its experience with other States Parties");
  });

  it("reads 'has it gone out?', 'which … have actually done that since?' and the day 'actually sent' as asking what was done", async () => {
    const [letter] = await corpus.run([
      {
        text: "costa rica's joint letter with the presidency to SPs that never filed an initial report - has it gone out? date?",
        intent: "record",
      },
    ]);
    const [which] = await corpus.run([
      {
        text: "which coords have actually done that since?",
        intent: "record",
        context: ["6/10 item 6: the president's ask to all coords on isu contributions - exact wording?"],
      },
    ]);
    const [day] = await corpus.run([
      {
        text: "on which date was the coalitions np actually sent to CC members - 14 oct as planned, or later?",
        intent: "record",
      },
    ]);
    const [planned] = await corpus.run([
      { text: "when will the ISU send the 2017 invoices?", intent: "record" },
    ]);
    expect(letter?.shownText).toMatch(EXPECTED_ONLY);
    expect(which?.shownText).toMatch(/^I don't know that\./);
    expect(day?.shownText).toMatch(/^I don't know that\./);
    expect(planned?.shownText).toMatch(/^in January 2017\./);
  });

  it("reads 'did any capital come back with a position' as whether it was done, and another body's meetings as off the record", async () => {
    const [capitals] = await corpus.run([
      {
        text: "did any capital come back with a position on that? which?",
        intent: "record",
        context: [
          "the president backs copying unog's transparency approach on contributions - what did he want the coords to get from capitals, and by which meeting?",
        ],
      },
    ]);
    const [observer] = await corpus.run([
      {
        text: "since when has the US attended apmbc meetings as an observer state? year pls",
        intent: "record",
      },
    ]);
    expect(capitals?.shownText).toMatch(EXPECTED_ONLY);
    expect(capitals?.intent).not.toBe("meeting.attendance");
    expect(observer?.shownText).toMatch(
      /^I don't know that\. The records cover the Coordination Committee's own meetings/,
    );
  });
});

describe("when a deed was done", () => {
  it("gives no date still ahead when it was said, and asks 'that SP' of the paragraph just quoted", async () => {
    const [funds, paid, wouldGet, handover, wanted] = await corpus.run([
      { text: "when did the carried-over funds run out?", intent: "record" },
      {
        text: "when did that SP say it had paid?",
        intent: "record",
        context: ["the isu said on 4/11 a third SP had reported paying but the money wasnt in yet - right?"],
      },
      { text: "when did the presidency say we'd get the coalitions non paper", intent: "record" },
      // ("Australia added that it would receive hardcopies … on Monday 6 November", said on 4 November)
      {
        text: "when did that handover happen?",
        intent: "record",
        context: ["6/10 VA: italy thanked australia for what?"],
      },
      {
        text: "when did the president want coordinators to come with concrete implementation steps, per his remarks under item 4",
        intent: "record",
      },
    ]);
    expect(funds?.shownText).toMatch(/^I don't know that\./);
    expect(handover?.shownText).toMatch(/^I don't know that\./);
    expect(wanted?.shownText).toContain("scheduled for December");
    expect(paid?.shownText).toMatch(/^I don't know that\./);
    // (a deed still ahead in what was reported is dated as said)
    expect(wouldGet?.shownText).toMatch(/^(?:by )?14 October 2016\./);
  });
});

describe("whether it was ever done", () => {
  it("reads 'did … end up …' and 'did … ever … afterwards' as whether it was done, and a request asked as no deed", async () => {
    const [profiles, list] = await corpus.run([
      {
        text: "did the cmc end up sending its monitor country profiles to france and zambia?",
        intent: "record",
      },
      {
        text: "did costa rica ever share that list with the other coordinators afterwards?",
        intent: "record",
        context: ["what did the netherlands ask costa rica on 4/11?"],
      },
    ]);
    expect(profiles?.shownText).toMatch(EXPECTED_ONLY);
    expect(list?.shownText).toMatch(EXPECTED_ONLY);
  });
});
