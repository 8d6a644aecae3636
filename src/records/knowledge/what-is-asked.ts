// What a candidate sentence must say for the question asked, whatever its words
// share with it: a finding rather than the announcement of a paper, the fund,
// source, group, subject, person, States or country asked about, a meeting held,
// a kind named. Read by find.ts for each candidate.
import { fold } from "../../domain/names.ts";
import { PERSON_NAMED, REASON } from "./answer-types.ts";
import { ASKED_AND_SAID } from "./asked-and-said.ts";
import type { Knowledge, KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import { knownTerm } from "./read-term.ts";
import { ANNOUNCED, asksItself, countsAnotherGroup, PROMISE } from "./sentence-checks.ts";
import { analyze, CHAIRED } from "./vocabulary.ts";
import { fundOfAnother, namesACountry, namesSource, namesStates } from "./whose.ts";

/** True when the sentence does not say what the question asks, however many of its words it shares. */
export function missesWhatIsAsked(
  knowledge: Knowledge,
  sentence: KnowledgeSentence,
  question: DocumentQuestion,
  /** "the reason for its concept note being late": what is explained, as the records spell it. */
  explained: readonly string[],
): boolean {
  if (question.past && question.head !== undefined && PROMISE.test(sentence.text)) return true;
  if (saysNoneHeld(sentence.text, question.typed) || namesNoKind(sentence, question.typed)) return true;
  // "what did the Swiss background paper conclude": the sentence announcing the paper holds no finding of it
  if (question.findings && ANNOUNCED.test(sentence.text)) return true;
  // "how much would go into the coalitions trust fund": not the ISU Trust Fund
  if (question.whoseFund && fundOfAnother(sentence, question.whoseFund)) return true;
  // "the Monitor's count of SPs with legislation": not a figure "according to the information available to the ISU"
  if (question.whoseFigure && !namesSource(sentence, question.whoseFigure)) return true;
  // "the 12 SPs that keep CMs": not "each of the eight States Parties"
  if (countsAnotherGroup(sentence.text, question)) return true;
  // "do coalitions have to send an annual report": a sentence on States' reports says nothing of coalitions
  const subject = question.subject;
  if (subject && ![sentence.ownTerms, sentence.carried, sentence.passageTerms].some((t) => t.has(subject)))
    return true;
  // "what reason did Norway give for its concept note being late": a sentence not saying what is explained
  if (explained.length > 0 && !explained.some((d) => sentence.ownTerms.has(d) || sentence.carried.has(d)))
    return true;
  if (forAnotherPurpose(knowledge, sentence.text, sentence.passageText, question.typed)) return true;
  if (thingHadUnsaid(knowledge, sentence, question.typed)) return true;
  // "who's chairing the First Committee": a body other than a meeting of ours is chaired only where the word is said
  if (CHAIR_ASKED.test(question.typed) && !meetingChaired(question.typed) && !/\bchair/i.test(sentence.text))
    return true;
  // "smaller donor states - does the np name any? which ones?": a sentence listing none by name names none
  if (NAMES_ASKED.test(question.typed) && !listsNewNames(sentence.text, question.typed)) return true;
  // "what costs does art 14 make SPs pay for": not "those provided for in Article 14", which points to its text
  if (missesArticle(sentence, question.typed)) return true;
  // "did NZ explain why…", "any replies in yet?", "word or pdf?": only a sentence saying that kind of thing
  if (ASKED_AND_SAID.some(([asked, said]) => asked.test(question.typed) && !said.test(sentence.text)))
    return true;
  // "why did the Presidency pay for Zagreb itself instead of going to the EU": a reason said of that deed, not the
  // next sentence of its paragraph
  if (
    CHOICE_WHY.test(question.typed) &&
    !(REASON.test(sentence.text) && saysVerbOf(knowledge, sentence, question))
  )
    return true;
  // "Norway's reaction to the trust fund idea": not what Norway said before the idea was raised
  if (beforeWhatItAnswers(knowledge, sentence, question)) return true;
  // "what would the letter actually say?": only a sentence telling what the paper says, not that it would be sent
  if (contentUnsaid(sentence.text, question.typed)) return true;
  // "who's the UNMAS contact…": only a sentence naming a person names the person asked for
  if (question.person && !PERSON_NAMED.test(sentence.text)) return true;
  // "names of the 8 states…", "which SPs have arrears": a sentence naming no State (the ISU is none) does not answer
  if (question.states && !namesStates(knowledge, sentence, question)) return true;
  // "which country did the Zagreb seminar single out": a sentence naming no country (its speaker may be one)
  if (question.country && !namesACountry(knowledge, sentence)) return true;
  // "who would coordinate a coalition" is not answered by "the Netherlands asked who would coordinate…"
  if (question.action !== undefined && asksItself(sentence.text, question.action)) return true;
  return false;
}

/** "which seminar on the coalitions was held in the Caucasus": which of the meetings held is asked. */
const WHICH_HELD =
  /^(?:and )?which (?:\w+ ){0,3}(?:seminars?|workshops?|meetings?|events?)\b.*\b(?:was|were) (?:\w+ )?(?:held|organi[sz]ed|hosted|convened)\b/;
const HELD = /\b(?:held|took place|hosted|convened|organi[sz]ed)\b/i;

/**
 * "Which seminar on the coalitions was held in the Caucasus": only a sentence saying a meeting was held answers,
 * not "requested funding for future workshops in South East Asia, the Caucasus…".
 */
function saysNoneHeld(sentence: string, typed: string): boolean {
  return WHICH_HELD.test(typed) && !HELD.test(sentence);
}

/** "what types of cluster munitions were used": the things whose kind is asked. */
const KIND_ASKED = /\b(?:what|which) (?:types?|kinds?|sorts?) of ((?:\w+ )?\w+)/;
/** Words before a noun that say nothing of its kind. */
const NO_KIND = new Set(
  "of the a an its their these those this that such on for to with and or in at by from new any".split(" "),
);
const KIND_AFTER = /^(?:like|such|including|namely|eg)$/;

/**
 * "What types of cluster munitions were used in Yemen": not "had recorded new use of cluster munitions in Syria
 * and Yemen", which names the thing with no word of its kind ("concrete challenges like…", "an informal framework"
 * do). False when the sentence does not name the thing.
 */
function namesNoKind(sentence: KnowledgeSentence, typed: string): boolean {
  const kind = KIND_ASKED.exec(typed)?.[1];
  if (kind === undefined) return false;
  const asked = analyze(kind);
  const { words } = sentence;
  const head = asked.findLast((term) => words.some(([, t]) => t === term));
  if (head === undefined) return false;
  return words.every(([, term], i) => {
    if (term !== head) return true;
    let start = i;
    while (start > 0 && asked.includes(words[start - 1]?.[1] ?? "")) start -= 1;
    const before = words[start - 1]?.[0];
    return (before === undefined || NO_KIND.has(before)) && !KIND_AFTER.test(words[i + 1]?.[0] ?? "");
  });
}

/** "a focal point for transparency reporting": a thing of two words and what it is for. */
const FOR_WHAT = /\b([a-z]+ [a-z]+) for (?:the |a |an |its |their )?([a-z]+)/g;
const NO_PURPOSE =
  /ing$|^(?:this|that|next|last|each|every|all|example|instance|now|later|years?|months?|weeks?|days?)$/;

/**
 * "How many States Parties have designated a focal point for transparency reporting": not "a focal point for
 * victim assistance": the thing asked, named for another purpose (whatever else the sentence says). A purpose is no
 * doing or time ("for passing on the files", "for this year").
 */
function forAnotherPurpose(knowledge: Knowledge, sentence: string, passage: string, typed: string): boolean {
  // (most questions ask nothing for a purpose: this runs for every candidate)
  if (!typed.includes(" for ")) return false;
  const said = fold(sentence);
  return [...typed.matchAll(FOR_WHAT)].some(([, thing = "", purpose = ""]) => {
    const [typedPurpose] = analyze(purpose);
    if (NO_PURPOSE.test(purpose) || typedPurpose === undefined) return false;
    // (as the records spell it: "partnerhsips" are partnerships)
    const asked = knownTerm(knowledge, typedPurpose) ?? typedPurpose;
    // (of two words that name a thing: not "in spanish for latin america"; as the records spell them: "legislaton")
    const named = analyze(thing).map((term) => knownTerm(knowledge, term) ?? term);
    if (named.length < 2) return false;
    const purposeOf = (text: string) =>
      [...text.matchAll(FOR_WHAT)].find(
        ([, saidThing = ""]) => analyze(saidThing).join(" ") === named.join(" "),
      )?.[2];
    // ("should designate such a focal point": the one the paragraph said before)
    const such = [...said.matchAll(/\bsuch (?:a |an )?([a-z]+ [a-z]+)/g)].some(
      ([, saidThing = ""]) => analyze(saidThing).join(" ") === named.join(" "),
    );
    const other = purposeOf(said) ?? (such ? purposeOf(fold(passage)) : undefined);
    return other !== undefined && !NO_PURPOSE.test(other) && analyze(other)[0] !== asked;
  });
}

/** "does the icrc also have model legislaton for…": the thing a yes/no question asks whether someone has. */
const HAVE_ASKED =
  /^(?:and )?(?:does|do|did|has|have) (?:the )?[a-z]+(?: [a-z]+)? (?:also |still |already |even )?(?:have|has|had|got|hold|holds|keep|keeps) (?:a |an |any |some |the |its |their )?((?:[a-z]+ ){0,2}[a-z]+?)(?= for\b| per\b| on\b| in\b| at\b|$)/;

/**
 * "does the icrc also have model legislaton for civil law states": only a sentence naming what is had answers, not
 * "a guidance document … with the help of civil society", which shares a word of its purpose (and whose
 * paragraph's "national legislation" is another's).
 */
function thingHadUnsaid(knowledge: Knowledge, sentence: KnowledgeSentence, typed: string): boolean {
  const thing = HAVE_ASKED.exec(typed)?.[1];
  if (thing === undefined) return false;
  const [head] = analyze(thing).slice(-1);
  // (a word the records never use, "tips", may be put otherwise: "suggested")
  const known = head === undefined ? null : knownTerm(knowledge, head);
  return known !== null && !sentence.ownTerms.has(known);
}

const CHAIR_ASKED = /^(?:and )?(?:who|whos)(?: is| was| will| would)?(?: be)? chair(?:s|ed|ing)?\b/;

/** "who chaired the 4 nov meeting": a meeting of the committee, whose minutes say who opened it. */
function meetingChaired(typed: string): boolean {
  return new RegExp(CHAIRED.source).test(typed);
}

/** "art 14", "under Article 3": an article of the Convention the question names. */
const ARTICLE_NAMED = /\bart(?:icle)? ?(\d+)\b/;
/** "what costs does art 14 make SPs pay for", "what does article 7 require": what an article itself says. */
const ARTICLE_SAYS = /^(?:and )?what (?:\w+ ){0,3}(?:does|do|did|would|will) (?:the )?art(?:icle)? ?\d+\b/;
/** "what must States do under art 5": what is done by an article, said where the article is. */
const UNDER_ARTICLE = /\bunder (?:the )?art(?:icle)? ?\d+\b/;
/** "those provided for in Article 14": the words that send a reader to another text instead of saying it. */
const POINTER =
  /\b(?:provided for|set out|laid down|referred to|listed|specified|stipulated|contained|foreseen) in (?:the )?$/i;

/**
 * "What must States do under art 5": not a sentence on Article 6.1, another article, nor one whose paragraph names
 * none or only others. When what the article says is asked, a sentence not naming it or naming it only to point to it ("those
 * provided for in Article 14") says nothing of it either.
 */
function missesArticle(sentence: KnowledgeSentence, typed: string): boolean {
  const article = ARTICLE_NAMED.exec(typed)?.[1];
  if (article === undefined) return false;
  const articlesOf = (text: string) => [...text.matchAll(/\bArt(?:icle|\.)? ?(\d+)/gi)];
  const named = articlesOf(sentence.text);
  const asked = named.filter((m) => m[1] === article);
  // (what is done under it may be said after its paragraph names it: "It would also…"; a paragraph naming only
  // another article is on that one)
  if (asked.length === 0) {
    if (named.length > 0 || ARTICLE_SAYS.test(typed)) return true;
    const inParagraph = articlesOf(sentence.passageText);
    return (
      !inParagraph.some((m) => m[1] === article) && (inParagraph.length > 0 || UNDER_ARTICLE.test(typed))
    );
  }
  return ARTICLE_SAYS.test(typed) && asked.every((m) => POINTER.test(sentence.text.slice(0, m.index)));
}

/** "why X instead of Y": the reason for a choice. */
const CHOICE_WHY = /^(?:and |so )?why\b.*\b(?:instead of|rather than)\b/;

/** The sentence itself says one of the question's verbs, as the records spell it ("pay": "financed"). */
function saysVerbOf(knowledge: Knowledge, sentence: KnowledgeSentence, question: DocumentQuestion): boolean {
  return question.verbs.some((verb) =>
    analyze(verb).some((term) => sentence.ownTerms.has(knownTerm(knowledge, term) ?? term)),
  );
}

/** "Norway's reaction to…", "how did the Dutch respond to…": what a speaker said after another's words. */
const REACTION_ASKED = /\b(?:reactions?|responses?|react|reacted|respond|responded)\b/;
const [REACT] = analyze("reaction");

/**
 * "Norway's reaction to the trust fund idea": a sentence of the speaker's said before the one raising what the
 * question names (by another speaker of the same item: "the President mentioned the idea of … a specific trust
 * fund") is no reaction to it.
 */
function beforeWhatItAnswers(
  knowledge: Knowledge,
  sentence: KnowledgeSentence,
  question: DocumentQuestion,
): boolean {
  if (!REACTION_ASKED.test(question.typed) || sentence.speaker === null || sentence.agendaNumber === null)
    return false;
  const own = new Set(analyze(sentence.speaker));
  const topic = question.terms
    .filter((t) => t !== REACT && !own.has(t) && !/^\d/.test(t))
    .map((t) => knownTerm(knowledge, t))
    .filter((t): t is string => t !== null);
  if (topic.length < 2) return false;
  const raised = knowledge.sentences.find(
    (s) =>
      s.meetingId === sentence.meetingId &&
      s.agendaNumber === sentence.agendaNumber &&
      s.speaker !== sentence.speaker &&
      topic.filter((t) => s.ownTerms.has(t)).length >= topic.length - (topic.length >= 3 ? 1 : 0),
  );
  return raised !== undefined && raised.id > sentence.id;
}

/** "what would the letter actually say", "what does the template contain": what a paper says. */
const CONTENT_ASKED =
  /\bwhat (?:would|will|does|did|do|is|was) (?:the |that |this |its |their )?(letter|note|paper|template|guide|guidance|report|statement)s? (?:\w+ )?(?:say|said|says|contain|contains|read|reads|state|states|cover|covers|in it)\b/;
/** Words after a paper's name that tell what it says: "a letter reminding them…", "a template … with five sections". */
const CONTENT_TOLD =
  /^(?:\W*\w+){0,8}?\W*(?:remind|urg|encourag|inform|asking|calling|stating|explain|setting out|outlin|contain|section|cover|that\b|on how|on the)/i;

/** The question asks what a paper says and the sentence names the paper without telling what it says. */
function contentUnsaid(sentence: string, typed: string): boolean {
  const paper = CONTENT_ASKED.exec(typed)?.[1];
  if (paper === undefined) return false;
  const named = [...sentence.matchAll(new RegExp(`\\b${paper}s?\\b`, "gi"))];
  return (
    named.length > 0 && named.every((m) => !CONTENT_TOLD.test(sentence.slice((m.index ?? 0) + m[0].length)))
  );
}

/**
 * "does it name any?", "need names", "which field offices", "names?", "name the rest", "which 12?", "which states did they mean",
 * "which capitals are on the list": instances asked for by name (not "which SPs?", which a description answers).
 */
const NAMES_ASKED = new RegExp(
  [
    "\\b(?:name any|names any|need (?:the )?n(?:a)?mes|which (?:\\w+ ){0,2}(?:offices|operators|forces|experts|ngos|partners))\\b",
    "\\bnames?(?: for the \\w+)?$|\\bname the (?:rest|others)\\b|^(?:and )?which \\d+$",
    // ("smaller SPs getting invoices too late - which ones?": States a description already gave, asked by name)
    "\\b(?:sps|states|countries|states parties)\\b.*\\bwhich ones$|\\bwhich non ?(?:sps|states parties)$",
    "\\bwhich (?:\\w+ ){0,2}\\w+ (?:did|does|do) (?:they|he|she|it) (?:mean|list|name|have in mind)\\b|\\bwhich (?:\\w+ ){0,2}\\w+ (?:are|were) on the list\\b",
  ].join("|"),
);
/** Names given as instances: "such as the GICHD", "(e.g., ICRC…)", "like Vietnam", "Italy and Chile". */
const LISTS_NAMES =
  /\b(?:such as|like|including|namely|e\.\s?g\.?|notably|in particular)\s+(?:the\s+)?([A-Z][\w-]+)|\(\s*(?:e\.\s?g\.?,?\s*)?([A-Z][\w-]+)|\b([A-Z][\w-]+)(?:,\s+[A-Z][\w-]+)*,?\s+and\s+([A-Z][\w-]+)/g;

/** "which operators": the kind whose instances are asked for by name. */
const KIND_NAMED = /\bwhich (?:\w+ ){0,2}(offices|operators|forces|experts|ngos|partners)\b/;

/**
 * The sentence lists a name the question does not itself give ("used by which forces" is not "in Syria and Yemen"),
 * as one of the kind asked: "which operators" is not "international organizations such as the ICRC".
 */
function listsNewNames(sentence: string, typed: string): boolean {
  const kind = analyze(KIND_NAMED.exec(typed)?.[1] ?? "")[0];
  return [...sentence.matchAll(LISTS_NAMES)].some(
    (m) =>
      (kind === undefined ||
        analyze(sentence.slice(0, m.index).split(/\s+/).slice(-3).join(" ")).includes(kind)) &&
      m.slice(1).some((name) => name !== undefined && !typed.includes(name.toLowerCase())),
  );
}
