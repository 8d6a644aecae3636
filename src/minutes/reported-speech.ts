// Turns a first-person sentence said by a speaker into one minutes sentence in
// reported speech: "<Speaker> <reporting verb> that <clause>." (third person,
// past tense, time and place seen from the record). The clause is what is
// scored and read, so each pass (speech/*) is careful to leave alone what it
// does not understand: quotations, names, numbers and dates pass through.

import { backshift } from "./speech/backshift.ts";
import { lowerFirstWord } from "./speech/capitals.ts";
import { shiftDeixis } from "./speech/deixis.ts";
import { frame } from "./speech/framing.ts";
import { thirdPerson } from "./speech/persons.ts";
import { type Speaker, speakerFromName, speakerVoices, type Voices } from "./speech/speaker.ts";
import { render, type Token, tokenize } from "./speech/tokens.ts";
import { dropVocatives } from "./speech/vocatives.ts";

type Reported = { verb: string; link: string; clause: string };

/**
 * reportSpeech("Norway", "we will organise a workshop in Lebanon in November")
 * -> "Norway informed the meeting that it would organise a workshop in Lebanon in November."
 * The speaker is a name (read by its shape: "Ms. Hauge" is "she") or a speaker
 * on record (core/speaker-on-record.ts). An empty sentence gives "" (the CLI keeps such lines empty).
 */
export function reportSpeech(speaker: string | Speaker, sentence: string): string {
  const voices = speakerVoices(typeof speaker === "string" ? speakerFromName(speaker) : speaker);
  const parts = splitSentences(sentence.trim()).map((part) => safeClause(part, voices));
  const first = parts[0];
  if (!first) return "";
  const linked = (part: Reported) => [part.link, part.clause].filter(Boolean).join(" ");
  const clause = parts
    .map((part, n) => {
      if (n === 0) return linked(part);
      // "... that A and that B"; a question after a statement keeps its own verb: "and asked if B"
      const verb = part.verb === first.verb ? "" : `${part.verb} `;
      return `${n === parts.length - 1 ? "and " : ""}${verb}${linked(part)}`;
    })
    .join(parts.length > 2 ? ", " : " ");
  return `${voices.singular.name} ${first.verb} ${clause}.`;
}

/** The CLI answers line for line, so a sentence the passes cannot handle is reported unchanged. */
function safeClause(sentence: string, voices: Voices): Reported {
  try {
    return reportClause(sentence, voices);
  } catch {
    return { verb: "informed the meeting", link: "that", clause: sentence.replace(/[.!?]+$/, "") };
  }
}

function reportClause(sentence: string, voices: Voices): Reported {
  const tokens = dropVocatives(withoutFinalStop(tokenize(sentence)));
  const framed = frame(tokens, voices.singular);
  const plurality = (pronoun: string): boolean | undefined => {
    if (pronoun === "we") return voices.plural.plural;
    if (pronoun === "i") return voices.singular.plural;
    if (pronoun === "you" || pronoun === "they") return true;
    if (pronoun === "he" || pronoun === "she" || pronoun === "it") return false;
    return undefined;
  };
  const shifted = thirdPerson(shiftDeixis(backshift(framed.tokens, plurality)), voices);
  // A closing quotation keeps its words; its full stop moves outside, where the minutes sentence ends.
  const clause = render(lowerFirstWord(shifted)).replace(/\.(["”’'])$/u, "$1");
  return { verb: framed.verb, link: framed.link ?? "that", clause };
}

/** The final full stop (or "!" or ";") goes: the minutes sentence ends with its own. */
function withoutFinalStop(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === "punct" && /^[.!;:,]$/.test(tokens[end - 1]!.text)) end--;
  return tokens.slice(0, end);
}

const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|e\.g|i\.e|No|Art|para|St|vs)\.$/i;

/** Several sentences on one line become several "that" clauses of one minutes sentence. */
function splitSentences(text: string): string[] {
  if (!text) return [];
  const pieces: string[] = [];
  let current = "";
  for (const piece of text.split(/(?<=[.!?])\s+(?=["“‘]?\p{Lu})/u)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION_END.test(current) && !/\b\p{Lu}\.$/u.test(current)) {
      pieces.push(current);
      current = "";
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
