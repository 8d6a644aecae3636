// Text as the rules read it: chat mentions out, contractions spelt out, then
// folded (lower case, no accents, punctuation to spaces).
import { fold } from "../../domain/names.ts";
import { typoDistance } from "../../domain/record-names/near-miss.ts";

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(who|what|where|when|how|that|it|there|here)['’]s\b/gi, "$1 is"],
  [/\bcan['’]t\b/gi, "cannot"],
  [/\bwon['’]t\b/gi, "will not"],
  [/\b(\w+)n['’]t\b/gi, "$1 not"],
  [/\b(\w+)['’](?:re)\b/gi, "$1 are"],
  [/\b(\w+)['’](?:ve)\b/gi, "$1 have"],
  [/\b(\w+)['’](?:ll)\b/gi, "$1 will"],
  [/\bI['’]m\b/g, "I am"],
];

/** Question words as typed in haste ("wich day", "waht time"): read as meant, before anything else reads them. */
const QUESTION_WORD_TYPOS: [RegExp, string][] = [
  [/\b(?:wich|whcih|wihch|whihc|whic)\b/gi, "which"],
  [/\b(?:wat|waht|whta|wht)\b/gi, "what"],
  [/\b(?:wehn|whne|whn)\b/gi, "when"],
  [/\b(?:wher|whre|wehre)\b/gi, "where"],
  [/\b(?:hwo)\b/gi, "how"],
  [/\b(?:untill|unitl|utnil)\b/gi, "until"],
];

/** A French or Spanish speaker's "assisted to the meeting" (assister à, asistir a) is "attended". */
const FALSE_FRIENDS: [RegExp, string][] = [
  [
    /\bassist(ed|s|ing)? (?:to|at) (?=(?:the |this |that |our |a |an )?(?:[\w/]+ ){0,3}(?:meeting|cc|session|workshop|seminar|conference|msp)s?\b)/gi,
    "attend$1 ",
  ],
];

/** The plain form of a verb of speech as typed after "what" by a French or Spanish speaker ("demander" is to ask). */
const SPEECH_BASE: Record<string, string> = {
  proposed: "propose",
  suggested: "suggest",
  asked: "ask",
  demanded: "ask",
  requested: "request",
  responded: "respond",
  replied: "reply",
  answered: "answer",
  said: "say",
  explained: "explain",
  offered: "offer",
  recommended: "recommend",
  wanted: "want",
  stressed: "stress",
  reported: "report",
  indicated: "indicate",
  presented: "present",
  announced: "announce",
  mentioned: "mention",
};

/**
 * "what demanded the Netherlands to Costa Rica", "what responded the director to that": the verb before its
 * subject, as French and Spanish put it, is "what did the Netherlands ask…". Only a subject that ends where
 * a preposition or the question does ("what proposed changes were made" is English as typed).
 */
const INVERTED = new RegExp(
  `\\b(what|how) (${Object.keys(SPEECH_BASE).join("|")}) ((?:the [\\w-]+(?: [\\w-]+)?)|[\\w-]+)(?= (?:to|about|on|at|regarding|concerning|in|for|with|of)\\b|\\s*[?,.]|$)`,
  "gi",
);

function subjectFirst(text: string): string {
  return text.replace(
    INVERTED,
    (_all, what: string, verb: string, subject: string) =>
      `${what} did ${subject} ${SPEECH_BASE[verb.toLowerCase()] ?? verb}`,
  );
}

/** Words the rules route by, with their own forms: a word one slip from one of them ("meeitng") is read as meant. */
const ROUTING_WORDS = new Set(
  (
    "meeting meetings minutes agenda agendas committee committees coordinator coordinators coalition coalitions " +
    "workshop workshops seminar seminars deadline deadlines attend attended attending attendance"
  ).split(" "),
);

function routingWord(word: string): string {
  if (word.length < 6 || ROUTING_WORDS.has(word.toLowerCase())) return word;
  const lower = word.toLowerCase();
  for (const known of ROUTING_WORDS)
    if (known[0] === lower[0] && typoDistance(known, lower, 1) <= 1) return known;
  return word;
}

/** The message without chat mentions or runs of whitespace. */
export function cleanMessage(raw: string): string {
  return (
    raw
      .replace(/<@[^>]+>/g, " ")
      .replace(/\p{Cf}|\p{Cc}/gu, " ")
      // "np ¶9": the paper's paragraph 9, as "para 9" is read
      .replace(/¶\s*(?=\d)/g, " para ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function expandContractions(text: string): string {
  return subjectFirst(
    [...QUESTION_WORD_TYPOS, ...FALSE_FRIENDS, ...CONTRACTIONS]
      .reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
      .replace(/\p{L}+/gu, routingWord),
  );
}

/** Folded, with "a-3"/"#3" kept together as "a 3" and "%" spelt out. */
export function foldMessage(text: string): string {
  return fold(plainMessage(text).replace(/%/g, " percent ").replace(/#(\d)/g, "a $1"));
}

/** Contractions spelt out and possessives dropped ("what's the ISU's deficit" -> "what is the ISU deficit"). */
export function plainMessage(text: string): string {
  return expandContractions(text).replace(/(\p{L})['’]s\b/gu, "$1");
}
