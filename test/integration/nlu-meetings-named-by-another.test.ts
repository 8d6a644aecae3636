// Meetings named by another one ("the meeting after the november one") or by the
// answer before ("and did the dutch make it to that one?"), and attendance at a
// meeting not yet held. Through the real composition (the corpus's store and runner).
import { describe, expect, it } from "vitest";
import { useDocumentCorpus } from "../fixtures/document-corpus.ts";

const corpus = useDocumentCorpus("nlu-meetings-relative");

describe("a meeting named by the one before it", () => {
  it("reads 'the meeting after the november one' as the meeting that followed it", async () => {
    const [month, dated, came, none, due] = await corpus.run([
      { text: "when was the CC meeting after the november one?", intent: "meeting.next" },
      { text: "when is the meeting after the 4 nov one?", intent: "meeting.next" },
      { text: "which meeting came after the october meeting?", intent: "meeting.last" },
      { text: "when's the CC meeting after the december one", intent: "meeting.last" },
      { text: "what actions are due at the CC after the nov one", intent: "actions.list" },
    ]);
    expect(month?.shownText).toMatch(/Wednesday 7 December 2016/);
    expect(dated?.shownText).toMatch(/Wednesday 7 December 2016/);
    expect(came?.shownText).toMatch(/Friday 4 November 2016/);
    // (not a date some minutes give: "from 28 November")
    expect(none?.shownText).toMatch(
      /^I don't know that\. No meeting of the committee is on record after Wednesday 7 December 2016\./,
    );
    expect(due?.shownText).toMatch(/^4 open action items due by the meeting of Wednesday 7 December 2016/);
  });
});

describe("a meeting named by the answer before", () => {
  it("asks a follow-up's 'that one' of the meeting just given, and refuses attendance not yet taken", async () => {
    const [, followUp, , held] = await corpus.run([
      { text: "when is the next meeting?", intent: "meeting.next" },
      {
        text: "and did the dutch make it to that one?",
        intent: "meeting.attendance",
        context: ["when is the next meeting?"],
      },
      { text: "when was the last meeting?", intent: "meeting.last" },
      {
        text: "and did the dutch make it to that one?",
        intent: "meeting.attendance",
        context: ["when was the october meeting?"],
      },
    ]);
    expect(followUp?.shownText).toMatch(
      /^I don't know that\. The meeting of Wednesday 7 December 2016.* has not been held yet/,
    );
    expect(followUp?.nonAnswer).toBe(true);
    expect(held?.shownText).toMatch(/meeting of Thursday 6 October 2016.*Netherlands: present/);
  });
});

describe("the place of another deed or another body's meeting", () => {
  it("does not give where another body's meeting is held, nor where something is launched, as where a meeting is held", async () => {
    const [joint] = await corpus.run([
      { text: "where will the joint meeting of the ccm and apmbc VA coordinators be held", intent: "record" },
    ]);
    const [msp] = await corpus.run([{ text: "where is the APMBC 15MSP taking place?", intent: "record" }]);
    const [launch] = await corpus.run([
      { text: "where will the VA guidance be launched?", intent: "record" },
    ]);
    expect(joint?.shownText).toMatch(/^I don't know that\./);
    expect(msp?.shownText).toMatch(/^Santiago\./);
    expect(launch?.shownText).toMatch(/^Santiago\./);
  });
});

describe("the date of a meeting", () => {
  it("gives a meeting's date only from a clause that speaks of a meeting", async () => {
    const [joint] = await corpus.run([
      { text: "exact date of the joint VA mtg with apmbc in nov", intent: "record" },
    ]);
    const [addis] = await corpus.run([
      { text: "what was the date of the addis workshop?", intent: "record" },
    ]);
    expect(joint?.shownText).toMatch(/^I don't know that\./);
    expect(joint?.shownText).not.toContain("Monday 6 November");
    expect(addis?.shownText).toMatch(/^in August 2016\./);
  });
});

describe("a proposal on another body's meeting", () => {
  it("gives who proposed something for the 7MSP, said in the committee, and still refuses that meeting's own agenda", async () => {
    const [proposed, raised] = await corpus.run([
      {
        text: "who proposed that a first draft of the 7msp agenda be presented to the committee?",
        intent: "record",
        // (after a question on another meeting of the committee)
        context: ["what did norway say about its concept note on 4/11?"],
      },
      { text: "who raised the agenda of the 6msp?", intent: "record" },
    ]);
    expect(proposed?.shownText).toMatch(/^Bosnia and Herzegovina\./);
    expect(raised?.shownText).toMatch(
      /^I don't know that\. The records cover the Coordination Committee's own meetings/,
    );
  });
});

describe("the date of an event named by the way", () => {
  it("gives no date of an event held as the date of a state named beside it", async () => {
    const [since, held] = await corpus.run([
      {
        text: "since when has cameroon been interested?",
        intent: "record",
        context: ["what did nz tell the nov meeting about cameroon?"],
      },
      { text: "when was the addis workshop held?", intent: "record" },
    ]);
    // ("a similar event to the Addis Ababa workshop … organized in August 2016": the workshop's date)
    expect(since?.shownText).toMatch(/^I don't know that\./);
    expect(held?.shownText).toMatch(/^in August 2016\./);
  });
});
