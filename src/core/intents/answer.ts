// One message in, the answer out: understand it (with the conversation's
// previous turn), answer from the records by intent, remember the turn for a
// follow-up, and route the replies by what they reveal and where they go.
import { personName } from "../../domain/format.ts";
import { ROOM_ASKED } from "../../records/knowledge/question-words.ts";
import { analyze } from "../../records/knowledge/vocabulary.ts";
import { help } from "../commands/help.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { checkLimit } from "../limits.ts";
import type { Reply } from "../reply.ts";
import { privateReply } from "../reply.ts";
import { answerActionDetail, answerActions } from "./answers/actions.ts";
import {
  answerActivity,
  answerCoalitionLead,
  answerCoalitionList,
  answerCoalitionStatus,
  fundingAsked,
} from "./answers/coalitions.ts";
import { answerAreaList, answerWhoCoordinates, answerWhoIs } from "./answers/directory.ts";
import { answerRecord, documentAnswers } from "./answers/documents.ts";
import { namesOtherMeeting, saysDecidedThere } from "./answers/meeting-records.ts";
import {
  answerAgenda,
  answerAttendance,
  answerMinutes,
  answerNextMeeting,
  answerPastMeeting,
} from "./answers/meetings.ts";
import { type Answer, type AnswerContext, dontKnow } from "./answers/shared.ts";
import { noAmountOrPlace } from "./answers/table-limits.ts";
import { answerUpdatesContent, answerUpdatesStatus } from "./answers/updates.ts";
import { FAREWELL } from "./classify.ts";
import type { MeetingSummary } from "./meeting-refs.ts";
import type { ConversationMemory, Turn } from "./memory.ts";
import { cleanMessage } from "./normalize.ts";
import { routeReplies } from "./privacy.ts";
import type { Intent, Understanding } from "./types.ts";
import { pickChoice, understand } from "./understand.ts";

export interface Response {
  understanding: Understanding;
  /** The intent finally answered ("unknown" when the bot said it does not know). */
  intent: Intent;
  answer: Answer;
  replies: Reply[];
}

const WHY: Record<NonNullable<Understanding["reason"]>, string> = {
  outside: "That is not something the committee's records hold.",
  unsupported: "I can't do that; I only read and record the committee's business.",
  "other-meeting":
    "The records cover the Coordination Committee's own meetings, not Meetings of States Parties or other conferences.",
  "unknown-name": "I don't recognise that name in the committee's records.",
  future: "The records hold what was said and decided, not what will happen.",
  "no-match": "",
};

/** What an activity's record holds: its date, place, stage and funding, and the list of them. */
const ACTIVITY_TABLE_HOLDS =
  /\b(?:when|where|which (?!lead\b)(?:\w+ )?(?:seminars?|workshops?|activit\w*|events?|meetings?|ones?|one|city|cities|countr\w*|places?|venues?|months?|years?|days?|dates?)|dates?|day|month|year|status|stage|planned|scheduled|confirmed|done deal|still on|going ahead|happen\w*|held|hosts?|hosted|venue|fund\w*|financ\w*|pay\w*|paid|bill|cost|money|how many|list|any)\b/;

const HELP_TOPICS: [RegExp, string][] = [
  [/\bupdate/, "update"],
  [/\baction/, "action"],
  [/\bagenda\b/, "agenda"],
  [/\bminutes\b/, "minutes"],
];

async function loadMeetings(context: CommandContext): Promise<readonly MeetingSummary[]> {
  return context.records.meetings;
}

