// The words a question and a record sentence are compared by: folded, cut to
// a rough stem, with the committee's own abbreviations spelt out ("VA",
// "SPs", "Laos") so that the way delegates type matches the way the minutes
// are written. Questions and sentences go through the same analysis.
import { fold } from "../../domain/names.ts";
import { plainIdioms } from "./idioms.ts";
import { SAME_THING, SPELT_OUT } from "./word-tables.ts";

/** Words that carry no topic of their own in a question or a sentence. */
export const STOPWORDS = new Set(
  (
    "a about above after again all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there " +
    "these they this those through to too under until up very was we were what whats when where which while who whom whos why will " +
    "with would you your yours yourself yourselves tell know say said says let us please anything something thing things " +
    "also much many e g eg ie according back first place exactly currently still yet ever s one must shall might may per ccm outside inside within beyond across among toward towards via far thus lately recently since soon " +
    // contractions typed without their apostrophe ("havent", "didnt")
    "havent hasnt hadnt didnt doesnt dont isnt arent wasnt werent wont cant couldnt shouldnt wouldnt " +
    "theyd theyll theyre theyve itll youd youll youre weve wed " +
    // pronouns of no one in particular, and function words typed in haste
    "anyone anybody everyone everybody someone somebody besides teh hte adn taht thier shuold shoudl woudl coudl wiht " +
    // a chat's fillers and hedges: "quick q", "honestly", "anything else", "apart from"
    "else quick q actually honestly basically apparently definitely definately really kindly precisely merely " +
    "strictly specially especially sorry pls plz gonna wanna gotta kinda bit anyway anyways overall nonetheless " +
    "apart every acording acord nutshell " +
    // words that frame a question, never its topic ("how confident does the paper sound", "how does it fit")
    "reckon confident confidnet upbeat sound sounds try trying tried fit fits usual usually rather stuff yes ought " +
    "altogether broadly actualy"
  ).split(" "),
);

/** Words cut before: a word is cut the same every time, and the checks of each candidate sentence cut many. */
const CUT = new Map<string, string>();

/** British spellings folded to American, common suffixes cut: "organisations" and "organized" are "organiz". */
export function cut(word: string): string {
  const known = CUT.get(word);
  if (known !== undefined) return known;
  const stemmed = cutAnew(word);
  // (bounded: words typed are unbounded, the records' are not)
  if (CUT.size > 50_000) CUT.clear();
  CUT.set(word, stemmed);
  return stemmed;
}

function cutAnew(word: string): string {
  let w = word
    .replace(/isation/g, "ization")
    // "organise", "apologised" (not "raise", "raised")
    .replace(/(?<=\w{4})is(e|ed|es|ing)$/, "iz$1")
    .replace(/^programme/, "program");
  if (w.endsWith("ies") && w.length >= 6) w = `${w.slice(0, -3)}y`;
  for (const suffix of [
    "ations",
    "ation",
    "ioned",
    "ioning",
    "ions",
    "ion",
    "ings",
    "ing",
    "ed",
    "es",
    "s",
  ]) {
    // "asked" is "ask", "sends" is "send"; longer suffixes leave at least four letters
    const least = suffix === "ed" || suffix === "s" || suffix === "ing" ? 3 : 4;
    // "mission" is no "miss", "passion" no "pass": a short stem in "ss" would be another word
    const short =
      suffix.startsWith("ion") && /ss$/.test(w.slice(0, -suffix.length)) && w.length - suffix.length <= 4;
    // "isued" is a misspelt "issued", not the ISU with an ending
    const aName = NAMES_AS_STEMS.has(w.slice(0, -suffix.length));
    if (w.endsWith(suffix) && w.length - suffix.length >= least && !w.endsWith("ss") && !short && !aName) {
      w = w.slice(0, -suffix.length);
      // "hoped", "hoping", "noted", "votes": the short stem had an "e" ("hope", "note", "vote")
      if (/^(?:ed|ing|es)$/.test(suffix) && w.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(w))
        w = `${w}e`;
      break;
    }
  }
  // "circulate" and "circulated" are one word
  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  return w;
}

/** Short names a word cut of its ending must not become ("isued" -> "isu"). */
const NAMES_AS_STEMS = new Set(["isu", "cmc", "cmcs"]);

export { cut as cutWord };

