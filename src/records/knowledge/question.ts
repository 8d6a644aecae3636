// What a question about the documents asks for: the kind of fact (a figure,
// a date, a place, who, why), the words it is about, and whether it asks who
// spoke or what someone said ("who proposed…", "what did Norway ask…").
import { fold } from "../../domain/names.ts";
import { CHAT_FRAMING } from "./framing.ts";
import { plainIdioms } from "./idioms.ts";
import {
  actionOf,
  alternativesOf,
  countedOf,
  headOf,
  ownFacts,
  relativeDays,
  subjectOf,
  whoseFigureOf,
  whoseFundOf,
  yearsOf,
} from "./question-parts.ts";
import {
  type AnswerType,
  ASKING,
  answerTypeOf,
  ROOM_ASKED,
  speechNounOf,
  speechVerb,
  verbsOf,
} from "./question-words.ts";
import { analyze, CHAIRED, stem } from "./vocabulary.ts";

export interface DocumentQuestion {
  type: AnswerType;
  /** Analysed terms the answer is about (question words and the asked-for kind taken out). */
  terms: string[];
  /** "who asked…", "which delegation proposed…": the answer is the sentence's speaker. */
  asksSpeaker: boolean;
  /** The reporting verb asked about, as a stem ("ask", "propos"), when it matters. */
  verb?: string;
  /** "according to the non-paper", "in the minutes": the kind of document asked about. */
  source?: "paper" | "minutes";
  /** Figures and dates the question itself states: they are not its answer. */
  own: string[];
  /** The question as typed, folded ("i heard 3 SPs paid…, is that right?" with its framing). */
  typed: string;
  /** "who drafted the plan": the verb the answer must use (a speech verb is checked on the speaker instead). */
  action?: string;
  /** "what is Switzerland's legislation status": a word the answer must hold; a record that does not say it is no status. */
  head?: string;
  /** "what did the background paper conclude": what a piece of work found; announcing the work says none of it. */
  findings: boolean;
  /** "how many States Parties": the counted thing's terms; a count is not an amount of money. */
  counted?: string[];
  /** "what was the outcome of…": asked in the past, a promise to report on it is no answer. */
  past: boolean;
  /** "when is the Cameroon workshop happening": a date already past when the words were said does not answer it. */
  ahead: boolean;
  /** Years the question names ("2015 contributions"): the answer's paragraph must name them too. */
  years: string[];
  /** "how much did it cost", "the deficit": the figure asked for is an amount of money, not a count. */
  money: boolean;
  /** "who's the UNMAS contact…": a person is asked for; only a sentence naming a person answers. */
  person: boolean;
  /** "what time does it start": only a time of day answers, not the day. */
  time: boolean;
  /**
   * "how long is a coalition meant to last": a length of time answers ("two years"), not a date; "how long does
   * each coordinator get to present": the time allowed, a length ("five minutes") or else the day it ends.
   */
  lasting: "length" | "allowed" | false;
  /** "how often do they meet": a frequency answers ("twice a year", "monthly"). */
  often: boolean;
  /** "which conference room": a room the sentence names ("Room XII"), not the building. */
  room: boolean;
  /** "the resolution's symbol", "the L-doc number": a UN document symbol answers ("A/C.1/71/L.22"). */
  symbol: boolean;
  /** "how many percent", "what percentage": a share written with "%" or "per cent" answers. */
  percent: boolean;
  /** "Lebanon's deadline": a date the sentence gives as a deadline ("by", "until", "deadline of"). */
  deadline: boolean;
  /** "on what date…": a day of a month answers, a year alone ("in 2015") does not. */
  day: boolean;
  /** "which city…", "where is NZ hosting…": only a place answers; a country or a region is no city. */
  city: boolean;
  venue: boolean;
  /** "the 2017 budget": each year the question names with the word it qualifies, as a stem. */
  yearOf: readonly (readonly [string, string])[];
  /** "which SPs…", "names of the 8 states": the answer names States; a sentence that names none does not answer. */
  states: boolean;
  /** "regional or specific": pairs of terms of which the answer needs only one. */
  alternatives: [string, string][];
  /** "the coalitions trust fund", "a national action plan": a fund, budget or plan and the word naming whose it is. */
  whoseFund?: readonly [string, string, boolean];
  /** "the Monitor's count": whose figure is asked (a stem); the sentence giving it names its source. */
  whoseFigure?: string;
  /** "do coalitions have to send…": the subject of a yes-or-no question, as a term; its answer speaks of it. */
  subject?: string;
  /** "when could coalitions be extended…": a condition may answer ("After the successful application…"). */
  conditional: boolean;
  /** "the meeting after the 7 December one": days ("7 dec") the date asked for comes before or after. */
  relativeTo: string[];
  /** The words standing as verbs, as stems ("have to upload", "presenting"): the deeds a date may be asked of. */
  verbs: string[];
  /** "has it been approved yet", "did they get it in the end": whether a deed was done, which no expectation says. */
  outcome: boolean;
  /** The words sure to stand as verbs ("been approved", "actually get"), as plain stems. */
  deeds: string[];
  /** "which south east europe country…": a country's name is asked; a sentence naming none does not answer. */
  country: boolean;
}

