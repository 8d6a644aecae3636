// What a candidate sentence must say to answer a question: the verb of
// speech asked about (or one of its synonyms), the verb with its object
// ("drafted the plan"), the noun asked for, a deadline set as one, a count of
// the thing asked about rather than money.
import { fold } from "../../domain/names.ts";
import { figuresOf } from "./answer-types.ts";
import type { KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import { REPORTING_VERB } from "./speakers.ts";
import { analyze, cut } from "./vocabulary.ts";

export const SAME_SPEECH = new Map<string, string[]>(
  Object.entries({
    ask: ["ask", "enquir", "inquir", "question", "wonder", "request"],
    propos: ["propos", "suggest", "recommend", "offer"],
    suggest: ["suggest", "propos", "recommend"],
    recommend: ["recommend", "suggest", "propos"],
    rais: ["rais", "ask", "question", "concern"],
    apolog: ["apolog"],
    offer: ["offer", "propos", "volunteer"],
    concern: ["concern", "risk", "worri", "caution", "warn"],
    // "who voiced the concerns": who expressed or raised them
    voic: ["voic", "express", "rais", "concern"],
    // "what did the Dutch push for": the minutes say "encouraged", "called for", "stressed the need"
    push: ["push", "urg", "encourag", "call", "promot", "insist", "stress", "emphasiz", "highlight"],
    urg: ["urg", "encourag", "call", "push", "insist", "stress"],
    urge: ["urg", "encourag", "call", "push", "insist", "stress"],
    encourag: ["encourag", "urg", "call", "push", "stress"],
    // "did Iraq back the plan": the minutes say "supported", "welcomed", "agreed"
    back: ["support", "welcom", "agre", "endors"],
    support: ["support", "welcom", "agre", "endors"],
    // "which delegation briefed the CC on…": the minutes say "reported", "informed"
    brief: ["brief", "inform", "report", "present", "updat"],
    // "what did the President repeat": "reminded", "recalled", "reiterated"
    repeat: ["repeat", "remind", "recall", "reiterat"],
    reply: ["repli", "respond", "answer", "said", "inform"],
    repli: ["repli", "respond", "answer", "said", "inform"],
    answer: ["repli", "respond", "answer", "said", "inform"],
    respond: ["repli", "respond", "answer", "welcom", "agre", "clarifi", "explain", "inform", "said"],
    react: ["repli", "respond", "answer", "welcom", "agre", "clarifi", "explain", "inform", "said"],
  }),
);

/** "say", "tell", "mention": any reporting verb says it (as typed, and as a stem: "mention" is "ment"). */
const ANY_SPEECH_WORDS = [
  "say",
  "said",
  "tell",
  "mention",
  "talk",
  "speak",
  "report",
  "state",
  "make",
  "made",
  // "what did France add", "UNODA's one remark": whatever it said
  "add",
  "note",
  "remark",
  "comment",
  // "what deadline did Biontino give": whatever he said
  "give",
  "gave",
];
const ANY_SPEECH = new Set([...ANY_SPEECH_WORDS, ...ANY_SPEECH_WORDS.flatMap((word) => analyze(word))]);

export function speaks(sentence: KnowledgeSentence, verb: string | undefined): boolean {
  if (!verb) return true;
  if (ANY_SPEECH.has(verb)) return sentence.speaker !== null && REPORTING_VERB.test(sentence.text);
  const own = sentence.textTerms;
  return (SAME_SPEECH.get(verb) ?? [verb]).some((v) => [...own].some((term) => term.startsWith(v)));
}

const ARTICLES = new Set(["the", "a", "an", "its", "their", "his", "her"]);
const NOT_AN_OBJECT = new Set(["based", "on", "by", "in", "for", "with", "from", "to", "at", "as", "that"]);

const [CRITERION] = analyze("criterion");
const CRITERION_STATED = /\b(?:based on|on the basis of|depend(?:s|ed|ing)? on|measured (?:by|against))\b/i;

/**
 * "who drafted the Dubrovnik Action Plan": the sentence uses the verb with
 * the thing asked about as its object ("drafted the Dubrovnik Action Plan"),
 * not merely both words ("drafted based on the Dubrovnik Action Plan").
 */
export function saysActionOn(
  sentence: KnowledgeSentence,
  action: string,
  objects: readonly string[],
): boolean {
  const { words } = sentence;
  const acted = (term: string | undefined) => term !== undefined && objects.includes(term);
  return words.some(([, term], index) => {
    if (term !== action) return false;
    if (objects.length === 0) return true;
    const after = words.slice(index + 1).filter(([word]) => !ARTICLES.has(word));
    // "meetings … were organized by the Presidency": the passive names its object before the verb
    if (after[0]?.[0] === "by")
      return words.slice(Math.max(0, index - 12), index).some(([, before]) => acted(before));
    if (after[0] === undefined || NOT_AN_OBJECT.has(after[0][0])) return false;
    return after.slice(0, 8).some(([, next]) => acted(next));
  });
}

export function saysHead(sentence: string, head: string): boolean {
  // a criterion is stated by what a choice is based on ("the priorities were based on an analysis of…")
  if (head === CRITERION && CRITERION_STATED.test(sentence)) return true;
  const lowerCase = sentence
    .split(/\s+/)
    .filter((word) => !/^[A-Z]/.test(word))
    .join(" ");
  return analyze(lowerCase).includes(head);
}

const REPORTED_QUESTION =
  /\b(?:asked|wondered|enquired|inquired|queried|sought clarification (?:on|about|as to))\s+(?:who|whether|what|how|when|where|why|if|which)\b/i;

/** "The Netherlands asked who would coordinate each coalition": the action asked about, not its answer. */
export function asksItself(sentence: string, action: string): boolean {
  const asked = REPORTED_QUESTION.exec(sentence);
  return asked !== null && analyze(sentence.slice(asked.index)).includes(action);
}

/** "would report back on the outcome": a sentence that promises the fact asked for does not state it. */
export const PROMISE =
  /\b(?:report back|come back to|at a (?:future|later) meeting|would (?:inform|report|update) (?:the|on))\b/i;

/** "the Coordinators would prepare a background paper", "proposed that the Coordinators draft a short paper": a work announced, not done. */
export const ANNOUNCED =
  /\b(?:would|will|to|intended to|planned to) (?:prepare|draft|write|produce|develop|circulate|conduct|carry out|start)\b|\bproposed that (?:\w+ ){1,4}(?:prepare|draft|write|produce|develop)\b/i;

const DONE = new Set(
  analyze(
    "issued published circulated launched adopted approved sent released submitted paid transferred signed " +
      "approval adoption publication circulation submission",
  ),
);
const HOLDING = new Set(analyze("held hold meeting meet session"));
/** What is held or organized: a date given for holding it is its own. */
const EVENTS = new Set(analyze("workshop seminar meeting cc event conference session launch briefing"));

/** Deeds a date may be of, by kind: issuing is publishing, adopting is approving; circulating is neither. */
const DEED_OF = new Map(
  [
    ["issued published released launched", "publish"],
    ["adopted approved endorsed approval adoption endorsement", "adopt"],
    ["circulated distributed sent send", "circulate"],
    ["submitted filed requested", "submit"],
    ["signed ratified acceded", "join"],
    ["presented introduced tabled", "present"],
    ["opened began started commenced", "open"],
    ["uploaded posted", "upload"],
    ["created established", "create"],
    ["prepared drafted produced", "prepare"],
    ["held hold hosted convened", "hold"],
  ].flatMap(([said, deed]) =>
    (said ?? "").split(" ").map((word): [string, string] => [cut(word), deed ?? ""]),
  ),
);

/** The kinds of deed the text's words name, by plain stems ("shared" is no presenting). */
function deedsIn(text: string): string[] {
  // (plain words, not the records' reading of them: this runs on every dated candidate)
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).flatMap((word) => DEED_OF.get(cut(word)) ?? []);
}