/** A rough stem: the word cut, then merged with the records' word for the same thing. */
export function stem(word: string): string {
  let w = cut(word);
  // "paid" is "pay", and "pay" is the records' "fund": follow the table to its end (a few steps at most)
  for (let step = 0; step < 3; step++) {
    const same = SAME_THING.get(w);
    if (same === undefined) break;
    const next = cut(same);
    if (next === w) break;
    w = next;
  }
  return w;
}

const ORDINALS: Record<string, string> = {
  first: "1",
  second: "2",
  third: "3",
  fourth: "4",
  fifth: "5",
  sixth: "6",
  seventh: "7",
  eighth: "8",
  ninth: "9",
  tenth: "10",
};
const ORDINAL_MSP =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+Meeting\s+of\s+(?:the\s+)?States\s+Parties\b/gi;

/** "who chaired the meeting": the minutes say who opened it (not "chairing the first committee", a UN body). */
export const CHAIRED =
  /\bchair(?:ed|s|ing)?\b(?= (?:it|this|that)\b(?! \w+ committee\b)| (?:the|our) (?!(?:\w+ )?committee\b(?! meeting))(?:\w+ ){0,2}(?:meeting|cc|session|one)\b| (?:the|our) (?:\w+ )?(?:coordination )?committee meeting\b| (?:the|our) (?:\w+ )?(?:cc|coordination committee)\b)/gi;

