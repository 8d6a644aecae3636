// "Did Chile send the programme by 15 November?", "was the Beirut workshop held
// in the end?": whether something was done. When the sentence that speaks of it
// says only what was expected then ("offered to share … by 15 November", "would
// hold a workshop"), the records do not say whether it was done: the honest
// answer says so and quotes what was expected, rather than reading as a yes.
import type { Finding } from "../../../records/knowledge/find.ts";
import type { DocumentQuestion } from "../../../records/knowledge/question.ts";
import { namesDeed } from "../../../records/knowledge/sentence-checks.ts";
import { privateReply } from "../../reply.ts";
import { type Answer, DONT_KNOW_OPENING } from "./shared.ts";

/**
 * A past yes-or-no question on whether a deed was done by some time or in the end ("did Chile send it by 15
 * Nov", "was it held in the end"): not what was said at a meeting, nor a date or a standing state asked with it.
 */
const DONE_ASKED = /^(?:and |so )?(?:did|has|have|had|was|were)\b/;
const OUTCOME =
  /\b(?:in the end|actually|in fact|yet|finally|eventually|ever|afterwards|end up|ended up|as (?:planned|promised|scheduled|agreed|announced)|on the planned|take place|took place|taken place|happen|happened|since|come back|came back|got back|get back)\b|\b(?:take|takes|taken|took|taking) (?:\w+ ){1,3}up on\b|\baccepted it\b|\b(?:by|before) (?:\d|the end|end)/;
const ALSO_ASKED =
  /\b(?:when|what|which|who|whom|where|why|how|timeline)\b|\bor (?:is|was|are|were) (?:it |they )?still\b|\bor not\b/;
/** "as the director said": a reference to what was said, not the question. */
const AS_SAID = /\bas (?:the \w+|he|she|they|it|\w+) (?:said|promised|planned|announced|indicated)\b/;
const SPEECH =
  /\b(?:say|said|tell|told|mention|mentioned|report|reported|propose|proposed|suggest|suggested|ask|asked|offer|offered|confirm|confirmed|explain|explained|indicate|indicated|announce|announced|agree|agreed|express|expressed|raise|raised|promise|promised|comment|commented|expect|expected|intend|intended)\b/;

/** "which coords have actually done that since?": who did it afterwards, asked as whether anyone did. */
const WHO_DID = /^(?:and )?(?:which|who) (?:\w+ ){0,3}(?:have|has|had|did)\b/;
/** "did any capital come back with a position on that? which?": whether anyone did it, then which. */
const ANY_DID = /^(?:and )?(?:did|has|have) any(?:one|body| \w+)\b/;
/** "has it gone out?", "have they been sent", said after a heading ("costa rica's joint letter - has it gone out?"). */
const HAS_IT_BEEN =
  /\b(?:has|have) (?:it|they|that|this|these|those) (?:already |actually )?(?:gone|been|\w+ed)\b/;
/** "on which date was it actually sent - 14 oct as planned, or later?": the day it was done, not the day planned. */
const DAY_DONE_ASKED =
  /^(?:and )?(?:when|on (?:which|what) (?:date|day)|what date)\b.*\b(?:actually|in the end|finally|eventually|or later)\b/;

/** Whether the question asks if a deed was done, in one of the forms above, and not what someone said. */
function doneAsked(asked: string): boolean {
  // (a report as a thing is no speech: "SPs that never filed an initial report")
  if (
    SPEECH.test(
      asked.replace(/\b(?:initial|annual|transparency|final|national|an|a|the|its|their|7) reports?\b/g, " "),
    )
  )
    return false;
  if (DAY_DONE_ASKED.test(asked)) return true;
  if (WHO_DID.test(asked) || ANY_DID.test(asked))
    return OUTCOME.test(asked) && !/\b(?:when|what|where|why|how)\b/.test(asked);
  if (HAS_IT_BEEN.test(asked) && !ALSO_ASKED.test(asked)) return true;
  return DONE_ASKED.test(asked) && OUTCOME.test(asked) && !ALSO_ASKED.test(asked);
}

/** What a sentence puts as expected or asked of someone: "would hold", "offered to share", "asked France … to share". */
const EXPECTED =
  /\b(?:would|will|shall)\b|\bto be \w+ed\b|\bon track\b|\b(?:planned|intended|hoped|offered|undertook|committed|agreed) to\b|\b(?:proposed|suggested) that\b|\b(?:asked|invited|requested|called on|encouraged|urged) (?:\w+ ){1,4}to\b|\basked (?:if|whether)\b/i;
/** What a sentence states as done: "had been approved", "was issued", "had contributed". */
const DONE =
  /\b(?:had|has|have) (?:already )?(?:been )?\w+(?:ed|en|ne|id)\b|\b(?:was|were) (?:already )?\w+ed\b/gi;

/**
 * Does the sentence state the deed asked as done? Another deed done is no answer: "did France's contribution
 * arrive before the end of October" is not answered by "had been approved and would be transferred before the end
 * of October". With no deed read from the question ("was it held"), any deed done counts.
 */
function statesDone(text: string, deeds: readonly string[]): boolean {
  const done = [...text.matchAll(DONE)].map((m) => m[0]);
  return deeds.length === 0 ? done.length > 0 : done.some((said) => namesDeed(said, deeds));
}

/** The refusal, quoting what was expected, when the question asks whether it was done; else null. */
export function onlyExpected(question: DocumentQuestion, finding: Finding, where: string): Answer | null {
  // ("on the planned dates": the plan is no question of what was said)
  // (nor is an offer taken up: "taken Croatia up on its offer" asks whether it was accepted)
  const asked = question.typed
    .replace(AS_SAID, " as scheduled")
    .replace(/\bthe planned\b/, "the")
    .replace(/\b(up on|accepted|accept|took up|taken up) (?:\w+ ){0,2}offer\b/, "$1 it");
  if (!doneAsked(asked)) return null;
  const { text } = finding.sentence;
  if (!EXPECTED.test(text) || statesDone(text, question.deeds)) return null;
  return {
    intent: "unknown",
    replies: [
      privateReply(
        `${DONT_KNOW_OPENING}. The records say only what was expected then, not whether it was done (${where}):`,
        { sections: [{ text: `“${text}”`, context: "Quoted from the record, not summarised." }] },
      ),
    ],
  };
}
