// Whose fact a candidate sentence states: a fund or budget named as another's,
// a figure from another source, the States or the country it names, and what
// its speaker only responded to. A sentence stating another's fact does not
// answer a question asking for this one's.
import { namesCountry } from "../../domain/countries.ts";
import { fold } from "../../domain/names.ts";
import type { Knowledge, KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import { analyze, STOPWORDS } from "./vocabulary.ts";

/** "In response to concerns expressed regarding…": what the sentence opens on, its speaker did not say. */
const RESPONDING = /^(?:In (?:response|reply) to|Responding to|Replying to)\b[^,]*,/;

/** Whether the verb asked stands in the sentence after its opening "In response to …," clause. */
function speaksAfterResponse(sentence: string, verb: string): boolean {
  const rest = sentence.replace(RESPONDING, " ");
  return analyze(rest).some((term) => term.startsWith(verb));
}

/** The sentence names the fund or budget asked about as another's ("ISU Trust Fund"), and never the owner asked. */
export function fundOfAnother(
  sentence: KnowledgeSentence,
  [owner, head, trust]: readonly [string, string, boolean],
): boolean {
  if (trust && !/\btrust fund\b/i.test(`${sentence.text} ${sentence.passageText}`)) return true;
  if (sentence.ownTerms.has(owner) || sentence.carried.has(owner)) return false;
  // (the paragraph may name it: "contributions … amounting to CHF 334'186" under "the ISU Trust Fund")
  return [
    ...fold(`${sentence.text} ${sentence.passageText}`).matchAll(
      /\b([a-z]+)(?: ccm)? (?:trust )?(fund|budget|action plan)\b/g,
    ),
  ].some(
    ([, word, noun]) =>
      analyze(noun ?? "")[0] === head && !STOPWORDS.has(word ?? "") && analyze(word ?? "")[0] !== owner,
  );
}

/** "who voiced the concerns that UNODA answered": the speaker of "In response to concerns expressed…" only answered them. */
export function respondsOnly(sentence: string, verb: string): boolean {
  return RESPONDING.test(sentence) && !speaksAfterResponse(sentence, verb);
}

/** The sentence names a State the question does not: as its speaker when who spoke is asked, or otherwise. */
export function namesStates(
  knowledge: Knowledge,
  sentence: KnowledgeSentence,
  question: DocumentQuestion,
): boolean {
  if (question.asksSpeaker) return sentence.speaker !== null && knowledge.states.has(sentence.speaker);
  // (not the item's coordinators: "Croatia, speaking also on behalf of Mexico" lists no States)
  return sentence.mentioned.some(
    (d) => d !== sentence.speaker && knowledge.states.has(d) && !sentence.reference.includes(d),
  );
}

/** "which country did the Zagreb seminar single out": the sentence names a country (its speaker may be one). */
export function namesACountry(knowledge: Knowledge, sentence: KnowledgeSentence): boolean {
  return sentence.mentioned.some((d) => knowledge.states.has(d)) || namesCountry(sentence.text);
}

/** "the Monitor's count": the sentence names the source (not "according to the information available to the ISU-CCM"). */
export function namesSource(sentence: KnowledgeSentence, source: string): boolean {
  return sentence.ownTerms.has(source) || sentence.carried.has(source);
}