/**
 * "when was the 6MSP final report issued" is not answered by "the 6MSP, held in Geneva from 5 to 7
 * September": a date the sentence gives for holding a meeting dates no other deed the question asks of.
 */
export function datesAnotherDeed(
  terms: readonly string[],
  verbs: readonly string[],
  date: string,
  sentence: string,
): boolean {
  // "on what date will the work plan be adopted": "would circulate its draft work plan … by 30 November" dates
  // its circulation; a deed of another kind is no answer (the deed asked is a verb of the question)
  const asked = verbs.flatMap((term) => DEED_OF.get(term) ?? []);
  // the deeds of the date's own clause, when it has any ("had opened its session … on 3 October 2016 and that
  // Germany would introduce the draft Resolution"), else of the sentence
  const ofClause = deedsIn(clauseOf(sentence, date));
  const said = ofClause.length > 0 ? ofClause : deedsIn(sentence);
  if (asked.length > 0 && said.length > 0 && !asked.some((deed) => said.includes(deed))) return true;
  // "by what date must Lao PDR file its extension request": "had an Article 4 deadline of 1 August 2020 and
  // expressed concern that it would … need to request an extension" dates no request; the request's clause has no date
  const elsewhere = deedsIn(sentence.replace(clauseOf(sentence, date), " "));
  if (
    ofClause.length === 0 &&
    asked.some((deed) => elsewhere.includes(deed)) &&
    !/\b(?:by|before|until)\s*$/.test(clauseOf(sentence, date).slice(0, -date.length))
  )
    return true;
  const at = sentence.indexOf(date);
  if (at < 0 || terms.some((term) => HOLDING.has(term))) return false;
  // "since when has Cameroon been interested": not "a similar event to the Addis Ababa workshop … organized in August
  // 2016", the date of the event, which the question names neither by holding nor as an event
  if (
    !terms.some((term) => EVENTS.has(term)) &&
    /\b(?:held|organi[sz]ed|hosted)\b(?:\s+\S+){0,1}\s*$/i.test(sentence.slice(0, at))
  )
    return true;
  if (!terms.some((term) => DONE.has(term))) return false;
  return /\b(?:held|took place|taking place|convened)\b(?:\s+\S+){0,3}\s*$/i.test(sentence.slice(0, at));
}

