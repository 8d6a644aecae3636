// Document-corpus scoring (scripts/nlu/facts.ts): a fact is found whatever
// its case, accents or apostrophe; "not recorded as present" is the honest
// refusal for someone absent; a "don't know" case answered with a quote is a
// false answer; cases are tallied by the document their source names; the
// report lists failures of the tuned part only.
import { describe, expect, it } from "vitest";
import type { CorpusCase } from "../../scripts/nlu/corpus.ts";
import type { CaseResult } from "../../scripts/nlu/evaluate.ts";
import { type Answered, documentOf, passes, scoreDocuments, statesFact } from "../../scripts/nlu/facts.ts";
import { documentLines } from "../../scripts/nlu/report.ts";

const QUOTE =
  'Minutes of 6 October 2016, item 6: "By 5 October, 43 States Parties had paid CHF 334’186 to the ISU."';

function answered(c: Partial<CorpusCase>, shownText: string, nonAnswer = false): Answered {
  return { case: { text: "q", intent: "record", ...c }, intent: "record", shownText, nonAnswer };
}

describe("fact matching", () => {
  it("ignores case, accents and which apostrophe a figure is written with", () => {
    expect(statesFact(QUOTE, ["334'186"])).toBe(true);
    expect(statesFact(QUOTE, ["ISU", "nothing"])).toBe(true);
    expect(statesFact("the Société Générale's report", ["SOCIETE GENERALE"])).toBe(true);
    expect(statesFact("Mrs. Dorovic", ["Dorović"])).toBe(true);
  });

  it("needs one of the facts, whole", () => {
    expect(statesFact(QUOTE, ["43,650", "44 States Parties"])).toBe(false);
    expect(statesFact(QUOTE, [])).toBe(false);
    expect(statesFact(QUOTE, [""])).toBe(false);
  });
});

describe("a document case", () => {
  it("with facts passes when the reply states one", () => {
    expect(passes(answered({ fact: ["334,186", "334'186"] }, QUOTE))).toBe(true);
    expect(passes(answered({ fact: ["43'650"] }, QUOTE))).toBe(false);
  });

  it('"don\'t know" passes on a non-answer or on "not recorded as present", and a quote is a false answer', () => {
    const iraq = { dontKnow: true, speaker: "Iraq", source: "minutes 2016-10-06 item 1 (apologies)" };
    expect(passes(answered(iraq, "I don't know that.", true))).toBe(true);
    expect(passes(answered(iraq, "Iraq is not recorded as present at the meeting of 6 October 2016."))).toBe(
      true,
    );
    expect(passes(answered(iraq, "Iraq: Not recorded as present"))).toBe(true);
    expect(passes(answered(iraq, QUOTE))).toBe(false);
    const score = scoreDocuments([answered(iraq, QUOTE)]);
    expect(score.falseAnswers.map((r) => r.shownText)).toEqual([QUOTE]);
  });
});

describe("the document score", () => {
  it("counts cases by the document their source names, attendance-list refusals under their document", () => {
    expect(documentOf("minutes 2016-10-06 item 5.4")).toBe("minutes 2016-10-06");
    expect(documentOf("minutes 2016-10-06 item 1 (apologies)")).toBe("minutes 2016-10-06");
    expect(documentOf("minutes 2016-10-06 heading")).toBe("minutes 2016-10-06");
    expect(documentOf("non-paper ¶10")).toBe("non-paper");
    expect(documentOf("none")).toBe("none");
    expect(documentOf(undefined)).toBe("none");
    const results = [
      answered({ dontKnow: true, source: "none" }, "I don't know that.", true),
      answered({ fact: ["334'186"], source: "minutes 2016-10-06 item 6" }, QUOTE),
      answered({ fact: ["national ownership"], source: "non-paper ¶3" }, QUOTE),
      answered({ dontKnow: true, source: "minutes 2016-10-06 item 1 (not listed)" }, QUOTE),
      answered({ fact: ["ISU"], source: "non-paper ¶8", intent: "actions.list" }, QUOTE),
      answered({}, "no facts, no refusal: not scored"),
    ];
    const score = scoreDocuments(results);
    expect(score).toMatchObject({ cases: 6, dontKnowCases: 2, scored: 5, passed: 3 });
    expect(score.bySource).toEqual([
      { document: "minutes 2016-10-06", passed: 1, scored: 2 },
      { document: "non-paper", passed: 1, scored: 2 },
      { document: "none", passed: 1, scored: 1 },
    ]);
    expect(score.failures).toEqual([results[2], results[3]]);
    expect(score.falseAnswers).toEqual([results[3]]);
    expect(score.misses).toEqual([results[4]]);
  });
});

describe("the report of a document part", () => {
  const failed: CaseResult = {
    ...answered({ dontKnow: true, source: "none", text: "deficit" }, QUOTE),
    route: "question",
    entities: [],
    expectedEntities: [],
    replyText: QUOTE,
    ms: 1,
  };
  const passed: CaseResult = { ...failed, ...answered({ fact: ["ISU"], source: "non-paper ¶8" }, QUOTE) };
  const score = scoreDocuments([passed, failed]);

  it("gives the part's figures and lists a tuned part's failures with --verbose", () => {
    expect(documentLines("tuned", score, true)).toEqual([
      `documents, tuned: 2 cases (1 "don't know")`,
      "  intent accuracy: 100.0% (2/2)",
      "  fact accuracy: 50.0% (1/2)",
      "  false-answer rate: 100.0% (1/1)",
      "  by source: non-paper 1/1, none 0/1",
      `FAIL "deficit" expected a refusal (none): ${QUOTE}`,
    ]);
  });

  it("never lists an untouched case", () => {
    const lines = documentLines("untouched", score, true).join("\n");
    expect(lines).toMatch(/^documents, untouched: 2 cases/);
    expect(lines).not.toMatch(/deficit|States Parties/);
  });
});
