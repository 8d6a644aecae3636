// Closed word classes the rewriter reasons with.

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const MODALS = set("will would shall should can could cannot may might must ought");

export const SUBJECT_PRONOUNS = set("i we you he she it they who which");

export const DETERMINERS = set(
  "the a an this that these those our your its their his her my any all some no each every both several many few more most such another other",
);

export const PREPOSITIONS = set(
  "of in on at by for with from to into onto about under over after before during through between among against towards toward within without upon via per since until",
);

export const CONJUNCTIONS = set(
  "and or but nor so yet if because although though while whereas when unless as than",
);

/** Words that, before a candidate verb, make it a noun or an infinitive rather than a finite verb. */
export const NOT_A_SUBJECT = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...MODALS,
  ..."not to be been being is are am was were has have had do does did also".split(" "),
]);

/** Adverbs that may sit between a subject and its verb ("we also support", "it has already been"). */
const ADVERBS = set(
  "also still already fully strongly firmly currently only just further therefore thus hereby indeed always never usually generally often really certainly clearly particularly especially greatly deeply warmly sincerely kindly once again jointly actively truly fully very now then soon hence equally likewise all both together",
);

/** -ly words that are verbs, not adverbs. */
const LY_VERBS = set("apply reply rely supply comply");

export function isAdverb(lowerWord: string): boolean {
  if (ADVERBS.has(lowerWord)) return true;
  return lowerWord.length > 4 && lowerWord.endsWith("ly") && !LY_VERBS.has(lowerWord);
}

/** Adjectives found after "is"/"are" in a question's subject ("is the report ready"). */
export const PREDICATE_ADJECTIVES = set(
  "ready available possible necessary sure certain clear aware able willing likely open free final complete responsible interested prepared",
);

export const TIME_UNITS = set(
  "week month year session quarter semester weekend morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december spring summer autumn winter",
);

/** Common nouns that may open a sentence and so arrive capitalised ("Mine action ..."). */
export const COMMON_NOUNS = set(
  "mine mines clearance stockpile stockpiles victim victims survivors assistance cooperation universalization universalisation transparency implementation coordination work support progress funding funds contributions donors operators countries parties coalition coalitions workshop workshops seminar seminars meeting meetings report reports update updates plan plans document documents budget resources data information guidance legislation deadline deadlines activities efforts contamination munitions weapons demining education risk training awareness dialogue partnerships priorities challenges needs members delegations participants experts staff everyone nobody something nothing everything several",
);

/** Names that end in "s" and are not plurals. */
export const SINGULAR_NAMES_IN_S = set(
  "netherlands philippines bahamas comoros seychelles maldives barbados honduras mauritius cyprus belarus laos paris brussels emirates marshall solomon",
);
