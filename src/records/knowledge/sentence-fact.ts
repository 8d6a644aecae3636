// The words of a candidate sentence stating the fact a question asks for: a
// count of the thing asked, an amount, a share, a time of day, a room, a
// symbol, a deadline rather than another date, a city rather than a region;
// null when the sentence holds none, undefined when the kind has no span.
import {
  datesOf,
  endOf,
  FREQUENCY,
  factOf,
  figuresOf,
  LENGTH_OF_TIME,
  notAsked,
  ROOM,
  startOf,
  TIME_OF_DAY,
  UN_SYMBOL,
} from "./answer-types.ts";
import type { KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import {
  countOf,
  datesAnotherDeed,
  datesNoMeeting,
  isDeadline,
  MONEY,
  overlapUnsaid,
} from "./sentence-checks.ts";
import { analyze } from "./vocabulary.ts";

/** A sentence opening on the condition of what it says: "After the successful application of the initiative…". */
const CONDITION = /^(?:After|Once|As soon as|Only after|Only once)\b[^,]{5,120}(?=,)/;
/** When within something a deed falls: "during the thematic debate on conventional weapons". */
const DURING =
  /\b(?:during|in the course of|at the (?:start|end|opening|close) of) (?:the |a |its )?[^,.;]{3,80}/;
/** A date set as a deadline: "by 30 April 2016", "no later than the end of 2018". */
const FIRM_DATE = /^(?:by|before|until|no later than)\b/i;
const REGION =
  /\b(?:Africa|Asia|Europe|America|Americas|Pacific|Caribbean|Balkans|Middle East|region|regions|South|East|West|North)\b/i;

/** "when does the pilot phase end", "when did it wrap up": the end of something asked. */
const ENDING_ASKED =
  /\b(?:when|date)\b.*\b(?:end|ends|ended|finish|finishes|finished|conclude|concludes|concluded|close|closes|closed|wrap up|wraps up|wrapped up|be over|expire|expires|expired|run out|runs out)$/;
/** A sentence saying an end: "until", "ending", "concluded", "would expire". */
const ENDING =
  /\b(?:end|ends|ended|ending|until|till|through|conclu\w*|complet\w*|finish\w*|clos\w*|expir\w*|deadline|due|over)\b/i;

/** Words asking when a tally stood: "as of what date", "cut off date for the figures", "at which date was this situation". */
const STANDING = new Set([
  "as",
  "cut",
  "cutoff",
  "situation",
  "figure",
  "figures",
  "number",
  "numbers",
  "tally",
  "count",
]);

/** The date is the day a tally stood: "as at 30 September 2016, only 58 of…". */
function asAt(sentence: string, date: string): boolean {
  const at = sentence.indexOf(date);
  return at >= 0 && /\bas (?:at|of)\s*$/i.test(sentence.slice(0, at));
}

/** The figure is qualified by a year the question does not ask: "CHF 145'000 of its 2016 budget". */
function ofAnotherYear(sentence: string, figure: string, years: readonly string[]): boolean {
  if (years.length === 0) return false;
  const at = sentence.indexOf(figure);
  const after = sentence
    .slice(at + figure.length)
    .split(/\s+/)
    .slice(0, 6)
    .join(" ");
  const year = /\b(?:of|for|in) (?:its |the |their )?((?:19|20)\d\d)\b/.exec(after)?.[1];
  return at >= 0 && year !== undefined && !years.includes(year);
}

/** A meeting of another body than the committee, by name: "the APMBC 15th Meeting of States Parties", "15MSP". */
const MEETING_OF_STATES =
  /\b(?:\d{1,2}(?:st|nd|rd|th)? ?msp|meetings? of (?:the )?states parties|review conference|first committee|general assembly)\b/i;
/** Holding a meeting, as the records say it, right before the place or date: "to be held in Chile", "would host in". */
const HOLDING = /\b(?:held|hold|holds|host|hosts|hosted|taking place|take place|took place|convened)\b/gi;

/**
 * "where will the joint meeting be held": not "the APMBC 15MSP to be held in Chile", the place of another
 * body's meeting the question does not name.
 */
function heldOfAnotherMeeting(sentence: string, fact: string, typed: string): boolean {
  const at = sentence.indexOf(fact);
  if (at < 0 || MEETING_OF_STATES.test(typed)) return false;
  const before = sentence.slice(0, at);
  // (the last holding before it)
  const held = [...before.matchAll(HOLDING)].at(-1);
  if (!held || before.slice(held.index).split(/\s+/).length > 6) return false;
  const holder = before.slice(0, held.index).split(/\s+/).slice(-9).join(" ");
  return MEETING_OF_STATES.test(holder);
}

/** The words around a share ("the 13% administrative fee", "a fee of 13%") say a term of the question. */
function shareOfAsked(sentence: string, share: string, terms: readonly string[]): boolean {
  const at = sentence.indexOf(share);
  const around = `${sentence.slice(0, at).split(/\s+/).slice(-4).join(" ")} ${sentence
    .slice(at + share.length)
    .split(/\s+/)
    .slice(0, 4)
    .join(" ")}`;
  const said = new Set(analyze(around));
  return terms.some((term) => said.has(term));
}

/** "is there a target for signatories", "what goal of…": the target itself asked (not "make the focal point target"). */
const TARGET_ASKED =
  /\b(?:is there|any|what|which) (?:\w+ )?(?:targets?|goals?) (?:for|of)\b|\btarget (?:number|figure)\b/;

/** The figure is what a target sets: "the target of 130 States Parties", "a goal of 8 new States Parties". */
function setAsTarget(sentence: string, figure: string): boolean {
  const before = sentence.slice(0, sentence.indexOf(figure)).split(/\s+/).slice(-5).join(" ");
  return /\b(?:targets?|goals?|objectives?|aims?|aiming|reach|increase (?:\w+ ){0,3}(?:to|by))\b/i.test(
    before,
  );
}

/**
 * "when did…", "when had…": a deed done by the time it was reported (not "when did the Presidency say we'd get the
 * non-paper", "…propose a draft be presented", "when did the President want coordinators to come…": a deed still
 * ahead).
 */
const DONE_WHEN =
  /^(?:and |so )?when (?:did|had)\b(?!.*\b(?:would|will|(?:we|they|it|he|she|you|i)?d|be|going to|to get|wants?|wanted|hoped?|plan(?:ned)?|expect(?:ed)?|intend(?:ed)?|ask(?:ed)?|request(?:ed)?)\b)/;

export interface FactContext {
  /** Figures and dates the question itself states (not its answer). */
  stated: readonly string[];
  /** "how many payment reminders": the counted words, as the records spell them. */
  counted?: readonly string[];
  /** The question's terms as the records spell them: the deed a date is asked of. */
  deedTerms: readonly string[];
  /** The question's verbs as the records spell them: the deed a date is asked of ("have to upload"). */
  deedVerbs: readonly string[];
  /** When each meeting was held: a date already past then answers no "when is…". */
  heldOn?: (meetingId: number) => Date | undefined;
}

/** The fact the sentence states of the kind asked: its words, null for none, undefined when no span is asked. */
export function factIn(
  sentence: KnowledgeSentence,
  question: DocumentQuestion,
  { stated, counted, deedTerms, deedVerbs, heldOn }: FactContext,
): string | null | undefined {
  let fact = factOf(sentence.text, question.type, stated);
  // "how many cluster munitions": a count of that thing, not of States Parties nor an amount of money
  if (counted !== undefined) fact = countOf(sentence.text, question, counted, deedVerbs);
  if (question.type === "figure" && overlapUnsaid(sentence.text, question.typed)) fact = null;
  // "how many percent": a share written as one
  // (of what the share is must be asked: "Germany's percentage on the UN scale" is not "the 13% administrative fee")
  else if (question.percent)
    fact = notAsked(
      figuresOf(sentence.text).filter(
        (f) => /%|per ?cent/.test(f) && shareOfAsked(sentence.text, f, question.terms),
      ),
      stated,
    );
  // "how much": the amount of money, where the sentence also counts something
  // (not the question's own "13%": "how much would the 13% fee cost")
  else if (question.money)
    fact = notAsked(
      figuresOf(sentence.text).filter((f) => MONEY.test(f)),
      stated,
    );
  // "is there a target for signatories too, how many?": a figure set as a target, not "currently counted 100"
  if (
    question.type === "figure" &&
    fact &&
    TARGET_ASKED.test(question.typed) &&
    !setAsTarget(sentence.text, fact)
  )
    fact = null;
  // "the funding gap for 2017": not "a financing deficit of approximately CHF 145'000 of its 2016 budget"
  if (question.type === "figure" && fact && ofAnotherYear(sentence.text, fact, question.years)) fact = null;
  // "what time does the briefing start": a time of day ("10:00h"), not the day
  if (question.time) fact = TIME_OF_DAY.exec(sentence.text)?.[0] ?? null;
  // (the time allowed ends on a deadline: "comments by 26 October", not "presented to the Committee in March 2017")
  if (question.lasting)
    fact =
      LENGTH_OF_TIME.exec(sentence.text)?.[0] ??
      (question.lasting === "allowed" && fact && isDeadline(fact, sentence.text) ? fact : null);
  if (question.room) fact = ROOM.exec(sentence.text)?.[0] ?? null;
  if (question.symbol) fact = UN_SYMBOL.exec(sentence.text)?.[0] ?? null;
  if (question.often) fact = FREQUENCY.exec(sentence.text)?.[0] ?? null;
  // "when could coalitions be extended to non-States Parties": "After the successful application…"
  if (question.type === "date" && fact === null && question.conditional)
    fact = CONDITION.exec(sentence.text)?.[0] ?? null;
  // "those reports had been due by what date": of the sentence's dates, the one set as a deadline
  // ("as at 30 September …, the report that had been due by 30 April 2016")
  if (question.type === "date" && question.deadline && fact && !FIRM_DATE.test(fact))
    fact = datesOf(sentence.text).find((d) => FIRM_DATE.test(d) && notAsked([d], stated)) ?? fact;
  // "Lebanon's Article 4 deadline": a date the sentence sets as one, not any date near the name
  // ("by when" alone after a proposal asks the date it names, however put: "presented in March 2017")
  if (
    question.deadline &&
    question.terms.length > 0 &&
    question.type === "date" &&
    fact &&
    !isDeadline(fact, sentence.text)
  )
    fact = null;
  // "when did Costa Rica last submit its own report": not "as at 30 September 2016", the day a tally stood,
  // which answers only when the question asks as of when ("the 58 reports - as of what date", "cut off date")
  if (
    question.type === "date" &&
    fact &&
    asAt(sentence.text, fact) &&
    !question.own.some((w) => STANDING.has(w))
  )
    fact = null;
  // "when was the 6MSP final report issued": not the dates the 6MSP was held ("held in Geneva from 5 to 7 September")
  // (nor "where will the joint meeting be held": "would be launched during a side event … in Santiago")
  if (
    (question.type === "date" || question.type === "place") &&
    fact &&
    (datesAnotherDeed(deedTerms, deedVerbs, fact, sentence.text) ||
      heldOfAnotherMeeting(sentence.text, fact, question.typed) ||
      datesNoMeeting(question.typed, fact, sentence.text))
  )
    fact = null;
  // "when does the pilot phase end": a date the sentence gives as an end or a deadline, not when the meetings of
  // the phase were held ("the meetings in Bangkok (March 2017…")
  // (a span's end is its own: "from 28 November to 1 December 2016")
  if (
    question.type === "date" &&
    fact &&
    ENDING_ASKED.test(question.typed) &&
    !FIRM_DATE.test(fact) &&
    !/\bto\b|–/.test(fact) &&
    !ENDING.test(sentence.text)
  )
    fact = null;
  // "at what point in the session would Germany table the resolution": "during the thematic debate…"
  if (question.type === "date" && fact === null && question.conditional)
    fact = DURING.exec(sentence.text)?.[0] ?? null;
  // "on what date was it voted": not "in 2015"
  if (
    question.day &&
    question.type === "date" &&
    fact &&
    !/\d{1,2}(?:st|nd|rd|th)? \w+|\w+ \d{1,2}\b(?!\d)/.test(fact.replace(/\b(?:19|20)\d\d\b/g, ""))
  )
    fact = null;
  // "which city…": not "Africa and South-East Asia", not "Lebanon"
  if (question.city && fact && (REGION.test(fact) || sentence.mentioned.some((d) => fact?.includes(d))))
    fact = null;
  // "when is the Cameroon workshop happening": not the Addis Ababa workshop's "in August 2016", past by then
  if (question.ahead && question.type === "date" && fact && sentence.meetingId !== null) {
    const said = heldOn?.(sentence.meetingId);
    const ends = endOf(fact);
    if (said && ends && ends.getTime() < said.getTime()) fact = null;
  }
  // "when did that SP say it had paid": not "through the first trimester of 2017", still ahead when it was said
  if (DONE_WHEN.test(question.typed) && question.type === "date" && fact && sentence.meetingId !== null) {
    const said = heldOn?.(sentence.meetingId);
    // ("on Monday 6 November", said on 4 November 2016: of the year it was said in)
    const starts = startOf(fact) ?? (said ? startOf(`${fact} ${said.getUTCFullYear()}`) : undefined);
    if (said && starts && starts.getTime() > said.getTime()) fact = null;
  }
  return fact;
}
