// What every answer returns, and the two replies that are not answers: "I
// don't know that" (with what the bot can answer, and two example questions
// tuned to what was asked) and a clarifying question with one button per reading.
import type { CommandContext } from "../../context.ts";
import { type Button, privateReply, type Reply } from "../../reply.ts";
import type { MeetingSummary } from "../meeting-refs.ts";
import type { Choice, RecordTurn, Turn } from "../memory.ts";
import type { Intent, Understanding } from "../types.ts";

export interface Answer {
  replies: Reply[];
  /** The intent the answer settled on, when it differs from the understood one (e.g. "unknown"). */
  intent?: Intent;
  /** Action item numbers in the order listed, for "the second one". */
  listed?: number[];
  /** Why the answer must not be shown to a whole channel. */
  restricted?: string;
  choices?: Choice[];
  meetingId?: number;
  /** The document sentence quoted, for a follow-up ("who said that?"). */
  record?: RecordTurn;
  /** A refusal that knows why ("not held yet"): no document is searched for another answer. */
  settled?: boolean;
}

export interface AnswerContext extends CommandContext {
  understanding: Understanding;
  meetings: readonly MeetingSummary[];
  text: string;
  /** The conversation's previous turn, if any. */
  previous?: Turn;
}

export const DONT_KNOW_OPENING = "I don't know that";
export const NOT_UNDERSTOOD_OPENING = "I'm not sure what you're asking";
export const CLARIFY_MARK = "Which do you mean";

const CAN_ANSWER =
  "I answer only from the committee's records: country coalitions, action items, meetings (dates, decisions, attendance, agendas, minutes), coordinators' updates, who coordinates what, and what the minutes and the non-paper say.";

const EXAMPLES: { when: RegExp; examples: [string, string] }[] = [
  {
    when: /\bmsp\b|meeting of states parties|review conference/,
    examples: ["when do we meet next?", "what was decided last time?"],
  },
  {
    when: /\b(?:meet|meeting|meetings|agenda|decided|attend\w*)\b/,
    examples: ["when do we meet next?", "who attended on 4 November?"],
  },
  {
    when: /\b(?:coalition|coalitions|laos|lao|vietnam|cambodia|seminar|budget)\b/,
    examples: ["where are we with Laos?", "who leads the Lao coalition?"],
  },
  {
    when: /\b(?:owe|owes|task|tasks|action|actions|due|deadline|overdue)\b/,
    examples: ["what does Norway owe us?", "anything overdue?"],
  },
  {
    when: /\b(?:contribut\w*|pay|paid|funding|fund|finance\w*|money|chf|fee)\b/,
    examples: [
      "how big is the ISU funding shortfall?",
      "how many States Parties have paid their ISU contributions?",
    ],
  },
  {
    when: /\b(?:update|updates|report|reported|say|said|position|view)\b/,
    examples: ["has Costa Rica sent its update?", "what did the Netherlands report?"],
  },
  {
    when: /\b(?:who|whom|person|people|president|director|email|phone|chair)\b/,
    examples: ["who's on VA?", "who is in the Australian delegation?"],
  },
];

function examplesFor(folded: string): [string, string] {
  return (
    EXAMPLES.find((entry) => entry.when.test(folded))?.examples ?? [
      "where are we with Laos?",
      "what does Norway owe us?",
    ]
  );
}

/** Why the documents give no answer: none of their sentences states the fact asked. */
export const NOTHING = "Nothing in the minutes or papers on record answers it.";

/** "I don't know that": nothing in the records answers it. `why` says what is missing, without inventing. */
export function dontKnow(folded: string, why?: string): Answer {
  const [first, second] = examplesFor(folded);
  const reason = why ? ` ${why}` : "";
  return {
    intent: "unknown",
    replies: [privateReply(`${DONT_KNOW_OPENING}.${reason} ${CAN_ANSWER} Try "${first}" or "${second}".`)],
  };
}

export function notUnderstoodText(folded: string): string {
  const [first, second] = examplesFor(folded);
  return `${NOT_UNDERSTOOD_OPENING}, and I only answer from the committee's records. I can tell you about country coalitions, action items, meetings, updates and who coordinates what. Try "${first}" or "${second}", or type "help".`;
}

/** One short question back, with a button per reading; each button asks the full question. */
export function clarify(question: string, choices: Choice[]): Answer {
  const buttons: Button[] = choices.map((choice) => ({
    actionId: "ask",
    label: choice.label,
    value: choice.value,
  }));
  const listed = choices.map((choice, index) => `${index + 1}. ${choice.label}`).join("; ");
  return {
    replies: [privateReply(`${question} ${listed}.`, { buttons })],
    choices,
  };
}

/** Is this reply a refusal to state facts (don't know, not understood, a clarifying question)? */
export function isNonAnswer(reply: Reply): boolean {
  return (
    reply.text.startsWith(DONT_KNOW_OPENING) ||
    reply.text.startsWith(NOT_UNDERSTOOD_OPENING) ||
    reply.text.startsWith(CLARIFY_MARK)
  );
}
