// What a follow-up takes from the message before it: the sentence just quoted
// ("who said that", "what answer did they get"), its words ("and the Zagreb
// one?") and its question asked again of another delegation ("and the French?").
import type { Constraints } from "../../../records/knowledge/constraints.ts";
import type { Knowledge, KnowledgeSentence } from "../../../records/knowledge/knowledge.ts";
import type { RecordTurn } from "../memory.ts";

/** The previous answer's sentence, if it is still the same sentence of the same knowledge. */
export function previousSentence(
  knowledge: Knowledge,
  turn: RecordTurn | undefined,
): KnowledgeSentence | undefined {
  if (!turn) return undefined;
  const sentence = knowledge.sentences[turn.sentenceId];
  return sentence && sentence.text === turn.text ? sentence : undefined;
}

const ANAPHORA =
  /^(?:and|so|but|then)\b|\b(?:that|this|those|these|it|its|they|them|their|there|he|she|his|her|the same|one)\b/;

/** A message that leans on the one before: it starts "and", points back, or says too little on its own. */
export function leansOnPrevious(folded: string, terms: number): boolean {
  // ("who takes part in a country coalition": a question of its own, with a question word and a topic of two
  // words, stands alone; "what did Norway say" does not)
  return ANAPHORA.test(folded) || terms <= 1 || (terms <= 2 && !OWN_QUESTION.test(folded));
}

const OWN_QUESTION = /^(?:who|whom|what|which|where|when|how|why)\b/;

/** "and the French?", "and Australia's point?": a few words with no question word of their own, after "and". */
export function sameAskedOf(folded: string, terms: number): boolean {
  return (
    /^(?:and|what about|how about)\b/.test(folded) &&
    terms <= 2 &&
    !/\b(?:what|when|where|who|whom|whose|how|why|which)\b/.test(folded.replace(/^(?:what|how) about\b/, ""))
  );
}

export const WHO_SAID_THAT =
  /^(?:and )?who (?:said|says|asked|proposed|suggested|raised|mentioned|made|stated) (?:that|this|it)(?:$| (?:at|on|in|during|first|then|again|point|one|remark|comment)\b)/;

/** "what answer did they get", "what did the director say back": the reply to what the previous answer quoted. */
export const REPLY_ASKED =
  /\b(?:answer|answers|answered|reply|replies|replied|respond|responds|responded|response|(?:say|said|get|got|come|came|write|wrote) back)\b/;

/** Words that reply: "Australia replied…", "in response to Chile's question…". */
const REPLYING = /\b(?:repl(?:y|ied|ies|ying)|respon(?:se|ded|ds|ding)|answer(?:ed|ing|s)?)\b/i;

/**
 * The reply: later words of the same item spoken by someone else (by the delegation asked about, if the
 * question names one). Words that take up the asker by name ("With regards to Norway's question about
 * funding, the President mentioned…") come first, however late; then a sentence that says it replies; then
 * the nearest.
 */
export function replyTo(
  knowledge: Knowledge,
  said: KnowledgeSentence,
  by: string | undefined,
): KnowledgeSentence | undefined {
  let best: { sentence: KnowledgeSentence; score: number } | undefined;
  for (let distance = 1; distance <= 12; distance++) {
    const next = knowledge.sentences[said.id + distance];
    if (!next || next.source !== said.source || next.agendaNumber !== said.agendaNumber) break;
    if (!next.speaker || next.speaker === said.speaker || (by !== undefined && next.speaker !== by)) continue;
    const replies = REPLYING.test(next.text);
    const toAsker = replies || /\b(?:question|query|concern|request|regards? to)\b/i.test(next.text);
    const takesUpAsker = toAsker && said.speaker !== null && next.mentioned.includes(said.speaker);
    const score = (takesUpAsker ? 10 : 0) + (replies ? 2 : 0) - 0.3 * distance;
    if (!best || score > best.score) best = { sentence: next, score };
  }
  return best?.sentence;
}

/** The constraints of a question read on its own: without what a follow-up takes over from the message before. */
export function standingAlone(
  constraints: Constraints,
  followUp: boolean,
  ownMeeting: boolean,
  ownNames: boolean,
): Constraints {
  const { previous } = constraints;
  const alone: Constraints = {
    ...constraints,
    previous: previous?.sentenceId === undefined ? undefined : { sentenceId: previous.sentenceId, terms: [] },
  };
  // a message that names nothing takes the previous one's delegations (and its meeting) as a follow-up
  // (not a meeting it types itself: "the two payments reported on 4/11, how much did they add up to")
  const meetingId = ownMeeting ? constraints.meetingId : undefined;
  // (nor the delegations it types itself: "and who held the job before Costa Rica?")
  if (!followUp) return alone;
  return ownNames
    ? { ...alone, meetingId }
    : { ...alone, meetingId, named: [], mentioned: undefined, speaker: undefined };
}
