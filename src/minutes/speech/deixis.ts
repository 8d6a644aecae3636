// Time and place seen from the meeting's record rather than the speaker's
// moment: today -> that day, next week -> the following week, here -> there.

import { lower, type Token, word } from "./tokens.ts";
import { DETERMINERS, TIME_UNITS } from "./words.ts";

type Rule = {
  /** Lower-case words to match; "*unit" matches a time unit and is kept. */
  match: string[];
  to: string;
  /** The rule does not apply after a determiner ("the next week" stays). */
  freeStanding?: boolean;
  /** The rule does not apply before this word ("now that" stays). */
  notBefore?: string;
};

const RULES: Rule[] = [
  { match: ["the", "day", "after", "tomorrow"], to: "two days later" },
  { match: ["the", "day", "before", "yesterday"], to: "two days earlier" },
  { match: ["tomorrow", "*unit"], to: "the following *unit" },
  { match: ["yesterday", "*unit"], to: "the previous *unit" },
  { match: ["tomorrow's"], to: "the following day's" },
  { match: ["today's"], to: "that day's" },
  { match: ["yesterday's"], to: "the previous day's" },
  { match: ["tomorrow"], to: "the following day" },
  { match: ["yesterday"], to: "the previous day" },
  { match: ["today"], to: "that day" },
  { match: ["tonight"], to: "that night" },
  { match: ["next", "*unit"], to: "the following *unit", freeStanding: true },
  { match: ["last", "*unit"], to: "the previous *unit", freeStanding: true },
  { match: ["right", "now"], to: "at that moment" },
  { match: ["from", "now", "on"], to: "from then on" },
  { match: ["now"], to: "then", notBefore: "that" },
  { match: ["here"], to: "there" },
  { match: ["this"], to: "that" },
  { match: ["these"], to: "those" },
  { match: ["ago"], to: "before" },
  { match: ["all", "of", "you"], to: "all members" },
];

function matches(tokens: Token[], i: number, rule: Rule): string | undefined | false {
  let unit: string | undefined;
  for (let k = 0; k < rule.match.length; k++) {
    const token = tokens[i + k];
    if (token?.kind !== "word" || token.fixed) return false;
    const expected = rule.match[k]!;
    const w = token.text.toLowerCase();
    if (expected === "*unit") {
      if (!TIME_UNITS.has(w.replace(/s$/, ""))) return false;
      unit = token.text;
    } else if (w !== expected) return false;
  }
  if (rule.freeStanding && DETERMINERS.has(lower(tokens[i - 1]))) return false;
  if (rule.notBefore && lower(tokens[i + rule.match.length]) === rule.notBefore) return false;
  return unit;
}

export function shiftDeixis(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const hit = RULES.map((rule) => ({ rule, unit: matches(tokens, i, rule) })).find((m) => m.unit !== false);
    if (!hit) {
      out.push(token);
      i++;
      continue;
    }
    const text = hit.rule.to.replace("*unit", hit.unit || "");
    text.split(" ").forEach((piece, n) => {
      out.push(word(piece, n === 0 ? token.space : " "));
    });
    i += hit.rule.match.length;
  }
  return out;
}