/** Folded words, possessives dropped ("Norway's" is Norway), abbreviations spelt out. */
export function words(text: string): string[] {
  return fold(
    plainIdioms(text)
      .replace(/['’]s\b/g, "")
      .replace(/\bhard cop/gi, "hardcop")
      // "the CCM does not have a dedicated mechanism": it lacks one ("what is missing from the CCM")
      .replace(/\b(?:does|do|did) not have\b/gi, "lacks")
      .replace(/\bmissing\b/gi, "lacking")
      // "SE Asia", "SEE": the regions by their initials
      .replace(/\bse (asia|europe)\b/gi, "south east $1")
      // "what is the approach called": what it is dubbed
      .replace(/\bwhat (is|are|was|were) ((?:\w+ ){1,5})(?:called|named|known as)\b/gi, "what $1 $2dubbed")
      // "Article 7 reports" are the transparency reports
      .replace(/\b(?:art(?:icle)?\.?\s*7)\s+(report)/gi, "transparency $1")
      // "cut off date", "taken in": the minutes' "deadline", "received"
      .replace(/\bcut[ -]off\b/gi, "cutoff")
      .replace(/\b(?:take|takes|took|taken|taking)\s+in\b/gi, "received")
      // "countries outside the treaty": the non-States Parties
      .replace(
        /\b(?:countries|states)(?: (?:that|which|who) (?:are|were))? (?:outside|not (?:in|party to|part of)) the (?:treaty|convention|ccm)\b/gi,
        "non-States Parties",
      )
      // "the non-members": the non-States Parties; "passed a law": adopted legislation
      .replace(/\bnon[- ]?members?\b/gi, "non-States Parties")
      .replace(
        /\b(?:pass|passes|passed|passing) (a |the |its |their |any )?((?:\w+ ){0,2})(?:law|laws|bill|bills)\b/gi,
        "adopted $1$2legislation",
      )
      // "when does the deadline fall": when it is
      .replace(/\b(deadline|date|meeting|it) (?:fall|falls)\b/gi, "$1")
      // "what's the point of the concept": its objective; "in real life": in a reality based context
      .replace(/\bthe (?:whole )?point of\b/gi, "the objective of")
      .replace(/\breal[- ](?:life|world)\b/gi, "reality")
      // "what else could coalitions clear": clearance, not the adjective ("a clear understanding")
      .replace(
        /\b(to|can|could|will|would|should|must|helps?|helped)((?: \w+)?) clear\b|\bclear(?:ed|ing)\b/gi,
        "$1$2 clearance",
      )
      // "what share of SPs": a proportion, not sharing something; "named a focal point": designated one
      .replace(/\b(what|which|the|a) share of\b/gi, "$1 proportion of")
      .replace(
        /\b(?:name|names|named|naming) (?:a |their |its |an )?((?:\w+ )?focal points?)\b/gi,
        "designated $1",
      )
      // "how promising": of what potential ("promised" is another word)
      .replace(/\bpromising\b/gi, "potential")
      // "go live": be online
      .replace(/\b(?:go|goes|going|went|gone) live\b/gi, "online")
      // "at what point": at what stage
      .replace(/\bat what point\b/gi, "at what stage")
      // "and Australia's point?": what it commented (the records write "point" only of focal points)
      .replace(/\b(?<!focal |contact )points?\b(?! (?:out|of contact)\b)/gi, "comment")
      // "go along with": agree
      .replace(/\b(?:go|goes|went|gone|going)\s+along\s+with\b/gi, "agreed with")
      // "footing the bill": paying
      .replace(/\b(?:foot|foots|footed|footing)\s+the\s+bill\b/gi, "funding")
      // "scale back", "cut down": the minutes say "reduce"
      .replace(/\b(?:scale|scales|scaled|scaling|cut|cuts|cutting)\s+(?:back|down)\b/gi, "reduce")
      // "signed off on", "let the Presidency know", "put aside", "try out", "closing words": the minutes'
      // "approved", "informed", "set aside", "test", "final remarks"
      .replace(/\b(?:sign|signs|signed|signing) off(?: on)?\b/gi, "approved")
      .replace(/\b(?:let|lets|letting) ((?:\w+ ){1,3})know\b/gi, "informed $1")
      .replace(/\b(?:put|puts|putting) (?:aside|apart)\b/gi, "set aside")
      // "the country holding the presidency": the Presidency
      .replace(
        /\bthe (?:country|state|delegation) (?:holding|that holds|which holds) the presidency\b/gi,
        "the Presidency",
      )
      .replace(/\b(?:try|tries|tried|trying) (?:it |them |this )?out\b/gi, "test")
      .replace(/\bclosing (?:words|remarks)\b/gi, "final remarks")
      .replace(/\bforeign ministry\b/gi, "foreign office")
      // "why does the President put so much weight on…": the minutes say he "stressed" it
      .replace(
        /\b(?:put|puts|putting|place|places|placed|placing|lay|lays|laid|laying) (?:so much |such |great |a lot of |much |more |special |particular )?(?:weight|emphasis|importance) on\b/gi,
        "stressed",
      )
      // "sent round": the minutes say "circulated"
      .replace(
        /\b(?:send|sends|sent|sending|go|goes|went|gone|going)\s+a?round\b|\b(?:go|goes|went|gone)\s+out\b/gi,
        "circulated",
      )
      // "it would cover the costs of the workshop": it would fund it
      .replace(
        /\bcover(?:s|ed|ing)?( (?:part|some|all|most) of)? (?:the |its |their )?(?:costs?|expenses)\b/gi,
        "funding$1",
      )
      // "the worst hit SPs": the most affected; "push forward": promote
      .replace(/\b(?:worst|hardest|badly|severely|heavily|most) (?:hit|affected)\b/gi, "most affected")
      .replace(/\b(?:push|pushes|pushed|pushing) (?:forward|ahead)\b/gi, "promote")
      // "who picked up the tab": who paid
      .replace(/\b(?:pick|picks|picked|picking) up the (?:tab|bill)\b/gi, "funding")
      // "the Sixth Meeting of States Parties" is the 6MSP
      .replace(
        ORDINAL_MSP,
        (_match, ordinal: string) => ` ${ORDINALS[ordinal.toLowerCase()] ?? ordinal.replace(/\D/g, "")}msp `,
      )
      // "the mine ban treaty", "the Ottawa Convention": the APMBC
      .replace(/\b(?:anti[- ]personnel )?(?:mine[- ]ban|ottawa) (?:treaty|convention)\b/gi, "APMBC")
      // "the mine ban crowd", "the mine ban intersessionals": the APMBC's
      .replace(/\b(?:anti[- ]personnel )?mine[- ]ban\b/gi, "APMBC")
      // "the 15th MSP", "15 MSP": the 15msp
      .replace(/\b(\d{1,2})(?:st|nd|rd|th)?\s*msp\b/gi, " $1msp ")
      // the minutes' ways of giving the floor say nothing of the topic ("In contributing to the discussion")
      .replace(/\b(?:in )?(?:its |their )?contribut\w* to the discussion\b/gi, " "),
  )
    .split(" ")
    .flatMap((word) => SPELT_OUT.get(word)?.split(" ") ?? [word])
    .filter(Boolean);
}

/** The terms a text is indexed and searched by: stems of its words other than stopwords. */
export function analyze(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stem)
    .filter((term) => !STOPWORDS.has(term));
}
