// What a table's answer cannot hold: a list of coalitions or names states no
// amount, place or count of something else, and a coalition's record holds no
// amount of money, no date but its last update, and no measure. Such a
// question gets "I don't know", not the table.
import { analyzeQuestion } from "../../../records/knowledge/question.ts";
import { analyze } from "../../../records/knowledge/vocabulary.ts";
import { plainMessage } from "../normalize.ts";
import { type Answer, type AnswerContext, dontKnow, NOTHING } from "./shared.ts";

const MEASURE =
  /\b(?:area|square|sq|km|km2|kilometres?|kilometers?|hectares?|metres?|meters?|tonnes?|tons?)\b/;

/** "how much money will go into the coalitions trust fund": no list of names or coalitions states an amount, a place or a count of something else. */
export function noAmountOrPlace(context: AnswerContext, only?: "money or date"): Answer | null {
  const question = analyzeQuestion(plainMessage(context.text));
  // (its record does say when it was last updated, and counts its members and activities)
  const dated = question.type === "date" && !/\bupdated?\b/.test(context.understanding.folded);
  const uncounted =
    question.counted !== undefined && !question.counted.some((term) => ON_A_COALITION_RECORD.has(term));
  // "how big is the contaminated area in Lao PDR, in square km": a measure no record holds
  const measured = question.type === "figure" && MEASURE.test(context.understanding.folded);
  if (only)
    return question.money || dated || uncounted || measured
      ? dontKnow(context.understanding.folded, NOTHING)
      : null;
  // "the minimum number of donor states a coalition needs": no list counts them (the list counts coalitions)
  const countsCoalitions =
    context.understanding.intent === "coalition.list" && (question.counted ?? []).includes(COALITION);
  const count = question.type === "figure" && !countsCoalitions;
  return question.money || question.type === "place" || count
    ? dontKnow(context.understanding.folded, NOTHING)
    : null;
}

const [COALITION] = analyze("coalition");
const ON_A_COALITION_RECORD = new Set(
  analyze("member country state party partner donor lead activity seminar workshop event coalition"),
);
