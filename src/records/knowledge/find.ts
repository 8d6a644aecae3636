// Finds the sentence of the committee's documents that answers a question:
// BM25 over sentences (with their item titles and paragraphs) gives the
// candidates; a candidate answers only when it holds the kind of fact asked
// for, covers most of what the question is about, and is spoken by whom the
// question names. Otherwise the bot says it does not know.

import { figuresOf } from "./answer-types.ts";
import { admits, type Constraints } from "./constraints.ts";
import { offItsTopic, TOPIC_NAMED } from "./item-topics.ts";
import type { Knowledge, KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import { knownTerm } from "./read-term.ts";
import { expectedOnly, namesDeed, SAME_SPEECH, saysActionOn, saysHead, speaks } from "./sentence-checks.ts";
import { factIn } from "./sentence-fact.ts";
import { analyze, stem } from "./vocabulary.ts";
import { missesWhatIsAsked } from "./what-is-asked.ts";
import { respondsOnly } from "./whose.ts";

export interface Finding {
  sentence: KnowledgeSentence;
  /** The words stating the fact asked for (a figure, a date, a place, who spoke). */
  fact?: string;
  /** Share of what the question asks about that the sentence itself says (0..1). */
  coverage: number;
  /** How many of the question's terms the sentence itself holds. */
  matched: number;
}

// a bonus beside coverage (0..1) and the search score (0..0.5): from 0.3 to 0.6 it answers alike
const PAPER_FIRST = 0.4;
// a delegation's own words with the verb asked ("what did Italy say about…"): the few sentences it spoke
// need share less of the question's other words; from 0.15 to 0.25 it answers alike (0.34 before)
const SPOKEN_LEAST = 0.25;
const SPOKEN_ALONE = 0.34;
const CONCEPT_TERMS = new Set(analyze("coalition concept"));
const [FIGURE_WORD] = analyze("figure");
const DEEDS = new Set(analyze("apologised regretted congratulated thanked"));
const [NOTE] = analyze("note");

/** "that SP", "that State", "among them": one the previous answer spoke of, not any of its kind. */
const THAT_ONE = /\bthat (?:sp|state|state party|country|delegation|donor)\b|\bamong (?:them|those|these)\b/;
const MONTH_PREFIX = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/;
const MONTHS = new Set(
  analyze("january february march april may june july august september october november december"),
);

function idf(knowledge: Knowledge, term: string): number {
  const df = knowledge.documentFrequency.get(term) ?? 0;
  return Math.log(1 + knowledge.sentences.length / Math.max(1, df));
}

const REPORTING_WORDS = new Set(analyze("meeting minutes committee coordination"));

/** A word the documents never use counts against a sentence like a common word of the records. */
const UNKNOWN_WEIGHT = 1;
/** A term of the sentence a sentence goes on from ("To that effect, …") counts nearly as its own. */
const CARRIED = 0.8;

/** "formal" and "informal", "voluntary" and "non-voluntary": a yes-or-no question is answered by either. */
function oppositesOf(term: string): string[] {
  const negated = /^(?:in|un|non|dis)(\w{4,})$/.exec(term)?.[1];
  return [...(negated ? [negated] : []), `in${term}`, `un${term}`, `non${term}`, `dis${term}`];
}

export function findAnswer(
  knowledge: Knowledge,
  question: DocumentQuestion,
  constraints: Constraints = {},
): Finding | null {
  const selectors = new Set(constraints.selectorTerms ?? []);
  // words the documents never use ("rent", "casualties"): what is asked about them is not on record
  const unknown: string[] = [];
  const asked: string[] = [];
  for (const term of question.terms) {
    if (selectors.has(term)) continue;
    // "on 4/11", "at the 6 October meeting": the meeting is a constraint, its date no topic
    // (a count is no date: "the two payments … on 4/11" keeps its "2")
    const datePart = constraints.dateParts?.includes(term) ?? /^\d{1,2}$/.test(term);
    if (constraints.meetingId !== undefined && (datePart || MONTHS.has(term))) continue;
    // "the meeting after the 7 December one": the day it is after is no word of the answer
    if (question.relativeTo.some((day) => day.split(" ").includes(term.length > 3 ? term.slice(0, 3) : term)))
      continue;
    // "reminders of 2016": a year asked about is looked for in the paragraph (below), not as a word of the sentence
    if (question.years.includes(term)) continue;
    const known = knownTerm(knowledge, term);
    // a name or figure the documents never mention ("8MSP", "Asia") is not on record
    // a word the documents never use ("rent", "casualties", "8MSP") is not on record: nothing answers it
    // (unless it is one side of a choice: "the 14th or the 15th MSP")
    if (!known && /\d/.test(term) && !question.alternatives.some((pair) => pair.includes(term))) return null;
    if (!known && term.length >= 3 && term !== question.verb) {
      unknown.push(term);
      continue;
    }
    // the verb asked about is matched on the speaker's words by its synonyms, known or not
    if (known) asked.push(known);
    else if (term === question.verb) asked.push(term);
  }
  // the selecting words the question itself typed ("CC", "German presidency")
  // ("the meeting" is said by every "informed the meeting": no sign of anything)
  const selectorsTyped = question.terms.filter((t) => selectors.has(t) && !REPORTING_WORDS.has(t));
  const previousTerms = (constraints.previous?.terms ?? []).filter(
    (t) => !asked.includes(t) && knowledge.documentFrequency.has(t),
  );
  // (a follow-up's words lean on the previous message's: "and what did they suggest to fix it")
  if (unknown.length > 0 && unknown.length * 2 >= asked.length + unknown.length + previousTerms.length)
    return null;
  // "why does the non paper mention Vietnam and Cambodia": in a document named, the names are what is asked about
  // ("why vietnam and cambodia?": a reason asked about the names alone)
  const namesAsked =
    asked.length === 0 &&
    unknown.length === 0 &&
    (question.source !== undefined || question.type === "reason") &&
    (constraints.named ?? []).length > 0
      ? selectorsTyped.filter((t) => knowledge.documentFrequency.has(t))
      : [];
  const weights = new Map<string, number>([
    ...namesAsked.map((t): [string, number] => [t, idf(knowledge, t)]),
    ...unknown.map((t): [string, number] => [t, UNKNOWN_WEIGHT]),
    // the verb asked about ("what did France propose…") says less than what it is about, unless it is a deed
    // of its own ("did NZ apologise for being late": the apology is what is asked about)
    ...asked.map((t): [string, number] => [t, t === question.verb && !DEEDS.has(t) ? 1 : idf(knowledge, t)]),
    ...previousTerms.map((t): [string, number] => [t, idf(knowledge, t) * 0.5]),
  ]);
  // a choice is one thing asked, weighed once (by its weightier side): "african or asian" said by "African" is
  // not twice what the question is about
  const lesserSides = new Map(
    question.alternatives.flatMap(([a, b]): [string, string][] => {
      const [wa, wb] = [weights.get(a), weights.get(b)];
      return wa === undefined || wb === undefined || a === b ? [] : [wa < wb ? [a, b] : [b, a]];
    }),
  );
  const total = [...weights].reduce((sum, [term, w]) => sum + (lesserSides.has(term) ? 0 : w), 0);
  const opposites = new Map([...weights.keys()].map((term) => [term, oppositesOf(term)]));
  const previousId = constraints.previous?.sentenceId;
  const previous = previousId !== undefined ? knowledge.sentences[previousId] : undefined;
  // ("which room was the 4 nov meeting in": the room is all that is asked)
  // "what does para 11 say": the paragraph asked, from its first sentence (whatever the message before asked)
  if (
    total === previousTerms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) &&
    constraints.paperParagraph !== undefined
  ) {
    const opening = knowledge.sentences.find(
      (s) => s.agendaNumber === null && s.reference === `paragraph ${constraints.paperParagraph}`,
    );
    return opening ? { sentence: opening, coverage: 1, matched: 0 } : null;
  }
  if (total === 0 && !(question.asksSpeaker || constraints.speaker || question.room)) return null;
  // "what did the Dutch propose": the minutes may say "suggested"
  const speech = question.verb ? (SAME_SPEECH.get(question.verb) ?? []) : [];
  const query = [...weights.keys(), ...speech].filter((t) => knowledge.documentFrequency.has(t));
  const questionNames = new Set([
    ...(constraints.named ?? []),
    ...(constraints.mentioned ?? []),
    constraints.speaker,
  ]);
  const choice = (term: string) => question.alternatives.some((pair) => pair.includes(term));
  // "are most of them African or Asian": a choice between names, which only a sentence naming one side answers
  const namedChoices = question.alternatives.filter((pair) =>
    pair.every((side) => knowledge.names.has(side)),
  );
  const admissible = admits(knowledge, question, constraints);
  const topicsNamed = [...question.typed.matchAll(TOPIC_NAMED)].flatMap((m) =>
    analyze(m[1] ?? "").map((term) => knownTerm(knowledge, term) ?? term),
  );
  const results = knowledge.index.search(query.join(" "), {
    combineWith: "OR",
    filter: (r) => {
      const s = knowledge.sentences[r.id as number];
      return s !== undefined && admissible(s);
    },
  });
  const top = results[0]?.score ?? 1;
  // "in November, going by the nov minutes": the meeting's date selects, it is no fact the question states
  const stated =
    constraints.meetingId === undefined
      ? question.own
      : question.own.filter(
          (word) => !MONTHS.has(stem(word)) && !MONTH_PREFIX.test(word) && !/^\d{1,2}$/.test(word),
        );
  // "how many payment remiders": the counted words as the records spell them
  const counted = question.counted?.map((term) => knownTerm(knowledge, term) ?? term);
  // "who coordinates a country coaliton": what the verb acts on, as the records spell it
  // not a date ("who opened the 4/11 meeting"), and a word that selects ("meeting") only if nothing else is left
  const objects = question.terms.filter((t) => t !== question.action && !/^\d/.test(t) && !MONTHS.has(t));
  // ("who launched the coalitions initiative": "launched an initiative" acts on either of its words)
  const unselected = objects.filter((t) => !selectors.has(t));
  const actedOn = (unselected.length > 0 ? unselected : objects.slice(0, 1)).map(
    (object) => knownTerm(knowledge, object) ?? object,
  );
  let best: {
    sentence: KnowledgeSentence;
    score: number;
    fact?: string;
    coverage: number;
    matched: number;
  } | null = null;
  let expected = false;
  // ("exact date the 6msp final report was isued": the verb as the records spell it)
  const deedTerms = question.terms.map((term) => knownTerm(knowledge, term) ?? term);
  // ("date of that approval": the deed named by its noun)
  const deedNoun = /\b(?:date|day) of (?:the |that |this |its |their )?([a-z]+)/.exec(question.typed)?.[1];
  const deedVerbs = [...question.verbs, ...analyze(deedNoun ?? "")].map(
    (term) => knownTerm(knowledge, term) ?? term,
  );
  // ("the reason for its concept note being late": what is explained is its being late)
  const explained = /\b(?:reason|reasons|why|explanation) (?:\w+ ){0,4}for (?:\w+ ){0,5}being (\w+)/.exec(
    question.typed,
  )?.[1];
  const reasonDeeds = explained ? analyze(explained).map((term) => knownTerm(knowledge, term) ?? term) : [];
  const pool: { id: unknown; score: number }[] = results.slice(0, 60);
  const unplaced =
    constraints.meetingId === undefined &&
    constraints.speaker === undefined &&
    constraints.subject === undefined &&
    (constraints.named ?? []).length === 0 &&
    question.source !== "minutes" &&
    // (not a coordinator's "concept note")
    question.terms.some((term) => CONCEPT_TERMS.has(term)) &&
    !question.terms.includes(NOTE);
  // a speaker asked about is heard in all their sentences, whatever words they used
  if (constraints.speaker !== undefined) {
    const pooled = new Set(pool.map((r) => r.id));
    for (const s of knowledge.sentences)
      if (s.speaker === constraints.speaker && !pooled.has(s.id) && admissible(s))
        pool.push({ id: s.id, score: 0 });
  }
  for (const result of pool) {
    const sentence = knowledge.sentences[result.id as number];
    if (!sentence) continue;
    if (constraints.speaker && sentence.speaker !== constraints.speaker) continue;
    if (question.asksSpeaker && !sentence.speaker) continue;
    // "who voiced the concerns that UNODA answered": the speaker of "In response to concerns expressed…" answered them
    if (question.asksSpeaker && question.verb && respondsOnly(sentence.text, question.verb)) continue;
    // "who drafted the Dubrovnik Action Plan": a sentence that does not say "drafted" does not answer
    if (question.action !== undefined && !saysActionOn(sentence, question.action, actedOn)) continue;
    // the noun asked for, said by the sentence itself ("status" not as part of "General Status and Operation")
    if (question.head !== undefined && !saysHead(sentence.text, question.head)) continue;
    const fact = factIn(sentence, question, {
      stated,
      counted,
      deedTerms,
      deedVerbs,
      heldOn: constraints.heldOn,
    });
    if (
      fact === null &&
      (question.type === "figure" ||
        question.type === "date" ||
        question.city ||
        question.venue ||
        question.room ||
        question.symbol ||
        question.often)
    )
      continue;
    if (missesWhatIsAsked(knowledge, sentence, question, reasonDeeds)) continue;
    const own = sentence.ownTerms;
    const said = sentence.textTerms;
    const around = sentence.passageTerms;
    let inSentence = 0;
    let covered = 0;
    let matched = 0;
    const saysVerb = question.verb !== undefined && speaks(sentence, question.verb);
    if (namedChoices.some((pair) => !pair.some((side) => own.has(side) || sentence.carried.has(side))))
      continue;
    // (both sides said, "together with the APMBC or CCW Prot. V", both count)
    let sideBoth = 0;
    for (const [term, weight] of weights) {
      const greater = lesserSides.get(term);
      if (greater !== undefined && !(own.has(term) && own.has(greater))) continue;
      if (greater !== undefined) sideBoth += weight;
      // of "regional or specific" one is enough: the other counts as found with it
      const other = question.alternatives.find((pair) => pair.includes(term))?.find((t) => t !== term);
      if (
        own.has(term) ||
        (other !== undefined && own.has(other)) ||
        (saysVerb && term === question.verb) ||
        // "the ISU contribution figures given in Oct": a sentence giving figures says them
        (term === FIGURE_WORD && figuresOf(sentence.text).length > 0) ||
        // "is a coalition a formal structure": "an informal framework" answers it
        (opposites.get(term) ?? []).some((opposite) => own.has(opposite))
      ) {
        inSentence += weight;
        // the sentence's own words, not its item's title, say how strongly it answers
        if (said.has(term) || term === question.verb) matched += 1;
      } else if (sentence.carried.has(term)) inSentence += weight * CARRIED;
      else if (around.has(term)) covered += weight * 0.5;
    }
    // a name asked about ("Beirut", "APMBC") is said where the answer stands: in its agenda item
    // (not a side of a choice: "at the German mission or at the Palais" is answered by either)
    if (asked.some((term) => knowledge.names.has(term) && !sentence.itemTerms.has(term) && !choice(term)))
      continue;
    // …and in the sentence itself when the sentence names another delegation ("Lebanon's deadline" is not Lao PDR's)
    // (a delegation the question itself names is no other: "send the ISU the programme")
    const others = sentence.mentioned.filter((d) => d !== sentence.speaker && !questionNames.has(d));
    // (a name its own paragraph of the minutes says is no other's: "Chile also offered to share the programme of the
    // side event with the ISU-CCM", in the paragraph on the side event in Santiago)
    if (
      others.length > 0 &&
      asked.some(
        (term) =>
          knowledge.names.has(term) &&
          !own.has(term) &&
          !(sentence.agendaNumber !== null && sentence.passageTerms.has(term)),
      )
    )
      continue;
    // "Costa Rica + the coalitions concept: their intervention": a topic with an item of its own at that meeting is
    // spoken of there, or named by the speaker's sentence (Costa Rica's words on transparency are none on coalitions)
    if (constraints.speaker !== undefined && offItsTopic(knowledge, sentence, topicsNamed)) continue;
    // what the question is about is mostly in the sentence itself, not only around it; what a speaker
    // answers to ("Italy welcomed the suggestion") stands in the sentence before, in the same paragraph
    const replying = constraints.speaker !== undefined && saysVerb;
    // a paper's numbered paragraph is one idea: what it says around the sentence counts in full
    const paper = sentence.agendaNumber === null;
    const whole = total + sideBoth;
    const coverage = whole === 0 ? 1 : (inSentence + covered * (replying || paper ? 2 : 1)) / whole;
    // a speaker and a verb already say much of what is asked ("what did the Netherlands ask Costa Rica to share")
    // "what was Italy's answer": the speaker's next words after the previous quote need share none of its terms
    // (not a question on a topic of its own, leaning on nothing before: "what was the ISU's count of SPs with
    // legislation" after the ISU's figures)
    const answersOn =
      constraints.speaker !== undefined &&
      previous !== undefined &&
      (asked.length <= 2 || previousTerms.length > 0) &&
      sentence.source === previous.source &&
      sentence.agendaNumber === previous.agendaNumber &&
      sentence.id > previous.id;
    const least = answersOn ? 0 : constraints.speaker && saysVerb ? SPOKEN_LEAST : 0.5;
    const itself = replying
      ? coverage
      : paper
        ? Math.min(coverage, (inSentence / whole) * 1.5)
        : inSentence / whole;
    if (whole > 0 && (itself < least || coverage < least)) continue;
    // …down to SPOKEN_LEAST only with a word of the topic besides the verb ("what did Chile say about
    // its contribution" is not answered by whatever Chile said)
    if (least === SPOKEN_LEAST && coverage < SPOKEN_ALONE && inSentence + covered <= 1) continue;
    // "has Cameroon's legislation been approved yet": not "would confirm once … had been approved"
    if (question.outcome && expectedOnly(sentence.text, question.deeds)) {
      expected = true;
      continue;
    }
    let score = coverage + (0.5 * result.score) / top;
    // of sentences saying what is asked, the one also saying the words that select ("the second CC under
    // the German presidency") is the likelier answer
    if (selectorsTyped.length > 0)
      score += (0.1 * selectorsTyped.filter((t) => said.has(t)).length) / selectorsTyped.length;
    if (previous) {
      if (sentence.passageKey === previous.passageKey) score += 0.3;
      else if (sentence.source === previous.source && sentence.agendaNumber === previous.agendaNumber)
        score += 0.2;
      // the quote just given is no answer about another delegation ("and the French?"), nor a figure, date or
      // place of a word it does not say ("and how big was the shortfall", after the sum contributed)
      const othersNamed = (constraints.named ?? []).some(
        (d) => d !== sentence.speaker && !sentence.mentioned.includes(d),
      );
      const typed = question.type === "figure" || question.type === "date" || question.type === "place";
      const saysNew = !typed || asked.length === 0 || asked.some((term) => sentence.ownTerms.has(term));
      // "and how much of that went to 7a": a part of the figure just given, so said where it was (not in other
      // minutes), and not the figure itself when it does not say the part's word or gives no second figure
      // ("how many of those came in on time" after "only 58 of the 100")
      if (
        /\b(?:how (?:much|many)|what share|what part) of (?:that|those|it|them|this)\b/.test(
          question.typed,
        ) &&
        (sentence.source !== previous.source ||
          (sentence.id === previous.id && (!saysNew || figuresOf(sentence.text).length < 2)))
      )
        continue;
      // "when did that SP say it had paid": the one the quote just given spoke of, so said in its paragraph
      if (THAT_ONE.test(question.typed) && sentence.passageKey !== previous.passageKey) continue;
      if (sentence.id === previous.id && (constraints.speaker || othersNamed || !saysNew)) score -= 0.5;
      if (answersOn) score += 0.5 - Math.min(0.4, (sentence.id - previous.id) * 0.05);
    }
    if (fact !== null && fact !== undefined) score += 0.2;
    // "when": a day of a month says more than "by the next meeting"
    if (question.type === "date" && fact && /\d/.test(fact)) score += 0.1;
    if (question.asksSpeaker && speaks(sentence, question.verb)) score += 0.2;
    // "why…": a sentence giving a reason ("due to", "because") counts as one holding the fact asked
    if (question.type === "reason" && fact === undefined) score += 0.2;
    if (constraints.subject !== undefined && sentence.speaker === constraints.subject) score += 0.15;
    // the coalitions concept asked about, with no meeting or delegation named: the paper that sets it out says it first
    if (paper && unplaced) score += PAPER_FIRST;
    // "who's on the hook for sending round the minutes": a sentence naming someone the question does not
    if (
      question.type === "who" &&
      !question.asksSpeaker &&
      sentence.mentioned.some((d) => !questionNames.has(d))
    )
      score += 0.15;
    if (!best || score > best.score)
      best = {
        sentence,
        score,
        fact: fact ?? undefined,
        coverage: whole === 0 ? 1 : inSentence / whole,
        matched,
      };
  }
  if (!best) return null;
  // "did Australia get the copies in the end": where the records name the deed only as expected, a sentence
  // not naming it says nothing of whether it was done
  if (expected && !namesDeed(best.sentence.text, question.deeds)) return null;
  // "which SP said it had paid…": when the sentence that says it best is the Director reporting what one said,
  // the records do not name the State
  if (
    question.asksSpeaker &&
    constraints.speakersAmong &&
    !constraints.speakersAmong.includes(best.sentence.speaker ?? "")
  )
    return null;
  const fact = question.asksSpeaker ? (best.sentence.speaker ?? undefined) : best.fact;
  return { sentence: best.sentence, fact, coverage: best.coverage, matched: best.matched };
}
