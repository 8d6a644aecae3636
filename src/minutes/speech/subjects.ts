// The subject a present-tense verb would agree with, found by walking back
// from it to where its clause opens. Without a parser, "report" in "when
// States report late" and "plan" in "Coordinators on clearance plan a
// workshop" are verbs only because a subject precedes them: a noun phrase
// right after a clause opener, perhaps followed by prepositional phrases, a
// relative clause ("donors who support mine action need") or a parenthesis
// between commas ("the workshop, which takes place in Beirut, brings").

import { ALSO_NOUNS, verbForm } from "./lexicon.ts";
import { lower, type Token } from "./tokens.ts";
import { DETERMINERS, isAdverb, NOT_A_SUBJECT, PREPOSITIONS, SINGULAR_NAMES_IN_S } from "./words.ts";

export type Subject = { plural: boolean };

const OPENERS = new Set(
  "that when where if as because while although though once since until unless whereas so".split(" "),
);
/** What follows "and" in names of one State. */
const SECOND_NAME_HALVES = new Set([
  "herzegovina",
  "tobago",
  "barbuda",
  "nevis",
  "grenadines",
  "principe",
  "príncipe",
]);
/** Plurals without an -s: "our staff upload". */
const PLURAL_NOUNS = new Set(["people", "staff", "children", "women", "men"]);
const RELATIVES = new Set(["who", "which", "that", "whose", "where"]);
/** A subject runs this far back at most; further, the guess is worth less than leaving the word alone. */
const NOUN_PHRASE_LIMIT = 6;
const RELATIVE_LIMIT = 10;

export function subjectBefore(tokens: Token[], i: number): Subject | undefined {
  let at = i - 1;
  while (at >= 0 && tokens[at]!.kind === "word" && isAdverb(lower(tokens[at]))) at--;
  if (tokens[at]?.text === ",") {
    const open = parenthesisOpening(tokens, at);
    if (open === undefined) return undefined;
    at = open - 1;
  }
  // "the States that we targeted belong": an object relative clause ends on its verb
  if (tokens[at]?.fixed) {
    const relative = relativeOpening(tokens, at);
    return relative === undefined ? undefined : subjectEndingAt(tokens, relative - 1, 1);
  }
  return subjectEndingAt(tokens, at, 0);
}

/** The noun a relative "that" at `that` stands for ("countries" in "countries that need"); none after a verb. */
export function antecedentOf(tokens: Token[], that: number): Subject | undefined {
  const end = that - 1;
  const head = tokens[end];
  if (head?.kind !== "word" || head.fixed || !nounPhrase(tokens, end)) return undefined;
  const form = verbForm(lower(head));
  if (form && !ALSO_NOUNS.has(form.base) && !/^\p{Lu}/u.test(head.text)) return undefined;
  return { plural: isPlural(head) };
}

function isPlural(head: Token): boolean {
  const w = lower(head);
  return PLURAL_NOUNS.has(w) || (/[^s']s$/.test(w) && !SINGULAR_NAMES_IN_S.has(w));
}

/** The comma before ", which takes place in Beirut," when the words between are a relative clause. */
function parenthesisOpening(tokens: Token[], close: number): number | undefined {
  for (let k = close - 1; k >= Math.max(0, close - RELATIVE_LIMIT); k--) {
    if (tokens[k]!.kind !== "punct") continue;
    return tokens[k]!.text === "," && RELATIVES.has(lower(tokens[k + 1])) ? k : undefined;
  }
  return undefined;
}

function subjectEndingAt(tokens: Token[], end: number, depth: number): Subject | undefined {
  const phrase = nounPhrase(tokens, end);
  if (!phrase || depth > 3) return undefined;
  const plural = isPlural(tokens[end]!);
  const before = tokens[phrase.start - 1];
  const b = lower(before);
  if (!before || (before.kind === "punct" && before.text !== "," && before.text !== "(") || OPENERS.has(b))
    return { plural };
  if (before.text === ",") return { plural };
  // "Coordinators on clearance plan": the phrase belongs to the noun before the preposition
  if (PREPOSITIONS.has(b) && b !== "to") return subjectEndingAt(tokens, phrase.start - 2, depth + 1);
  if (b === "and") {
    const other = subjectEndingAt(tokens, phrase.start - 2, depth + 1);
    // "Bosnia and Herzegovina" is one State
    const oneName = SECOND_NAME_HALVES.has(lower(tokens[phrase.start]));
    return other && { plural: oneName ? other.plural : true };
  }
  const relative = relativeOpening(tokens, phrase.start - 1);
  return relative === undefined ? undefined : subjectEndingAt(tokens, relative - 1, depth + 1);
}

/** "who supported mine action": a relative pronoun, then a verb, before the phrase found. */
function relativeOpening(tokens: Token[], last: number): number | undefined {
  let verbSeen = false;
  for (let k = last; k >= Math.max(0, last - RELATIVE_LIMIT); k--) {
    const token = tokens[k]!;
    if (token.kind !== "word") return undefined;
    const w = lower(token);
    if (RELATIVES.has(w) && w !== "where") return verbSeen ? k : undefined;
    if (token.fixed || verbForm(w) || ["had", "was", "were", "would", "could"].includes(w)) verbSeen = true;
  }
  return undefined;
}

/** The noun phrase ending at `end` ("the national centre", "States Parties"): where it starts. */
function nounPhrase(tokens: Token[], end: number): { start: number } | undefined {
  let start = end + 1;
  for (let k = end; k >= Math.max(0, end - NOUN_PHRASE_LIMIT); k--) {
    const token = tokens[k]!;
    const w = lower(token);
    if (token.kind !== "word" || token.fixed) break;
    if (DETERMINERS.has(w)) {
      start = k;
      break;
    }
    if (NOT_A_SUBJECT.has(w) || OPENERS.has(w) || RELATIVES.has(w) || isAdverb(w)) break;
    // a verb's form is a noun after a determiner: "the approach works"
    const form = verbForm(w);
    const determined = DETERMINERS.has(lower(tokens[k - 1]));
    if (form && !ALSO_NOUNS.has(form.base) && !/^\p{Lu}/u.test(token.text) && !determined) break;
    start = k;
  }
  return start <= end ? { start } : undefined;
}
