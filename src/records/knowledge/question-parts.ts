// The parts of a question about the documents that its words name, each read on
// its own: whose fund or figure, the noun a yes-or-no question is about, the
// days it is relative to, the verb after "who", the noun a what-question asks
// for, the thing counted, the sides of a choice, its own figures and years.
import { fold } from "../../domain/names.ts";
import { MONTH_NAMES } from "../../domain/period.ts";
import { ASKING } from "./question-words.ts";
import { analyze, STOPWORDS, stem } from "./vocabulary.ts";

/** "the coalitions trust fund", "the ISU budget": the word naming whose fund or budget it is, and the head. */
export function whoseFundOf(folded: string): readonly [string, string, boolean] | undefined {
  const m = /\b([a-z]+) (trust )?(fund|budget|action plan)\b/.exec(folded);
  const [owner] = analyze(m?.[1] ?? "");
  const [head] = analyze(m?.[3] ?? "");
  // (and whether a trust fund is asked: EU funding for two workshops is no trust fund)
  if (owner && head && !STOPWORDS.has(m?.[1] ?? "")) return [owner, head, m?.[2] !== undefined];
  // "the trust fund for the coalitions"
  const after = /\b(trust )?(fund|budget) for (?:the |its |their )?([a-z]+)\b/.exec(folded);
  const [whose] = analyze(after?.[3] ?? "");
  const [noun] = analyze(after?.[2] ?? "");
  return after && whose && noun && !STOPWORDS.has(after[3] ?? "")
    ? [whose, noun, after[1] !== undefined]
    : undefined;
}