const [FIGURE_WORD] = analyze("figure");

/** "names of the 8 states", "list the SPs": names are asked, not a kind of State ("which states are coalitions for"). */
const STATES_NAMED =
  /\b(?:names?|list) (?:of )?(?:the |all )?(?:\d+ |\w+ )?(?:states|sps|countries|signatories|delegations)\b/;

/**
 * "which Pacific States did NZ say…", "which SPs have arrears", "who are the 7 SPs…": names asked;
 * "which states are coalitions for" asks a kind.
 */
const STATES_WHICH =
  /^(?:and )?which (?:\w+ )?(?:states parties|states|sps|countries|signatories)\b(?! (?:(?:are|were|is|was) (?!\w+(?:ing|ed)\b)|(?:would|should|could|will|can|might|fall|belong)\b))|^(?:and )?(?:which|who) (?:are|were) the (?:\d+ )?(?:\w+ )?(?:states parties|states|sps|countries|signatories)\b|^(?:and )?which (?:\w+ )?(?:states|sps|countries|signatories) (?:are|were|is|was) (?:on|in) (?:\w+ ){0,4}(?:list|lists|shortlist)\b/;

/** Ways of asking that the minutes report with one verb: "wanted to know" is "asked". */
const ASKED = /\b(?:wanted|wants|want|wished|wishes) to know\b/gi;

/** "I heard that …, is that right?": the claim is what is asked about, not the hearing of it. */
const HEARSAY =
  /\b(?:i|we) (?:heard|hear|read|was told|were told|understand|understood)(?: that)?\b|\b(?:is|was|isn ?t) (?:that|this|it) (?:right|true|correct|so)\b|\bcorrect me if i ?a?m wrong\b|\bam i right\b|\b(?:can|may|could|should) (?:i|we) (?:write|say|state|put|note|record|report)(?: down)?(?: that)?\b|\bis it (?:right|correct|true|accurate|fair)(?: to say)?(?: that)?\b|\bfor (?:the record|my notes?|our notes?|(?:my|our|the) (?:brief|briefing|report|capital|cable|boss|ambassador))\b/gi;

const SYMBOL_ASKED = /\bsymbols?\b|\bl ?docs?\b|\bdoc(?:ument)? (?:number|no|ref|reference)\b/;

/** "… - 19?", "…, end 2018 right?": an answer offered at the end of the question, to be checked. */
const OFFERED_FOR_CHECKING = /\s[-–—,:]\s*[^-–—,:?]{1,25}\?\s*$/;

