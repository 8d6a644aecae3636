// The words a question is asked with rather than about: what kind of fact it
// asks ("how many", "which body"), and how it asks what someone said (the
// verbs and nouns of speech, typos and all).
import { typoDistance } from "../../domain/record-names/near-miss.ts";
import { analyze, cut, STOPWORDS } from "./vocabulary.ts";

export type AnswerType = "figure" | "date" | "place" | "who" | "reason" | "general";

/** Words that say what kind of fact is asked, not what it is about. */
export const ASKING = new Set(
  analyze(
    "how many much big large high long size amount number exact exactly total when date time day month deadline where place " +
      "venue located location held who whom which whose delegation delegations state why reason " +
      "happen happening kind sort say said tell told mention mentioned talk talked speak spoke latest recent " +
      "estimated current approximately roughly around ballpark city town early count tally percent percentage often frequently " +
      // "which body / institution / agency…" asks who, as "which delegation" does
      "body bodies institution institutions agency agencies " +
      // verbs that frame a question without naming its topic ("is it meant to…", "does the paper insist…")
      "insist insists suppose supposed mean meant owe owes deliver help use used need needs want intend intended " +
      "going able allowed like replace ready available done finished complete completed get got come came go went " +
      "look looking already getting " +
      // light verbs of a question ("does the paper see a role for…", "what caveat does it put on…")
      "see sees put puts give gives " +
      // the kind of circumstance asked ("in what setting", "in what format")
      "setting format manner " +
      // checking and quoting what a document says ("quote me the sentence", "which para", "is it correct that…")
      "correct accurate true anywhere sentence sentences quote quoted wording worded verbatim properly precisely " +
      "literally cite itself para paragraph read symbol " +
      // "chile's offer re the programme": "re" is "about"
      "re",
  ),
);

/** Verbs of speech: "who asked…", "what did Norway propose…" ask about what someone said. */
const SPEECH_WORDS = new Set(
  (
    "make made respond responded react reacted think thought feel felt welcome welcomed support " +
    "supported agree agreed argue argued explain explained clarify clarified ask asked enquired inquired " +
    "propose proposed suggest suggested raise raised recommend recommended offer offered apologise " +
    "apologize apologised apologized stress stressed say said mention mentioned express expressed worry " +
    "worried complain complained request requested call called insist insisted warn warned reply replied " +
    "answer answered object objected announce announced volunteer volunteered report reported push pushed " +
    "urge urged encourage encouraged advocate advocated back backed brief briefed repeat repeated indicate indicated confirm confirmed " +
    "add added note noted highlight highlighted emphasize emphasized emphasise emphasised underline underlined remark remarked " +
    // "what deadline did Biontino give France", "did France give any update": what the speaker said
    "give gave voice voiced " +
    // "did Chile speak on VA", "did Chile take the floor" (read as "speak")
    "speak spoke intervene intervened"
  ).split(" "),
);

/** The verb of speech typed, right or with one typo ("offerred" is "offered"), or undefined. */
export function speechVerb(word: string | undefined): string | undefined {
  if (word === undefined || SPEECH_WORDS.has(word)) return word;
  if (word.length < 5) return undefined;
  for (const known of SPEECH_WORDS)
    if (known[0] === word[0] && typoDistance(known, word, 1) <= 1) return known;
  return undefined;
}

/** Nouns of speech, as the verb the minutes report them with ("a remark" is anything said). */
const SPEECH_NOUNS = new Map(
  Object.entries({
    remark: "say",
    remarks: "say",
    intervention: "say",
    interventions: "say",
    comment: "say",
    comments: "say",
    statement: "say",
    input: "say",
    question: "ask",
    questions: "ask",
    // "australia's ask of the other coordinators"
    ask: "ask",
    proposal: "propose",
    proposals: "propose",
    suggestion: "suggest",
    suggestions: "suggest",
    gripe: "worry",
    gripes: "worry",
    complaint: "worry",
    complaints: "worry",
    objection: "worry",
    objections: "worry",
    offer: "offer",
    // "Zambia's message", "Zambia's plea", "the President's caveat", "any reservation"
    message: "say",
    messages: "say",
    plea: "request",
    appeal: "request",
    caveat: "worry",
    caveats: "worry",
    reservation: "worry",
    reservations: "worry",
    warning: "worry",
    advice: "recommend",
    // (a request is asked for: "requested", "asked")
    request: "ask",
    requests: "ask",
    // "Norway's position on the coalitions", "NZ's view", "any update from France", "Zambia's pledge"
    position: "say",
    positions: "say",
    view: "say",
    views: "say",
    stance: "say",
    announcement: "announce",
    commitment: "say",
    commitments: "say",
    pledge: "offer",
  }),
);

/** The first noun of speech typed, right or with one typo ("remrak", "propsal"), with its verb. */
export function speechNounOf(words: readonly string[]): { word: string; verb: string } | undefined {
  for (const word of words) {
    const verb = SPEECH_NOUNS.get(word);
    if (verb) return { word, verb };
    if (word.length < 6) continue;
    for (const [known, said] of SPEECH_NOUNS)
      if (known[0] === word[0] && typoDistance(known, word, 1) <= 1) return { word, verb: said };
  }
  return undefined;
}

/** "which room", "what conference room": a room is asked for, not the building. */
export const ROOM_ASKED =
  /\b(?:which|what) (?:conference |meeting )?room\b|^(?:and )?(?:the )?room (?:for|of)\b/;

