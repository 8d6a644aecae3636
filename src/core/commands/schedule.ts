// meeting schedule | move | cancel | calendar: meetings planned from chat.
// Every change is read back in full first ("Wednesday 7 December 2016,
// 10:00–11:30 CET, Permanent Mission of Germany") and saved only on
// "confirm" (typed, or the Confirm button, which sends the exact reading back
// so a button pressed days later still means the same time).

import { cancelMeeting, type MeetingTimesInput, moveMeeting, scheduleMeeting } from "../../cycle/meetings.ts";
import { canonicalWhen, type MeetingWhen, readMeetingWhen } from "../../cycle/when.ts";
import { meetingWhen, plural, shortDate } from "../../domain/format.ts";
import { findLastMeeting, findMeeting, findNextMeeting } from "../../read-model/meetings.ts";
import { readCalendarStamp } from "../../store/calendar-stamp.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { type Command, USAGE } from "../grammar.ts";
import { meetingCalendar } from "../meeting-calendar.ts";
import { authorize } from "../policy.ts";
import { type Attachment, privateReply, publicReply, type Reply } from "../reply.ts";

function described(
  when: { startsAt: Date; endsAt: Date | null; place: string | null },
  timeZone: string,
): string {
  const times = meetingWhen({ startsAt: when.startsAt, endsAt: when.endsAt, timeKnown: true, timeZone });
  return when.place ? `${times}, ${when.place}` : times;
}

function read(context: CommandContext, text: string, usage: string): MeetingWhen {
  const zone = context.dir.committee.timeZone;
  const reading = readMeetingWhen(text, context.now, zone);
  if (!reading.ok) throw new UserError(reading.error, usage);
  if (reading.when.startsAt.getTime() <= context.now.getTime()) {
    throw new UserError(`${described(reading.when, zone)} has already passed; give a date ahead.`, usage);
  }
  return reading.when;
}

async function calendarFile(context: CommandContext, meeting: MeetingRecord): Promise<Attachment> {
  const { committee } = context.dir;
  return meetingCalendar(meeting, {
    ...(await readCalendarStamp(context.db, committee.id, meeting.id)),
    committee: committee.name,
    now: context.now,
  });
}

function confirmButton(command: string) {
  return [{ actionId: "run", label: "Confirm", value: `${command} confirm`, style: "primary" as const }];
}

async function savedReply(context: CommandContext, meetingId: number, lead: string): Promise<Reply> {
  const meeting = findMeeting(await context.fresh(), meetingId);
  if (!meeting) throw new Error(`meeting ${meetingId} vanished`);
  const prompts = await context.db.delivery.findMany({
    where: { meetingId, kind: "prompt", status: "pending" },
    orderBy: { dueAt: "asc" },
    select: { dueAt: true },
  });
  const first = prompts[0];
  const plan = first
    ? ` ${plural(prompts.length, "coordinator")} will be asked for their updates from ${shortDate(first.dueAt, meeting.timeZone)}.`
    : "";
  return publicReply(`${lead} ${described(meeting, meeting.timeZone)}.${plan}`, {
    files: [await calendarFile(context, meeting)],
  });
}

export async function scheduleFromChat(
  context: CommandContext,
  command: Extract<Command, { name: "meeting-schedule" }>,
): Promise<Reply[]> {
  authorize(context, "meeting.schedule");
  const usage = USAGE["meeting schedule"];
  const when = read(context, command.when, usage);
  const zone = context.dir.committee.timeZone;
  // No place given: the committee usually meets where it met last.
  const last = when.place ? null : findLastMeeting(context.records, context.now);
  const input: MeetingTimesInput = {
    startsAt: when.startsAt,
    endsAt: when.endsAt,
    place: when.place ?? last?.place ?? null,
  };
  const canonical = `meeting schedule ${canonicalWhen({ ...when, place: input.place }, zone)}`;
  if (!command.confirm) {
    return [
      privateReply(`Schedule the meeting on ${described(input, zone)}? Nothing is saved until you confirm.`, {
        sections: [
          { context: `Or type "${canonical} confirm". To change it, type "meeting schedule" again.` },
        ],
        buttons: confirmButton(canonical),
      }),
    ];
  }
  const outcome = await scheduleMeeting(context.db, context.dir, input, context.actor, context.now);
  if (!outcome.ok) throw new UserError(`A meeting is already scheduled on ${described(input, zone)}.`);
  return [await savedReply(context, outcome.meetingId, "Scheduled: the meeting on")];
}

