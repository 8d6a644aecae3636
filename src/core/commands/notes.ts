// note, decision, attended: what the secretariat records during a meeting,
// filed under the right agenda item of the meeting under way (or the last
// one held, until its minutes are approved).
import { joinAnd, personName, shortDate } from "../../domain/format.ts";
import { recordAttendance, recordUnderItem } from "../../store/meeting-notes.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { CommandContext } from "../context.ts";
import { findEntry } from "../drafts/agenda-edits.ts";
import { adoptedItems, agendaOf } from "../drafts/meeting-agenda.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { resolveSubjects, type Subject } from "../resolve.ts";
import { lastMeeting } from "./meetings.ts";

async function meetingUnderWay(context: CommandContext): Promise<MeetingRecord> {
  const meeting = await lastMeeting(context);
  if (meeting.minutesApprovedAt) {
    throw new UserError(
      `The minutes of the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)} are approved; nothing more can be recorded for it.`,
    );
  }
  return meeting;
}

export async function recordItem(
  context: CommandContext,
  kind: "note" | "decision",
  reference: string,
  text: string,
): Promise<Reply[]> {
  const { db, dir, person, now } = context;
  authorize(context, kind === "note" ? "minutes.note" : "minutes.decision");
  const meeting = await meetingUnderWay(context);
  const agenda = agendaOf(context.records, dir, meeting);
  const entry = findEntry(agenda.entries, reference);
  const saved = await recordUnderItem(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: meeting.id,
      kind,
      itemNumber: entry.number,
      text,
      createdById: person.id,
      adopt: adoptedItems(agenda),
    },
    context.actor,
    now,
  );
  const what = kind === "note" ? "Noted" : "Decision recorded";
  return [
    privateReply(
      `${what} under item ${saved.item.number} (${saved.item.title}) of the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)}.`,
    ),
  ];
}

/** Each name as a delegation (all its people) or a person; "Bosnia and Herzegovina" stays one name. */
function attendeesOf(
  context: CommandContext,
  names: readonly string[],
): { personIds: number[]; unknown: string[] } {
  const { dir } = context;
  const personIds: number[] = [];
  const unknown: string[] = [];
  const resolveOne = (name: string): Subject | undefined =>
    resolveSubjects(dir, name, ["delegation", "person"]).filter(
      (s) => s.kind !== "delegation" || s.delegation.isMember,
    )[0];
  for (const name of names) {
    const whole = resolveOne(name);
    const parts = whole ? [whole] : name.split(/\s+(?:and|&)\s+/i).map(resolveOne);
    if (parts.some((p) => p === undefined)) {
      unknown.push(name);
      continue;
    }
    for (const subject of parts) {
      if (subject?.kind === "person") personIds.push(subject.person.id);
      if (subject?.kind === "delegation") {
        personIds.push(
          ...dir.persons.filter((p) => p.delegationId === subject.delegation.id).map((p) => p.id),
        );
      }
    }
  }
  return { personIds, unknown };
}

export async function attended(context: CommandContext, names: readonly string[]): Promise<Reply[]> {
  const { db, dir, now } = context;
  authorize(context, "minutes.attendance");
  const meeting = await meetingUnderWay(context);
  const { personIds, unknown } = attendeesOf(context, names);
  if (unknown.length) {
    throw new UserError(
      `No member delegation or person matches ${joinAnd(unknown.map((n) => `"${n}"`))}; nothing was recorded.`,
      USAGE.attended,
    );
  }
  if (personIds.length === 0)
    throw new UserError("Those delegations have no registered people.", USAGE.attended);
  const added = new Set(
    await recordAttendance(
      db,
      { committeeId: dir.committee.id, meetingId: meeting.id, personIds },
      context.actor,
      now,
    ),
  );
  const day = shortDate(meeting.startsAt, meeting.timeZone);
  if (added.size === 0)
    return [privateReply(`They were already recorded as present at the meeting of ${day}.`)];
  const byDelegation = dir.delegations
    .map((d) => ({ d, people: dir.persons.filter((p) => p.delegationId === d.id && added.has(p.id)) }))
    .filter(({ people }) => people.length)
    .map(({ d, people }) => `${d.name} (${people.map(personName).join(", ")})`);
  return [privateReply(`Recorded as present at the meeting of ${day}: ${byDelegation.join("; ")}.`)];
}
