// Questions on a meeting whose minutes are not on record: what stood or was
// said at a past meeting without minutes, or at one not yet held, is on no
// record, and another meeting's words are no answer.

import { shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import type { KnowledgeSentence } from "../../../records/knowledge/knowledge.ts";
import type { DocumentQuestion } from "../../../records/knowledge/question.ts";
import { OTHER_MEETINGS } from "../lexicon.ts";
import type { MeetingSummary } from "../meeting-refs.ts";
import { type Answer, type AnswerContext, dontKnow } from "./shared.ts";

const AT_MEETING =
  /\b(?:at|during|as at|as of|by the time of|in|to) the (?:\w+ ){0,3}(?:meeting|cc|coordination committee)\b/;

const SINCE_MEETING = /\b(?:since|after) (?:the )?(?:\w+ ){0,3}(?:meeting|cc|coordination committee)\b/;

/** The refusal of a question on a meeting with no minutes on record, or null when the question is not one. */
export function unrecordedMeeting(
  context: AnswerContext,
  meeting: MeetingSummary,
  hasText: boolean,
  question: DocumentQuestion,
  laterText = false,
): Answer | null {
  const { folded } = context.understanding;
  // "has any SP paid since the 4/11 meeting": with no later minutes, nothing since it is on record
  if (!laterText && meeting.startsAt < context.now && SINCE_MEETING.test(folded))
    return dontKnow(
      folded,
      `No minutes later than those of the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)} are on record, so I can't say what happened since.`,
    );
  // "how many SPs had paid as at the 27 sept meeting": what stood at a past meeting whose minutes are not on
  // record is nowhere to be read (another meeting's figure is no answer); "the 27 sept minutes" are spoken of elsewhere
  if (
    !hasText &&
    meeting.startsAt < context.now &&
    ((AT_MEETING.test(folded) && !/\bminutes\b/.test(folded)) ||
      // "quote what the 27 Sept minutes said": what minutes not on record say is nowhere to be read
      /\bminutes (?:say|said|says|record|recorded|records|state|stated|states|mention|mentioned|note|noted)\b/.test(
        folded,
      ))
  )
    return dontKnow(
      folded,
      `No minutes of the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)} are on record, so I can't say what was said there.`,
    );
  // "which target countries did the CC pick at the 7 Dec meeting": a meeting not yet held has said nothing
  // ("number of SPs that had paid by 7 dec": how things stood on a day still ahead is on no record either)
  if (
    !hasText &&
    meeting.startsAt > context.now &&
    (AT_MEETING.test(folded) || (question.type === "figure" && /\b(?:by|as at|as of)\b/.test(folded))) &&
    /\b(?:did|was|were|had)\b/.test(folded)
  )
    return dontKnow(
      folded,
      `The meeting of ${shortDate(meeting.startsAt, meeting.timeZone)} has not been held yet, so nothing was said or decided there.`,
    );
  return null;
}

/**
 * "what did the 7MSP decide on the financial model": a sentence answers only when it says that meeting decided,
 * agreed or adopted something ("as agreed at the First Review Conference"), not what would be done there
 * ("the financial model would have to be reviewed at the 7MSP"). True when no decision of another meeting is asked.
 */
export function saysDecidedThere(folded: string, sentence: string): boolean {
  const meeting = OTHER_MEETINGS.exec(folded)?.[0];
  // (not "where was it agreed that the model gets reviewed at the 7MSP": the 7MSP decides nothing there)
  if (!meeting || !decidedBy(meeting, DECIDING_ASKED).test(folded)) return true;
  return decidedBy(meeting, DECIDING).test(fold(sentence));
}

const DECIDING = "decided|agreed|adopted|decision";
const DECIDING_ASKED = "decide|decided|decides|decision|decisions|agree|agreed|adopt|adopted|outcome";

/** "decided at the 7MSP", "the 7MSP … agreed": the meeting as the one deciding. */
function decidedBy(meeting: string, verbs: string): RegExp {
  const name = meeting.replace(/\s+/g, "\\s*");
  return new RegExp(
    `\\b(?:${verbs})\\b(?: \\w+){0,3} (?:at|by|of|from) (?:the )?(?:\\w+ )?${name}\\b|\\b${name}\\b(?: \\w+){0,3} (?:${verbs})\\b`,
  );
}

/** "what deficit did the ISU report at the 6MSP": a sentence answers only when it names that meeting. */
export function namesOtherMeeting(folded: string, sentence: string): boolean {
  const meeting = OTHER_MEETINGS.exec(folded)?.[0];
  if (!meeting) return true;
  // ("the APMBC 15th Meeting of States Parties" is the 15MSP)
  const said = fold(sentence)
    .replace(/\b(\d{1,2})(?:st|nd|rd|th) meeting of states parties\b/g, "$1msp")
    .replace(/\s+/g, "");
  const asked = meeting.replace(/\s+/g, "");
  return (
    said.includes(asked) ||
    (/^(?:msp|meetingsofstatesparties)$/.test(asked) && /msp|meetingsofstatesparties/.test(said))
  );
}

const ANOTHER_PAPER = /\b(?:concept|background|discussion|working|position) (?:paper|note)s?\b/;

/**
 * "did Italy comment on the coalitions non-paper": a sentence on Italy's own "concept paper" is about another
 * paper. True unless the question names the non-paper and the sentence, of no item on it, names only another.
 */
export function onThePaperAsked(folded: string, sentence: KnowledgeSentence): boolean {
  if (!/\b(?:non ?paper|np)\b/.test(folded) || sentence.meetingId === null) return true;
  const said = fold(`${sentence.reference} ${sentence.text}`);
  return /\bnon ?paper\b/.test(said) || !ANOTHER_PAPER.test(said);
}