const NOT_BEFORE_A_VERB = new Set(
  "the a an its their his her our your my this that these those of on in for to with by from at about land".split(
    " ",
  ),
);
const BEFORE_A_VERB = new Set(["to", "be", "been", "being"]);
const ADVERBS = new Set("actually already really finally eventually ever still just indeed".split(" "));
const AUXILIARY = new Set(
  "do does did will would to be been being is are was were has have had can could should must shall may might".split(
    " ",
  ),
);

/**
 * The question's words standing as verbs, as plain stems (no synonyms: "share" is no "present" here): after an auxiliary or "to" ("have to file", "will Germany
 * introduce") or with a verb's ending ("presenting", "isued"); "land release" names a method, no deed. `sure`:
 * only those with an ending or right after an auxiliary or adverb.
 */
export function verbsOf(words: readonly string[], sure = false): string[] {
  return words
    .filter(
      (word, i) =>
        !STOPWORDS.has(word) &&
        (/^\w{3,}(?:ing|ed)$/.test(word) ||
          // (a subject may follow an inverted auxiliary: "has Cameroon…"; never "to" or "been")
          (sure ? BEFORE_A_VERB : AUXILIARY).has(words[i - 1] ?? "") ||
          // "did Australia actually get": after an adverb of a verb
          ADVERBS.has(words[i - 1] ?? "") ||
          // "when did Costa Rica last submit": a few words after the auxiliary, not after an article or
          // preposition (which a name may also be: "has Cameroon's…"; not when only sure verbs are asked)
          (!sure &&
            words.slice(Math.max(0, i - 4), i).some((w) => AUXILIARY.has(w) && w !== "to") &&
            !NOT_BEFORE_A_VERB.has(words[i - 1] ?? ""))),
    )
    .map(cut);
}

export function answerTypeOf(typed: string): AnswerType {
  // "had Germany tabled the resolution when we met on 6/10": a "when" of the question's own time asks no date
  // ("how did the prez characterise reporting when he closed 5.6"; not "when we meet next", which asks it)
  const folded = typed.replace(
    /(?<=\w.*)\bwhen (?:we|they|you|he|she|i|the (?:cc|committee|president|prez|chair|director)) (?:last |first )?(?:met|spoke|\w{3,}ed)\b/g,
    " ",
  );
  if (
    /^(?:and )?(?:who|whom|which (?:delegation|delegations|country|countries|state|states|organi[sz]ation|organi[sz]ations|member|members|donor|donors|operator|operators|participant|participants))\b|\bwho(?:s| is| are| will| would)\b|\bwhose\b/.test(
      folded,
    )
  )
    return "who";
  if (
    /\bhow (?:many|much|big|large|high)\b|\bwhat (?:deficit|shortfall|amount|sum|fee|cost)\b|(?<!\b(?:asked|wondered|enquired|know) )\bwhat(?:s| is| s| was)? (?:the |its |their )?(?:\w+ ){0,3}(?:gap|deficit|shortfall)\b(?! in the (?:convention|ccm|treaty)| would)|\bwhat (?:is|was|s|are|were) (?:the |its |their )?(?:\w+ ){0,2}(?:budget|cost|price)\b|\bheadcount\b|^(?:and )?(?:the )?total (?:paid|received|contributed|amount|sum|contributions?|payments?)\b|\bwhat (?:is|was|s) the (?:amount|sum|total|figure)\b|\bestimated cost\b|\bwhat share\b|\b(?:page|word|head) count\b|\bpercentage\b|\bhow (?:is|was|are|were|will) (?:\w+ ){0,6}(?:split|divided|broken down|allocated|shared out)\b/.test(
      folded,
    ) ||
    // "the share of…" asks the figure, unless it is what someone spoke about ("what did the Dutch ask about
    // the non-voluntary share of ISU funding")
    (/\b(?:size|amount|number|count|tally|cost|share|percentage|total) of\b/.test(folded) &&
      !/^(?:and )?what (?:did|does|do|has|have|had) .*\b(?:about|on|regarding|concerning)\b (?:the |a |an |its |their )?(?:[\w]+ ){0,3}(?:size|amount|number|cost|share|percentage|total) of\b/.test(
        folded,
      ))
  )
    return "figure";
  if (
    /\b(?:when|what time|until when|how long|deadline|dates? of|dates|(?:cut ?off|due|exact|precise) (?:date|day)|(?:which|what|any|a) (?:exact |precise |target )?(?:month|year|day|date)|(?:start|starting|end|ending|finish|kick ?off) time|at what (?:point|stage))\b/.test(
      folded,
    )
  )
    return "date";
  // "nov figures?", "nz's figure for…": a figure asked by its noun (not "why don't the figures match")
  if (/\bfigures?\b(?! out\b)/.test(folded) && !/\b(?:why|how come)\b/.test(folded)) return "figure";
  if (
    /\bwhere\b|\bin which (?:city|country|countries|region|regions|place|venue)\b|\bwhich (?:city|venue|region|regions)\b/.test(
      folded,
    ) &&
    // "where do the coalitions stand", "where are we with Laos": how things are, not a place
    !/\bwhere (?:do|does|did|are|is|were|was) (?:\w+ ){0,5}(?:stand|standing|stood|at)\b|\bwhere are we\b|\bwhere things\b/.test(
      folded,
    )
  )
    return "place";
  if (/\bwhy\b|\bconcerns?\b|\bworr(?:y|ied|ies)\b|\breasons?\b|\brationale\b/.test(folded)) return "reason";
  return "general";
}