async function targetMeeting(context: CommandContext, reference: string | undefined): Promise<MeetingRecord> {
  if (reference) {
    const meeting = findMeeting(context.records, Number(reference.replace("#", "")));
    if (!meeting || meeting.committeeId !== context.dir.committee.id || meeting.status !== "scheduled") {
      throw new UserError("That meeting is no longer scheduled, so nothing was changed.");
    }
    return meeting;
  }
  const next = findNextMeeting(context.records, context.now);
  if (!next) throw new UserError('No meeting is scheduled. Use "meeting schedule" to plan one.');
  return next;
}

export async function moveFromChat(
  context: CommandContext,
  command: Extract<Command, { name: "meeting-move" }>,
): Promise<Reply[]> {
  authorize(context, "meeting.move");
  const usage = USAGE["meeting move"];
  const reference = /^#\d+\b/.exec(command.when)?.[0];
  const meeting = await targetMeeting(context, reference);
  const when = read(context, reference ? command.when.slice(reference.length) : command.when, usage);
  const zone = meeting.timeZone;
  const input: MeetingTimesInput = {
    startsAt: when.startsAt,
    endsAt: when.endsAt,
    place: when.place ?? meeting.place,
  };
  const canonical = `meeting move #${meeting.id} ${canonicalWhen({ ...when, place: input.place }, zone)}`;
  if (!command.confirm) {
    return [
      privateReply(
        `Move the meeting of ${described(meeting, zone)} to ${described(input, zone)}? Those already asked for updates will be told. Nothing is changed until you confirm.`,
        { sections: [{ context: `Or type "${canonical} confirm".` }], buttons: confirmButton(canonical) },
      ),
    ];
  }
  const outcome = await moveMeeting(context.db, context.dir, meeting.id, input, context.actor, context.now);
  if (!outcome.ok) throw new UserError(`Another meeting is already scheduled on ${described(input, zone)}.`);
  return [await savedReply(context, meeting.id, "Moved: the meeting is now on")];
}

export async function cancelFromChat(
  context: CommandContext,
  command: Extract<Command, { name: "meeting-cancel" }>,
): Promise<Reply[]> {
  authorize(context, "meeting.cancel");
  const meeting = await targetMeeting(context, command.meeting);
  const zone = meeting.timeZone;
  const asked = await context.db.delivery.count({
    where: {
      meetingId: meeting.id,
      kind: { in: ["prompt", "reminder"] },
      status: { in: ["sent", "possibly-sent"] },
    },
  });
  if (!command.confirm) {
    const told = asked
      ? ` The ${plural(asked, "request")} for updates already sent will be followed by a notice.`
      : "";
    return [
      privateReply(
        `Cancel the meeting of ${described(meeting, zone)}?${told} Nothing is changed until you confirm.`,
        {
          sections: [{ context: `Or type "meeting cancel #${meeting.id} confirm".` }],
          buttons: [
            {
              actionId: "run",
              label: "Confirm",
              value: `meeting cancel #${meeting.id} confirm`,
              style: "danger",
            },
          ],
        },
      ),
    ];
  }
  const result = await cancelMeeting(context.db, context.dir, meeting.id, context.actor, context.now);
  // Read after the write: the request's own snapshot still has it scheduled.
  const cancelled = findMeeting(await context.fresh(), meeting.id);
  const withdrawn = result.withdrawn ? ` ${plural(result.withdrawn, "pending message")} withdrawn.` : "";
  const notices = result.added ? ` ${plural(result.added, "person")} already asked will be told.` : "";
  return [
    publicReply(`Cancelled: the meeting of ${described(meeting, zone)}.${withdrawn}${notices}`, {
      ...(cancelled ? { files: [await calendarFile(context, cancelled)] } : {}),
    }),
  ];
}

export async function calendarOfNext(context: CommandContext): Promise<Reply[]> {
  const next = findNextMeeting(context.records, context.now);
  if (!next) throw new UserError("No meeting is scheduled yet. The secretariat can schedule one.");
  return [
    privateReply(`The meeting of ${described(next, next.timeZone)}, as a calendar file.`, {
      files: [await calendarFile(context, next)],
    }),
  ];
}