/** "the Monitor's count", as typed (possessive and all): the stem of whose figure is asked. */
export function whoseFigureOf(typed: string): string | undefined {
  const owner =
    /\b(\w+)['’]s (?:own )?(?:count|counts|figure|figures|number|numbers|estimate|tally|data)\b/i.exec(typed);
  return analyze(owner?.[1] ?? "")[0];
}

/** "do coalitions have to…", "would a coalition need…": the noun a yes-or-no question is about. */
export function subjectOf(folded: string): string | undefined {
  const noun =
    /^(?:and )?(?:do|does|did|would|could|should|must|will|can|are|is) (?:the |a |an |each |every )?(?:country )?(\w+)/.exec(
      folded,
    )?.[1];
  // (as the records spell it: "coaliton" is a coalition)
  return noun && /^coali/.test(noun) ? COALITION_TERM : undefined;
}

const [COALITION_TERM] = analyze("coalition");

const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "after the 7 decmber one", "before 4/11": the days named as what the answer is after or before, as "7 dec". */
export function relativeDays(folded: string): string[] {
  const anchor =
    /\b(?:after|following|before|preceding|prior to) (?:the )?(\d{1,2})(?: ([a-z]{3})[a-z]*| (\d{1,2})\b)/g;
  return [...folded.matchAll(anchor)].flatMap((m) => {
    const month = m[2] ?? MONTH_PREFIXES[Number(m[3]) - 1];
    return month && MONTH_PREFIXES.includes(month) ? [`${m[1]} ${month}`] : [];
  });
}

/** "who drafted the plan", "who would coordinate…": the verb after the question word, as a stem. */
export function actionOf(folded: string): string | undefined {
  const who =
    /^(?:and |so )?(?:who|whos)(?: (?:is|was|were|are|would|will|has|had|should|could|can|might|may|first))* (\w+)/.exec(
      folded,
    );
  const which = /^(?:and )?which \w+ (\w+ed)\b/.exec(folded);
  const word = who?.[1] ?? which?.[1] ?? "";
  // "who would coordinate": after a modal, the verb is in its plain form
  const modal =
    who !== null &&
    /^(?:and |so )?whos? (?:\w+ )*(?:would|will|should|could|can|might|may) \w+$/.test(who[0]);
  // "who's moderating", "who is drafting": the verb in its -ing form after "is" or "are"
  const progressive = who !== null && /^(?:and |so )?(?:whos|who (?:is|are|was|were)) \w+ing$/.test(who[0]);
  // a verb as typed: "who drafted", "who coordinates", "which states voted"; not "which states are coalitions…"
  if (!modal && !progressive && !/(?:ed|es|s)$/.test(word) && !IRREGULAR_PAST.has(word)) return undefined;
  const [term] = analyze(word);
  return term && !ASKING.has(term) ? term : undefined;
}

const IRREGULAR_PAST = new Set([
  "gave",
  "made",
  "paid",
  "led",
  "took",
  "wrote",
  "ran",
  "sent",
  "held",
  "met",
  "brought",
  "chose",
]);

/**
 * The noun a what-question asks for, which the answer must say: "what was
 * the outcome of the Beirut workshop" (a sentence on the workshop that gives
 * no outcome does not answer), "Switzerland's legislation status".
 */
export function headOf(folded: string): string | undefined {
  const last = /\b(status|situation|progress|stance|position|views?|opinion)$/.exec(folded)?.[1];
  if (last) return analyze(last)[0];
  // "which thai ministry co-hosted…": a ministry, which a sentence naming none does not name
  // ("what yardstick decides…": a criterion, which a sentence stating none does not give)
  const body =
    /^(?:and )?(?:which|what) (?:\w+ )?(ministry|agency|department|yardsticks?|criteria|criterion|benchmarks?)\b/.exec(
      folded,
    )?.[1];
  if (body) return analyze(body)[0];
  // "laos country seminar - what approach": the noun a telegraphic question ends on
  const ending =
    /\bwhat (?:kind of |sort of |type of )?(\w+)$/.exec(folded)?.[1] ??
    // "is there a template for the national strategy document": a template, not the document
    /^(?:and )?(?:is|was|are|were) there (?:a|an|any) (\w+)\b/.exec(folded)?.[1];
  const of =
    /^(?:and )?what(?: s| is| was| are| were) the (?:\w+ )?(\w+) (?:of|for)\b/.exec(folded)?.[1] ?? ending;
  const [head] = analyze(of ?? "");
  return head && !ASKING.has(head) ? head : undefined;
}

const CURRENCY = /^(?:chf|eur|euros?|usd|dollars?|francs?|swiss)$/;

/** "how many payment reminders": the counted thing's words, as terms (any of them may follow the figure). */
export function countedOf(folded: string): string[] | undefined {
  // "page count of the VA guidance": the pages are counted
  const noun = /\b(page|word)s? count\b/.exec(folded)?.[1];
  if (noun) return analyze(noun);
  // "how many of the 19 signatories": the counted thing, not the figure the question gives
  // ("the number of people at the workshop" counts as "how many people" does)
  // ("how many are common law countries": the kind counted)
  const words =
    /\b(?:how many|number of) (?:(?:are|were|is) )?(?:of (?:the |its |their )?|the )?(?:\d+ )?(\w+)(?: (\w+))?/.exec(
      folded,
    );
  // "how many CHF", "how many euros": an amount of money, not a count; "how many percent": a share
  // "of the SPs with victims, how many had…": the counted thing was named before, any count of the sentence answers
  if (
    !words ||
    CURRENCY.test(words[1] ?? "") ||
    /^(?:percent|per)$/.test(words[1] ?? "") ||
    STOPWORDS.has(words[1] ?? "")
  )
    return undefined;
  const terms = analyze(`${words[1] ?? ""} ${words[2] ?? ""}`);
  return terms.length > 0 ? terms : undefined;
}

/** "should it be regional or specific to one country": the word on either side of each "or" that names something. */
export function alternativesOf(folded: string): [string, string][] {
  // "at the German mission or over at the Palais": "mission" and "palais"
  return [...folded.matchAll(/((?:\w+ ){0,3})or ((?:\w+ ?){1,4})/g)].flatMap((m) => {
    const a = analyze(m[1] ?? "").at(-1);
    const [b] = analyze(m[2] ?? "");
    return a && b ? [[a, b] as [string, string]] : [];
  });
}

/**
 * The question's own words, folded ("27 sept"): a date or figure made of them is the question, not its answer.
 * A date typed "19/10" is the 19th of October, as the committee writes it: its month is the question's too.
 */
export function ownFacts(text: string): string[] {
  const months = [...text.matchAll(/\b\d{1,2}[/.](\d{1,2})\b/g)].flatMap(
    (m) => MONTH_NAMES[Number(m[1]) - 1] ?? [],
  );
  return [...fold(text).split(" "), ...months].flatMap((word) => [word, word.slice(0, 3)]);
}

/** "2017 budget", "2016 contributions": a year and the word after it, as a stem. */
export function yearsOf(text: string): [string, string][] {
  return [...fold(text).matchAll(/\b((?:19|20)\d\d) ([a-z]+)/g)]
    .filter((m) => !STOPWORDS.has(m[2] ?? ""))
    .map((m): [string, string] => [m[1] ?? "", stem(m[2] ?? "")]);
}