async function answerFor(context: AnswerContext): Promise<Answer> {
  const { intent, folded, reason } = context.understanding;
  switch (intent) {
    case "greeting":
      return {
        replies: [
          privateReply(
            `Hello, ${personName(context.person)}. Ask me about coalitions, action items, meetings or updates, or type "help".`,
          ),
        ],
      };
    case "thanks":
      return { replies: [privateReply(FAREWELL.test(folded) ? "Goodbye." : "You're welcome.")] };
    case "help": {
      const topic = HELP_TOPICS.find(([pattern]) => pattern.test(folded))?.[1];
      return {
        replies: help(
          topic && /\bhow\b/.test(folded) ? { name: "help", topic } : { name: "help" },
          context.person,
        ),
      };
    }
    case "coalition.status":
      return answerCoalitionStatus(context);
    case "coalition.list":
      return answerCoalitionList(context);
    case "coalition.lead":
      return answerCoalitionLead(context);
    case "who.coordinates":
      return answerWhoCoordinates(context);
    case "area.list":
      return answerAreaList(context);
    case "who.is":
      return answerWhoIs(context);
    case "actions.list":
      return answerActions(context);
    case "action.detail":
      return answerActionDetail(context);
    case "meeting.next":
      return answerNextMeeting(context);
    case "meeting.last":
      return answerPastMeeting(context);
    case "meeting.attendance":
      return answerAttendance(context);
    case "meeting.agenda":
      return answerAgenda(context);
    case "meeting.minutes":
      return answerMinutes(context);
    case "updates.status":
      return answerUpdatesStatus(context);
    case "updates.content":
      return answerUpdatesContent(context);
    case "activity": {
      // "how many countries were at the closed meeting": a headcount the table does not hold
      if (/\bhow many\b(?! (?:\w+ )?(?:seminars|activities|workshops|meetings|events)\b)/.test(folded)) {
        const quoted = await answerRecord(context);
        return { ...quoted, intent: quoted.intent ?? "record" };
      }
      // "laos country seminar - what approach", "what were the seminars meant to prove": the table holds
      // when, where, how far along and who pays; anything else the documents say, when they say it
      // ("who will host the Laos seminar": the table holds where, not who hosts or organises)
      // ("in what date the EU responded to the presidency about the funding": what was said, in the minutes)
      const said =
        /\b(?:responded|replied|answered|said|told|confirmed|announced|accepted|agreed|react|reacted|asked)\b/.test(
          folded,
        );
      const documentsFirst =
        said ||
        (/\b(?:what|why|how|who|whom|whose|which)\b/.test(folded) &&
          (!ACTIVITY_TABLE_HOLDS.test(folded) ||
            /\bwho(?:m|se)?\b(?: \w+){0,3} (?:host|organi[sz]e|chair|moderate)/.test(folded)));
      const first = documentsFirst ? await answerRecord(context) : undefined;
      if (first && first.intent !== "unknown") return { ...first, intent: first.intent ?? "record" };
      // "who chaired the Zagreb seminar", "which lead countries did Germany line up": names the table does not
      // hold, and no document gives
      if (first && (said || /\b(?:who|whom|whose|which)\b/.test(folded)))
        return { ...first, intent: "record" };
      const activity = await answerActivity(context);
      if (activity) return activity;
      const quoted = first ?? (await answerRecord(context));
      return { ...quoted, intent: quoted.intent ?? "record" };
    }
    case "record":
      return answerRecord(context);
    case "unknown":
      return dontKnow(folded, reason ? WHY[reason] : undefined);
  }
}

/**
 * Intents whose "I don't know" may still be answered by a document ("who
 * coordinates a country coaliton", "where is the APMBC 15MSP held"); not a
 * coalition's status or the list, which the records' tables answer or
 * nothing does, nor a prediction.
 */
function documentsMayAnswer(understanding: Understanding): boolean {
  const { intent, reason } = understanding;
  if (intent === "record" || intent === "coalition.status" || intent === "coalition.list") return false;
  // "where is the APMBC 15MSP held": the minutes do speak of other meetings, and answer when they say it
  return intent !== "unknown" || reason === "unknown-name" || reason === "no-match";
}

/**
 * Intents that take a question by a word it holds ("seminar", "late",
 * "coalition", "send") and answer from the tables: when a document sentence
 * says nearly everything the question asks, that sentence is the answer.
 */
const TAKEN_BY_A_WORD = new Set<Intent>([
  "coalition.list",
  "coalition.lead",
  "activity",
  "meeting.last",
  "updates.status",
  "actions.list",
  "meeting.attendance",
  "who.is",
  "coalition.status",
  "who.coordinates",
]);

/** Intents that answer with a meeting's own record: its day, hours and building. */
const MEETING_INTENTS = new Set<Intent>(["meeting.next", "meeting.last", "meeting.minutes"]);

/** Intents that answer who or what, never when, how many or where. */
const NAMES_ONLY = new Set<Intent>([
  "who.coordinates",
  "coalition.lead",
  "who.is",
  "area.list",
  "meeting.agenda",
]);

