// Meetings: the next one, what a past one decided, who attended, its agenda
// and minutes. A meeting named but not on record is "I don't know", never a guess.
import { joinAnd, meetingWhen, personName, plural, shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { actionHandle } from "../../../domain/vocabulary.ts";
import { listActions } from "../../../read-model/actions.ts";
import { findMeeting } from "../../../read-model/meetings.ts";
import type { MeetingRecord } from "../../../store/meetings.ts";
import { agenda, meeting, minutes } from "../../commands/meetings.ts";
import { attendanceByDelegation, ownerLabel } from "../../describe.ts";
import { privateReply, type Section } from "../../reply.ts";
import { lastMeeting, nextMeeting } from "../meeting-refs.ts";
import { knowledgeOf } from "./knowledge-of.ts";
import { type Answer, type AnswerContext, dontKnow } from "./shared.ts";

/** "what was decided about Cambodia": the delegation a question on decisions asks about, by its names. */
function decidedAbout(context: AnswerContext): { label: string; names: string[] } | undefined {
  const { folded, entities } = context.understanding;
  if (!/\b(?:decided|decisions?|agreed)\b.*\b(?:about|on|regarding|concerning|for)\b/.test(folded))
    return undefined;
  const delegation = entities.delegations[0];
  return delegation
    ? { label: delegation.name, names: [delegation.name, ...delegation.aliases].map(fold) }
    : undefined;
}

/** The meeting asked about: the one named, else the last one held; null with a reason when none is on record. */
async function pastMeeting(context: AnswerContext): Promise<MeetingRecord | string> {
  const ref = context.understanding.entities.meeting;
  if (ref && !ref.found) return noMeeting(ref);
  const id = ref?.found ? ref.id : lastMeeting(context.meetings, context.now)?.id;
  const found = id === undefined ? null : findMeeting(context.records, id);
  return found ?? "No meeting has been held yet.";
}

const DECISIONS_ASKED = /\b(?:decided|decide|decisions?|agreed|outcome|came out of)\b/;

export async function answerNextMeeting(context: AnswerContext): Promise<Answer> {
  const ref = context.understanding.entities.meeting;
  if (ref && !ref.found)
    return {
      ...dontKnow(context.understanding.folded, noMeeting(ref)),
      settled: afterNone(context),
    };
  // "what decisions came out of the 7/12 CC": a meeting not yet held has decided nothing
  const named = ref?.found ? context.records.meetingById.get(ref.id) : undefined;
  if (named && named.startsAt > context.now && DECISIONS_ASKED.test(context.understanding.folded))
    return {
      ...dontKnow(
        context.understanding.folded,
        `The meeting of ${meetingWhen(named)} has not been held yet, so nothing was decided there.`,
      ),
      settled: true,
    };
  if (!nextMeeting(context.meetings, context.now)) {
    const last = lastMeeting(context.meetings, context.now);
    const after = last ? ` The last one on record was on ${meetingWhen(last)}.` : "";
    return { replies: [privateReply(`No next meeting of the committee is on record yet.${after}`)] };
  }
  return { replies: await meeting(context, "next"), meetingId: ref?.found ? ref.id : undefined };
}

function noMeeting(ref: { text: string; after?: boolean }): string {
  return `No meeting of the committee is on record ${ref.after ? "after" : "for"} ${ref.text}.`;
}

/** No meeting is on record as the one after another: nothing the documents say answers for it either. */
function afterNone(context: AnswerContext): boolean {
  const ref = context.understanding.entities.meeting;
  return ref?.found === false && ref.after === true;
}

export async function answerPastMeeting(context: AnswerContext): Promise<Answer> {
  const found = await pastMeeting(context);
  if (typeof found === "string")
    return { ...dontKnow(context.understanding.folded, found), settled: afterNone(context) };
  const { folded } = context.understanding;
  const decisionsAsked = DECISIONS_ASKED.test(folded);
  if (found.startsAt.getTime() > context.now.getTime()) {
    // "what decisions came out of the 7/12 CC": a meeting not yet held has decided nothing
    if (decisionsAsked)
      return {
        ...dontKnow(
          folded,
          `The meeting of ${meetingWhen(found)} has not been held yet, so nothing was decided there.`,
        ),
        settled: true,
      };
    return { replies: await meeting(context, "next"), meetingId: found.id };
  }
  // "decisions taken on 27 sept?": with no minutes on record, none recorded is no sign none were taken
  const minutesOnRecord = knowledgeOf(context.records, context.dir).sentences.some(
    (x) => x.meetingId === found.id,
  );
  // (still an answer about that meeting: its record is what was asked about)
  if (decisionsAsked && found.decisions.length === 0 && !minutesOnRecord)
    return {
      replies: dontKnow(
        folded,
        `No minutes of the meeting of ${meetingWhen(found)} are on record, so I can't say what was decided there.`,
      ).replies,
      meetingId: found.id,
    };
  // "what time did the 27 sept CC start": hours its record does not give are not known
  if (!found.timeKnown && /\b(?:what time|start|begin|finish|end|hours?|morning|afternoon)\b/.test(folded))
    return dontKnow(folded, `The record of the meeting of ${meetingWhen(found)} gives no hours.`);
  // "where was the 27/9 CC held": a place its record does not give is not known, whatever else it holds
  if (
    !found.place &&
    /^(?:and )?where\b|\b(?:which|what) (?:room|venue|city|place)\b/.test(context.understanding.folded)
  )
    return dontKnow(
      context.understanding.folded,
      `The record of the meeting of ${meetingWhen(found)} gives no place.`,
    );
  // "what was decided about Cambodia": the decisions recorded, if any names what is asked about
  const about = decidedAbout(context);
  if (about && !found.decisions.some((d) => about.names.some((name) => fold(d.text).includes(name))))
    return dontKnow(
      context.understanding.folded,
      `No decision recorded at the meeting of ${meetingWhen(found)} concerns ${about.label}.`,
    );
  const zone = context.dir.committee.timeZone;
  const fromIt = listActions(context.records, {}).filter((a) => a.sourceMeetingId === found.id);
  const delegations = new Set(found.attendances.map((a) => a.person.delegationId));
  const sections: Section[] = [
    {
      fields: [
        { label: "When", value: meetingWhen(found) },
        { label: "Where", value: found.place ?? "not recorded" },
        {
          label: "Present",
          value: found.attendances.length
            ? `${plural(found.attendances.length, "person", "people")} from ${plural(delegations.size, "delegation")}`
            : "not recorded",
        },
        {
          label: "Minutes",
          value: found.minutesApprovedAt
            ? `approved ${shortDate(found.minutesApprovedAt, zone)}`
            : "not yet approved",
        },
      ],
    },
    {
      title: "Decisions",
      items: found.decisions.length
        ? found.decisions.map((d) => ({
            text: d.text,
            detail: d.agendaItem ? `item ${d.agendaItem.number}` : undefined,
          }))
        : [{ text: "none recorded" }],
    },
  ];
  if (fromIt.length) {
    sections.push({
      title: "Action items recorded",
      items: fromIt.map((a) => ({
        text: `${actionHandle(a.number)} ${a.text}`,
        detail: `Owners: ${ownerLabel(a, context.dir)}; ${a.status}`,
      })),
    });
  }
  const decided = found.decisions.length
    ? `${plural(found.decisions.length, "decision")} recorded`
    : "no decisions recorded";
  const approved = found.minutesApprovedAt
    ? `; its minutes were approved on ${shortDate(found.minutesApprovedAt, zone)}`
    : "";
  const where = found.place ? `, at the ${found.place}` : "";
  return {
    replies: [
      privateReply(`The meeting of ${meetingWhen(found)}${where}: ${decided}${approved}.`, { sections }),
    ],
    listed: fromIt.map((a) => a.number),
    meetingId: found.id,
  };
}

const ABSENT =
  /\b(?:could ?n[o ]?t|cannot|can not|did ?n[o ]?t|unable to|failed to) (?:attend|come|make it|be there|show up|take part)\b|\babsent\b|\bapolog|\bmiss(?:ing|ed) (?:the )?(?:meeting|it)\b|\b(?:was|were) ?n[o ]?t (?:there|present|at)\b|\bwho (?:was|were) missing\b/;

export async function answerAttendance(context: AnswerContext): Promise<Answer> {
  const found = await pastMeeting(context);
  if (typeof found === "string") return dontKnow(context.understanding.folded, found);
  const when = meetingWhen(found);
  // "did the Dutch make it to the 7 December meeting": no one has attended a meeting not yet held
  if (found.startsAt > context.now)
    return {
      replies: dontKnow(
        context.understanding.folded,
        `The meeting of ${when} has not been held yet, so no one is recorded as present.`,
      ).replies,
      meetingId: found.id,
      settled: true,
    };
  if (found.attendances.length === 0) {
    return {
      replies: dontKnow(context.understanding.folded, `No attendance is recorded for the meeting of ${when}.`)
        .replies,
      meetingId: found.id,
    };
  }
  const { entities } = context.understanding;
  const byDelegation = attendanceByDelegation(found.attendances);
  const asked = [
    ...entities.delegations.map((d) => d.id),
    ...entities.areas.flatMap((a) => a.coordinatorIds),
    ...entities.persons.map((p) => p.delegationId),
  ];
  if (asked.length > 0) {
    const lines = [...new Set(asked)].map((id) => {
      const delegation = context.dir.delegations.find((d) => d.id === id);
      const present = found.attendances
        .filter((a) => a.person.delegationId === id)
        .map((a) => personName(a.person));
      const name = delegation?.name ?? "that delegation";
      return present.length ? `${name}: present (${joinAnd(present)})` : `${name}: not recorded as present`;
    });
    const persons = entities.persons.map((p) =>
      found.attendances.some((a) => a.personId === p.id)
        ? `${personName(p)} attended.`
        : `${personName(p)} is not recorded as present.`,
    );
    return {
      replies: [
        privateReply(`At the meeting of ${when}: ${[...persons, ...lines].join("; ")}.`, {
          sections: [
            { context: `From the attendance list of that meeting (${byDelegation.length} delegations).` },
          ],
        }),
      ],
      meetingId: found.id,
    };
  }
  // "which delegations couldn't attend": the members nobody on the list came for
  if (ABSENT.test(context.understanding.folded)) {
    const members = context.dir.delegations.filter((d) => d.isMember);
    const absent = members.filter((d) => !byDelegation.some((b) => b.delegation.name === d.name));
    return {
      replies: [
        privateReply(
          absent.length === 0
            ? `Every member delegation is recorded as present at the meeting of ${when}.`
            : `Not recorded as present at the meeting of ${when}: ${joinAnd(absent.map((d) => d.name))}.`,
          {
            sections: [
              {
                context: `Members of the Committee with nobody on the attendance list of that meeting (${absent.length} of ${members.length}).`,
              },
            ],
          },
        ),
      ],
      meetingId: found.id,
    };
  }
  return {
    replies: [
      privateReply(
        `Present at the meeting of ${when}: ${byDelegation.length} delegations, ${found.attendances.length} people.`,
        {
          sections: [
            {
              items: byDelegation.map(({ delegation, people }) => ({
                text: delegation.name,
                detail: joinAnd(people),
              })),
            },
          ],
        },
      ),
    ],
    meetingId: found.id,
  };
}

export async function answerAgenda(context: AnswerContext): Promise<Answer> {
  const ref = context.understanding.entities.meeting;
  if (ref?.found && ref.how !== "next") {
    const target = findMeeting(context.records, ref.id);
    if (target && target.startsAt.getTime() < context.now.getTime()) {
      if (target.agendaItems.length === 0) {
        return dontKnow(
          context.understanding.folded,
          `No agenda is on record for the meeting of ${meetingWhen(target)}.`,
        );
      }
      return {
        replies: [
          privateReply(`Agenda of the meeting of ${meetingWhen(target)}:`, {
            sections: [
              { items: target.agendaItems.map((item) => ({ text: `${item.number} ${item.title}` })) },
            ],
          }),
        ],
        meetingId: target.id,
      };
    }
  }
  return { replies: await agenda(context) };
}

export async function answerMinutes(context: AnswerContext): Promise<Answer> {
  const ref = context.understanding.entities.meeting;
  const last = lastMeeting(context.meetings, context.now);
  if (ref && (!ref.found || ref.id !== last?.id)) {
    const what = ref.found ? `the meeting of ${ref.date}` : ref.text;
    return dontKnow(
      context.understanding.folded,
      `I can draft minutes only for the last meeting; none are on record for ${what}.`,
    );
  }
  return { replies: await minutes(context), meetingId: last?.id };
}
