// What the meeting cycle says: the request for an update, the reminder, the
// same in the committee channel when a direct message is refused, the notices
// of a moved or cancelled meeting, the action items due by the next meeting
// and the overdue nudge. Rendered when sent, never when planned, so a moved
// meeting or a newly received update is always reflected.
import type { Reply } from "../core/reply.ts";
import { publicReply } from "../core/reply.ts";
import {
  joinAnd,
  longCalendarDate,
  longDate,
  type MeetingTimes,
  meetingWhen,
  moment,
  personName,
} from "../domain/format.ts";
import { actionHandle } from "../domain/vocabulary.ts";
import type { AreaEntry, PersonEntry } from "../store/directory.ts";

export interface MeetingFacts extends MeetingTimes {
  place: string | null;
}

function meetingLine(meeting: MeetingFacts): string {
  return `${meetingWhen(meeting)}${meeting.place ? `, at the ${meeting.place}` : ""}`;
}

export interface AskFacts {
  person: PersonEntry;
  delegation: string;
  area: AreaEntry;
  meeting: MeetingFacts;
  deadline: Date;
  /** The person's zone: the deadline is shown in it. */
  timeZone: string;
  /** Asked because this colleague is away. */
  standInFor?: { person: PersonEntry; until: string };
}

function writeButton(area: AreaEntry) {
  return [
    { actionId: "run", label: "Write the update", value: `update ${area.name}`, style: "primary" as const },
  ];
}

function askText(kind: "prompt" | "reminder", facts: AskFacts): string {
  const { person, delegation, area, meeting, standInFor } = facts;
  const away = standInFor
    ? `${personName(standInFor.person)} is away until ${longCalendarDate(standInFor.until)}, so I am asking you instead. `
    : "";
  const ask =
    kind === "prompt"
      ? `could you send ${delegation}'s update on ${area.name} for the meeting of ${meetingLine(meeting)}?`
      : `a reminder: ${delegation}'s update on ${area.name} for the meeting of ${meetingLine(meeting)} has not arrived yet.`;
  return `${personName(person)}, ${away ? `${away}${ask.charAt(0).toUpperCase()}${ask.slice(1)}` : ask}`;
}

function askSections(facts: AskFacts) {
  return [
    {
      fields: [
        { label: "Area", value: facts.area.name },
        { label: "Meeting", value: meetingLine(facts.meeting) },
        { label: "Agenda draft circulated", value: moment(facts.deadline, facts.timeZone) },
      ],
      context: `Press the button, reply to this message with your update, or type "update ${facts.area.shortName ?? facts.area.name}: <your update>". You can revise it until the agenda draft is circulated.`,
    },
  ];
}

/** The request for an update, or the reminder, as a direct message. */
export function askReply(kind: "prompt" | "reminder", facts: AskFacts): Reply {
  return publicReply(askText(kind, facts), {
    sections: askSections(facts),
    buttons: writeButton(facts.area),
  });
}

/** The same, in the committee channel, when the person cannot be written to directly. */
export function askInChannelReply(kind: "prompt" | "reminder", facts: AskFacts): Reply {
  const who = `${personName(facts.person)} (${facts.delegation})`;
  return publicReply(
    `${who}: I could not write to you directly, so I am asking here. ${askText(kind, facts)}`,
    {
      sections: askSections(facts),
      buttons: writeButton(facts.area),
    },
  );
}

export function movedReply(
  person: PersonEntry,
  meeting: MeetingFacts,
  deadline: Date,
  timeZone: string,
): Reply {
  return publicReply(
    `${personName(person)}, the meeting has moved: it is now on ${meetingLine(meeting)}. Updates are welcome until the agenda draft is circulated on ${moment(deadline, timeZone)}.`,
  );
}

export function cancelledReply(person: PersonEntry, meeting: MeetingFacts): Reply {
  return publicReply(
    `${personName(person)}, the meeting of ${meetingLine(meeting)} is cancelled, so no update is needed for it. An update you already sent is kept.`,
  );
}

export interface DueItem {
  number: number;
  text: string;
  owners: string;
}

/** The morning after a meeting: what is due by the next one. */
export function actionsDueReply(
  held: MeetingFacts,
  next: MeetingFacts | null,
  items: readonly DueItem[],
): Reply {
  const by = next ? `the next meeting (${longDate(next.startsAt, next.timeZone)})` : "the next meeting";
  return publicReply(
    `After the meeting of ${longDate(held.startsAt, held.timeZone)}: ${items.length} action items are due by ${by}.`,
    {
      sections: [
        {
          items: items.map((item) => ({
            text: `${actionHandle(item.number)} ${item.text}`,
            detail: `Owners: ${item.owners}`,
          })),
          context: 'Type "actions mine" to see yours, or "action done A-n" when one is done.',
        },
      ],
    },
  );
}

export function overdueReply(
  person: PersonEntry,
  action: { number: number; text: string; dueOn: string },
  owners: string[],
): Reply {
  const handle = actionHandle(action.number);
  return publicReply(
    `${personName(person)}, ${handle} was due on ${longCalendarDate(action.dueOn)} and is still open: ${action.text}`,
    {
      sections: [
        {
          fields: [{ label: "Owners", value: joinAnd(owners) }],
          context: "If it is done, mark it done; if not, tell the secretariat the new date.",
        },
      ],
      buttons: [{ actionId: "action-done", label: "Mark done", value: handle }],
    },
  );
}