/** "coalitions trust fund - who would administer it": a heading, then the question. */
const HEADING = /^[^:?–—-]{2,60}\s[:–—-]\s*((?:who|whos|who's|which)\b.*)$/i;

/**
 * "concept notes on the website w/ an executive summary - who writes the summary?": who writes or drafts a text,
 * asked after a heading, is said only where the writing is (who organises or supports may be put otherwise).
 */
function authorAsked(typed: string): string | undefined {
  const asked = HEADING.exec(typed)?.[1];
  const action = asked === undefined ? undefined : actionOf(fold(asked));
  return action !== undefined && /^(?:writ|draft|author|compos)/.test(action) ? action : undefined;
}

export function analyzeQuestion(typed: string): DocumentQuestion {
  // "taking place" frames a question of place or time as "held" does; it is no topic
  // "how many are expected" asks a figure; "raise expectations" is a topic
  // idioms in plain words first: "how much did they add up to" asks a total, not what someone added
  // "the number of people (not states)": what the question sets aside is none of its words
  const text = plainIdioms(
    typed
      .replace(/\(\s*not\b[^)]*\)/gi, " ")
      // "for next year": the year is the answer's to give ("its draft budget for 2017"), no word to look for
      .replace(/\b(?:for |in )?(?:next|the coming|the following) year\b/gi, " "),
  )
    .replace(ASKED, "asked")
    .replace(HEARSAY, " ")
    .replace(CHAT_FRAMING, " ")
    // "who'd pay for the interpreters": who would
    .replace(/\bwho['’]d\b/gi, "who would")
    .replace(/\bwho['’]ll\b/gi, "who will")
    .replace(/\b(?:take|takes|taking|took|taken) place\b/gi, "held")
    .replace(/\bexpected\b/gi, " ")
    // "100k chf": the records write "100'000"
    .replace(/\b(\d{1,3}) ?k\b/gi, "$1'000")
    // "how far short was the ISU": how big its shortfall was
    .replace(/\bhow far (?:short|off|behind)\b/gi, "how much shortfall")
    // "which was the last day for sending them": a deadline
    .replace(/\blast (?:day|date) (?=for|to)\b/gi, "deadline ")
    .replace(CHAIRED, "opened");
  const folded = fold(text.replace(/['’]s\b/g, ""));
  const type = answerTypeOf(folded);
  const words = folded.split(" ");
  const who =
    /^(?:and )?(?:who|which (?:delegation|delegations|country|countries|state|states|member|members|sp|sps|state party|states parties))$/;
  // "who asked whether…", "which delegation apologised…", "4/11: who voiced…": the verb right after the question word
  const asker = words.findIndex(
    (_word, i) => i < 5 && [0, 1, 2].some((j) => j <= i && who.test(words.slice(j, i + 1).join(" "))),
  );
  const verbWord = asker >= 0 ? words[asker + 1] : undefined;
  const askedVerb = speechVerb(verbWord);
  const asksSpeaker = askedVerb !== undefined;
  // "what did the Dutch propose…": the first speech verb in the five words after "did"
  // ("has UNODA indicated…" asks the same; "how much had X reported paying" does not)
  const did = /\bdid ((?:\w+ ?){1,6})|^(?:has|have|had) ((?:\w+ ?){1,6})/.exec(folded);
  const afterDid = (did?.[1] ?? did?.[2])?.split(" ").slice(1) ?? [];
  const spoken = afterDid.map(speechVerb).find((word) => word !== undefined);
  // "UNODA's one remark", "the Swiss proposal under item 6": the noun says what kind of speech is asked about
  // ("by when were comments due" asks a date; the comments are its topic)
  const ofSpeech =
    askedVerb === undefined && spoken === undefined && (type === "general" || type === "reason");
  const noun = ofSpeech ? speechNounOf(words) : undefined;
  const verb = askedVerb ?? spoken ?? noun?.verb;
  // "according to the non-paper", "what does the paper say": the paper is where to look, not what is asked about
  const source =
    /\b(?:according to|in|per|from|going by|based on|does|do|did) the (?:presidency s )?(?:coalitions )?(?:non ?paper|paper|np)\b|^(?:and )?the (?:non ?paper|paper)\b|\bthe (?:non ?paper|paper) (?:say|says|consider|considers|see|sees|propose|proposes|suggest|suggests|put|puts|want|wants|keep|keeps)\b|\b(?:of|in|from|per|does|did|do) the (?:presidency s )?(?:non ?paper|np)\b|\b(?:per|in|from|according to) (?:non ?paper|np)\b|(?<!\b(?:on|about|to|into|regarding) (?:the )?)\bnp$|(?:^|\bthe )(?:non ?paper|np) (?:\w+ )?(?:mention|mentions|mentioned|call|calls|called|name|names|named|quote|quotes|quoted|talk|talks|list|lists|itself|say|says|said|state|states|stated|rate|rates)\b/.test(
      folded,
    ) ||
    // "np: what must be clear upfront", "np - one size fits all?": the paper typed as the heading of a question
    /^\s*(?:the\s+)?(?:non[- ]?paper|np)\s*(?:(?:para|paragraph)\s*\d{1,2}\s*)?[:\-–—,]/i.test(text)
      ? "paper"
      : /\b(?:according to|in|per|from|going by|based on) the (?:\w+ ){0,3}minutes\b/.test(folded)
        ? "minutes"
        : undefined;
  const selects = source === "paper" ? new Set(analyze("non paper presidency")) : new Set<string>();
  const verbStem = verb ? stem(verb) : undefined;
  // "one or two?", "2016 or 2017": the sides of a choice are what may answer, not facts the question states
  const choices = new Set([...folded.matchAll(/(\w+) or (\w+)/g)].flatMap((m) => [m[1] ?? "", m[2] ?? ""]));
  // the verb of "who proposed…" is checked on the speaker's sentences, not searched for
  // "which country…" asks who; "a target country", "the affected country" name what is asked about
  // (a State is asked about as a State Party, which "party" says)
  const topic = text.replace(/\b(which|what)\s+countr(?:y|ies)\b/gi, "$1");
  const nounStem = noun ? stem(noun.word) : undefined;
  // "nov figures?", "nz's figure for…": the kind of fact asked, when a figure is asked; "why don't the
  // figures match" asks about the figures
  const kind = type === "figure" ? FIGURE_WORD : undefined;
  const terms = analyze(topic).filter(
    (term) =>
      !ASKING.has(term) && !selects.has(term) && term !== verbStem && term !== nounStem && term !== kind,
  );
  // the verb asked about counts as a term, matched on the sentence by its synonyms ("asked", "enquired")
  if (verbStem) terms.push(verbStem);
  return {
    type,
    terms: [...new Set(terms)],
    alternatives: alternativesOf(folded),
    relativeTo: type === "date" ? relativeDays(folded) : [],
    verbs: verbsOf(words),
    deeds: verbsOf(words, true),
    country: /\bwhich (?:\w+ ){0,3}country\b/.test(folded),
    outcome:
      /^(?:and )?(?:has|have|had|did|was|were|is|are)\b.*\b(?:yet|in the end|finally|eventually|by now|so far|actually)\b/.test(
        folded,
      ),
    conditional: /^(?:and )?(?:when (?:could|would|should|might|can|may)|at what (?:stage|point))\b/.test(
      folded,
    ),
    subject: subjectOf(folded),
    whoseFund: whoseFundOf(folded),
    whoseFigure: whoseFigureOf(text),
    // (not "the deadline to hand in their list of priority States": a date, not the States, is asked)
    // ("of the 8 SPs still sitting on stockpiles, whose art 3 deadline comes up first": a State's name)
    states:
      type !== "date" &&
      type !== "figure" &&
      (STATES_NAMED.test(folded) ||
        STATES_WHICH.test(folded) ||
        /\bwhose (?:\w+ ){0,2}(?:deadline|contribution|payment|report|legislation|stockpiles?|programme)\b/.test(
          folded,
        )),
    // ("coalitions trust fund - who would administer it": the question after its heading)
    action:
      type === "who" && !asksSpeaker
        ? actionOf(fold(HEADING.exec(typed)?.[1] ?? folded))
        : authorAsked(typed),
    head: headOf(folded),
    findings:
      /\b(?:conclude|concludes|concluded|recommend|recommends|recommended|find|finds|found|findings|conclusions?|recommendations?)\b/.test(
        folded,
      ) &&
      /\b(?:paper|papers|report|reports|study|studies|analysis|review|guide|guidance|survey)\b/.test(folded),
    counted: countedOf(folded),
    money:
      type === "figure" &&
      (/\bhow many (?:chf|eur|euros?|usd|dollars?|francs?|swiss francs)\b/.test(folded) ||
        (/\bhow much\b|\b(?:cost|costs|budget|fee|fees|deficit|shortfall|spend|spent|paid|contributions?)\b/.test(
          folded,
        ) &&
          // "what share of SPs had paid": a proportion of States, not an amount
          !/\bhow many\b|\b(?:share|proportion|percentage|fraction|number) of\b|\bwhat share\b/.test(
            folded,
          ))),
    // ("cmc monitor briefing - start time?": a time of day, typed as a noun)
    time: /\b(?:what|which) time\b|\bwhat hour\b|\b(?:start|starting|end|ending|finish|kick ?off) time\b/.test(
      folded,
    ),
    room: ROOM_ASKED.test(folded),
    symbol: SYMBOL_ASKED.test(folded),
    often: /\bhow often\b|\bhow frequently\b/.test(folded),
    lasting:
      /\bhow long (?:is|are|will|would|does|do|should|can) (?:\w+ ){1,5}(?:last|run|exist)\b(?! (?:year|month|week|time|meeting)s?\b)/.test(
        folded,
      )
        ? "length"
        : /\bhow (?:long|many minutes) (?:does|do|did|will|would) (?:\w+ ){1,4}(?:get|have) (?:to|for)\b/.test(
              folded,
            )
          ? "allowed"
          : false,
    person:
      // ("who from the presidency is going to the beirut workshop": a person, by name)
      /^(?:and )?who from\b/.test(folded) ||
      /^(?:and )?(?:whos|who(?: is| s| are| was| were)?) (?:the |their |its |our )?(?:\w+ ){0,2}(?:contact|contacts|person|representative|rep|focal point|moderator|speaker)\b/.test(
        folded,
      ) ||
      // "the name of the director of the Lebanon Mine Action Centre": a person's name
      /\bnames? of (?:the |their |its |our )?(?:\w+ ){0,6}(?:director|directr|head|chief|contact|representative|rep|chair|chairperson|ambassador|minister|manager|official|moderator)\b/.test(
        folded,
      ) ||
      // "which UN officials did the President meet": people, by name
      /\bwhich (?:\w+ ){0,2}(?:officials|official|people|persons|person|individuals|envoys|diplomats)\b/.test(
        folded,
      ),
    percent: type === "figure" && /\bpercent(?:age)?\b|\bper cent\b|%/.test(typed.toLowerCase()),
    deadline: /\bdeadlines?\b|\bdue\b|\b(?:by|until|for) when\b/.test(folded),
    // ("where in SE asia was the first seminar held": a place within the region, not the region)
    city: /\b(?:which|what) (?:city|town)\b|\bwhere in\b/.test(folded),
    day: /\b(?:what|which) (?:exact |precise )?(?:date|day)\b|\b(?:exact|precise) (?:date|day)\b/.test(
      folded,
    ),
    // "where is NZ hosting…", "where will it be held": an event's venue, which a sentence without a place does not give
    venue:
      type === "place" &&
      /\b(?:host|hosts|hosting|hosted|held|hold|holding|take place|taking place|took place)\b/.test(folded),
    yearOf: yearsOf(folded),
    years: [...new Set(folded.match(/\b(?:19|20)\d\d\b/g) ?? [])],
    past: /^(?:what|which|how) (?:was|were|did)\b/.test(folded),
    ahead:
      /^(?:and )?(?:when|by when) (?:is|are|will|would|s)\b|\b(?:happening|upcoming|going to (?:be|take))\b/.test(
        folded,
      ),
    asksSpeaker,
    verb: verbStem,
    source,
    // ("the number of signatories France quoted - 19?": a figure offered to be checked may be the answer)
    own: ownFacts(text.replace(OFFERED_FOR_CHECKING, " ")).filter((word) => !choices.has(word)),
    typed: fold(typed),
  };
}