/** The intent's answer; when it does not know, what the documents say, if they clearly say it. */
async function answerOrDocuments(context: AnswerContext): Promise<Answer> {
  const { intent, reason, folded } = context.understanding;
  const takenByAWord = TAKEN_BY_A_WORD.has(intent);
  const namesOnly = NAMES_ONLY.has(intent) || intent === "coalition.list";
  // "where is the APMBC 15MSP held": the minutes speak of other meetings too, when they plainly say it
  // "is NZ's concept note going to be late? when can we expect it": the minutes may record the date intended;
  // a yes-or-no prediction ("will the EU fund…?") they cannot answer
  const otherMeeting = reason === "other-meeting";
  // "which room is the December CC in": a meeting's record holds its building; the minutes may name the room
  const roomAsked = MEETING_INTENTS.has(intent) && ROOM_ASKED.test(folded);
  const whenAhead = reason === "future" && /\b(?:when|by when|where|what|how)\b/.test(folded);
  // the documents are searched once, for whichever of these the question is
  const documents =
    takenByAWord || namesOnly || otherMeeting || whenAhead || roomAsked
      ? documentAnswers(context)
      : undefined;
  if (roomAsked && documents?.fact) return { ...documents.fact, intent };
  if (takenByAWord && documents?.strong) return { ...documents.strong, intent: "record" };
  // "by when will the SD coordinators write to…", "when was the agenda sent round": a date the documents state
  if (namesOnly) {
    if (documents?.fact) return { ...documents.fact, intent: "record" };
    // "how much money will go into the coalitions trust fund": a list of coalitions is no amount
    const unknown = noAmountOrPlace(context);
    if (unknown) return unknown;
  }
  // "what is laos's clearance budget", "when does it move on to its next phase": a coalition's record holds
  // no amount of money, and no date
  if (intent === "coalition.status" && !documents?.fact) {
    const unknown = noAmountOrPlace(context, "money or date");
    if (unknown) return unknown;
  }
  const answer = await answerFor(context);
  // "who paid for the Zagreb meeting": the activity's record, and the sentence of the documents saying so
  if (intent === "activity" && answer.intent === undefined && fundingAsked(folded) && documents?.funding)
    return { ...answer, replies: [...answer.replies, ...documents.funding.replies] };
  if (otherMeeting || whenAhead) {
    const found = documents?.strong ?? (otherMeeting ? documents?.fact : null);
    // (what would be done at the 7MSP is no decision of it)
    const said = found?.record?.text ?? "";
    const decided = !otherMeeting || (saysDecidedThere(folded, said) && namesOtherMeeting(folded, said));
    return found && decided ? { ...found, intent: "record" } : answer;
  }
  if (answer.intent !== "unknown" || answer.settled || !documentsMayAnswer(context.understanding))
    return answer;
  const fromDocuments = await answerRecord(context);
  return fromDocuments.intent === "unknown" ? answer : { ...fromDocuments, intent: "record" };
}

function turnOf(
  understanding: Understanding,
  intent: Intent,
  answer: Answer,
  text: string,
  previous?: Turn,
): Turn {
  const { entities } = understanding;
  const meetingId = answer.meetingId ?? (entities.meeting?.found ? entities.meeting.id : undefined);
  return {
    intent,
    delegationIds: entities.delegations.map((d) => d.id),
    areaIds: entities.areas.map((a) => a.id),
    coalitionIds: entities.coalitions.map((c) => c.id),
    personIds: entities.persons.map((p) => p.id),
    meetingId,
    listed: answer.listed ?? previous?.listed ?? [],
    choices: answer.choices,
    record: answer.record,
    topic: analyze(text),
    asked: text,
  };
}

/** Understands and answers one conversational message; `memory` carries follow-ups between turns. */
export async function respond(
  context: CommandContext,
  raw: string,
  memory?: ConversationMemory,
): Promise<Response> {
  let text = cleanMessage(raw);
  checkLimit("message", text);
  const { request, person } = context;
  let previous = memory?.recall(request, person.id);
  const choice = previous?.choices ? pickChoice(text, previous.choices) : undefined;
  if (choice) {
    text = choice.value;
    previous = { ...previous, choices: undefined } as Turn;
  }
  const meetings = await loadMeetings(context);
  const understanding = understand({ dir: context.dir, meetings, now: context.now }, text, previous);
  const answer = await answerOrDocuments({ ...context, understanding, meetings, text, previous }).catch(
    (error: unknown): Answer => {
      // A refusal from a shared command ("No meeting is scheduled yet") is this question's answer too.
      if (error instanceof UserError) return { replies: [privateReply(error.message)] };
      throw error;
    },
  );
  const intent = answer.intent ?? understanding.intent;
  const keepsContext = !["greeting", "thanks", "help", "unknown"].includes(intent);
  if (memory && (keepsContext || answer.choices)) {
    memory.remember(request, person.id, turnOf(understanding, intent, answer, text, previous));
  }
  return { understanding, intent, answer, replies: routeReplies(request, person, answer, intent) };
}