/** Where a clause starts: after a comma or semicolon, at "that" before its subject (not "that review"), "which", "and proposed…". */
const CLAUSE_START =
  /[,;]|\bthat(?= (?:the|a|an|its|their|it|they|he|she|we|[A-Z\d]))|\b(?:which|whom?|where)\b|\band (?=(?:proposed|expressed|added|would|had|will|offered|suggested|noted)\b)/g;

/** The clause a date stands in: from the clause start before it to the end of the date. */
function clauseOf(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  if (at < 0) return sentence;
  const before = sentence.slice(0, at);
  const starts = [...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
  return sentence.slice(starts.at(-1) ?? 0, at + date.length);
}

/** "the exact date of the joint VA mtg": the date of a meeting asked. */
const MEETING_DATE_ASKED =
  /\b(?:date|day) of (?:the )?(?:[\w]+ ){0,4}(?:mtg|meeting|workshop|seminar|session)\b/;
const MEETING_SAID =
  /\b(?:meetings?|workshops?|seminars?|sessions?|events?|conference|held|hold|take place|took place|convene[sd]?)\b/i;

/**
 * "Exact date of the joint VA mtg with the APMBC": not "would receive hardcopies of the document on Monday 6
 * November", whose date's clause says no meeting.
 */
export function datesNoMeeting(typed: string, date: string, sentence: string): boolean {
  return MEETING_DATE_ASKED.test(typed) && !MEETING_SAID.test(clauseOf(sentence, date));
}

/** Does the sentence give the day ("7 dec": "on Wednesday, 7 December 2016")? */
export function saysDay(sentence: string, day: string): boolean {
  return new RegExp(`\\b${day}`).test(fold(sentence));
}

/** "by 21 October", "until 1 August 2020", or a sentence that calls its date a deadline. */
export function isDeadline(date: string, sentence: string): boolean {
  return /^(?:by|before|until|no later than)\b/i.test(date) || /\b(?:deadline|due)\b/i.test(sentence);
}
export const MONEY = /CHF|EUR|USD|\$|€|%|francs|euros|dollars/;

/** Counting countries is counting States: "how many countries came" is answered by "21 African States". */
function countable(term: string): string {
  return term === "country" || term === "nation" ? "stat" : term;
}

/**
 * "how many are in both groups", "of the 8 …, how many also keep CMs": a count of the overlap is asked, which two
 * counts side by side do not give.
 */
export function overlapUnsaid(sentence: string, typed: string): boolean {
  return (
    /\bboth\b|\bin common\b|\boverlap|\bof the \d+ .*\bhow many (?:\w+ )?also\b/.test(typed) &&
    !/\bboth\b|\bof (?:which|whom|these|those)\b|\bamong (?:them|these|those)\b/i.test(sentence)
  );
}

/** "how many X": a figure, not money, followed closely by X ("58 of the 100 States Parties"), or null. */
export function countOf(
  sentence: string,
  question: DocumentQuestion,
  counted: readonly string[],
  verbs: readonly string[] = [],
): string | null {
  const counts = figuresOf(sentence).filter(
    (f) =>
      !MONEY.test(f) &&
      !question.own.includes(fold(f)) &&
      // ("of the 24 SPs that had paid, how many…": not "only 24 out of 100", the group the question gives)
      !question.own.includes(/\d+/.exec(f)?.[0] ?? "") &&
      countsThe(sentence, f, counted) &&
      !countsAnotherDeed(verbs, f, sentence),
  );
  // "how many SPs are late with their 2015 annual reports": of "22 States Parties with overdue initial
  // transparency reports and 20 States Parties with overdue 2015 annual reports", the count whose own words say
  // most of what is asked (the first, when none says more)
  const saying = (f: string) => {
    const own = new Set(
      analyze(sentence.slice(sentence.indexOf(f)).split(/[,;.]|\b(?:and|while|whereas)\b/)[0] ?? ""),
    );
    return question.terms.filter((term) => own.has(term)).length;
  };
  return counts.reduce<string | null>(
    (best, f) => (best === null || saying(f) > saying(best) ? f : best),
    null,
  );
}

/**
 * "how many SPs are drafting legislation": not "only 29 States Parties had adopted specific legislation". A
 * count is of the deed of its own clause (the figure to the next comma), else of the sentence's.
 */
function countsAnotherDeed(verbs: readonly string[], figure: string, sentence: string): boolean {
  const asked = verbs.flatMap((term) => DEED_OF.get(term) ?? []);
  if (asked.length === 0) return false;
  const at = sentence.indexOf(figure);
  const clause = sentence.slice(at).split(/[,;.]|\bwhile\b/)[0] ?? "";
  const ofClause = deedsIn(clause);
  const said = ofClause.length > 0 ? ofClause : deedsIn(sentence);
  return said.length > 0 && !asked.some((deed) => said.includes(deed));
}

/** The figure is followed closely by the counted thing ("58 of the 100 States Parties", "three reminders"). */
function countsThe(sentence: string, fact: string, counted: readonly string[]): boolean {
  const at = sentence.indexOf(fact);
  if (at < 0) return false;
  const after = analyze(
    sentence
      .slice(at + fact.length)
      .trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(" "),
  );
  const own = [...after, ...analyze(fact)].map(countable);
  return counted.some((term) => own.includes(countable(term)));
}

/** A deed expected, not done: "would receive", "once … had been approved", "offered to share". */
const EXPECTING =
  /(?:\b(?:would|will|shall|could|might|to be|expected to|planned to|plans to|intended to|intends to|offered to|hoped to|hopes to)\s+(?:\w+\s+)?|\b(?:once|if|until|unless)\s+(?:\w+\s+){0,6})$/i;
/** Verbs of having something come ("did Australia get the copies"), as the records say it. */
const SAME_DEED = new Map([
  ["get", "receiv"],
  ["got", "receiv"],
  ["gotten", "receiv"],
]);

/**
 * "has Cameroon's legislation been approved yet", "did Australia get the copies in the end": the sentence
 * names the deed asked only as expected ("would confirm once … had been approved", "would receive"), so it
 * does not say the deed was done. False when it does not name the deed at all.
 */
export function expectedOnly(sentence: string, verbs: readonly string[]): boolean {
  const named = deedsNamed(sentence, verbs);
  return named.length > 0 && named.every((m) => EXPECTING.test(sentence.slice(0, m.index)));
}

/** Does the sentence name one of the deeds asked ("received" for "get")? */
export function namesDeed(sentence: string, verbs: readonly string[]): boolean {
  return deedsNamed(sentence, verbs).length > 0;
}

function deedsNamed(sentence: string, verbs: readonly string[]): RegExpExecArray[] {
  const asked = new Set(verbs.map((verb) => SAME_DEED.get(verb) ?? verb));
  return [...sentence.matchAll(/[A-Za-z]+/g)].filter((m) => asked.has(cut(m[0].toLowerCase())));
}

const NUMBER_WORDS = new Map(
  "one two three four five six seven eight nine ten eleven twelve"
    .split(" ")
    .map((w, i): [string, number] => [w, i + 1]),
);
const GROUP =
  /\bthe (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:out of (?:the )?(\d{1,3}) |\w+ )?(?:states parties|states|sps|countries|signatories)\b/g;
/** "i heard 3 SPs paid…, is that right?": the count is a claim to check, not the group asked about. */
export const CHECKED = /\b(?:right|correct|true|accurate|i heard|heard that|confirm)\b/;

function groupSizes(folded: string): number[] {
  // ("22 out of 100 States Parties": both groups)
  return [...folded.matchAll(GROUP)].flatMap((m) => [
    NUMBER_WORDS.get(m[1] ?? "") ?? Number(m[1]),
    ...(m[2] ? [Number(m[2])] : []),
  ]);
}

/**
 * "write to the 12 SPs that keep CMs": a sentence naming its group of States by another count ("to each of
 * the eight States Parties") is about another group, unless it also gives the question's count. Only a group
 * named with "the" counts ("the remaining 7 States Parties" is part of one).
 */
export function countsAnotherGroup(sentence: string, question: DocumentQuestion): boolean {
  // (nor a choice: "was it 58 or 42 SPs")
  const asked = groupSizes(question.typed);
  if (asked.length === 0 || CHECKED.test(question.typed) || question.alternatives.length > 0) return false;
  const said = groupSizes(fold(sentence));
  return said.length > 0 && !asked.some((size) => said.includes(size));
}
