// What a due row should say now, or why it is no longer wanted: a request to
// someone who has already answered is skipped, a reminder goes only to those
// who have not, an away person's request goes to a colleague of the same
// delegation, and the agenda post is compiled from the updates received.
import { agendaReply } from "../core/commands/meetings.ts";
import { ownerLabel } from "../core/describe.ts";
import { attachments, exportAgenda } from "../core/drafts/exports.ts";
import { canSee, openToCommittee, visibilityPhrase } from "../core/policy.ts";
import { publicReply } from "../core/reply.ts";
import { delegationContact, isAway, zoneOf } from "../cycle/people.ts";
import { agendaDeadline } from "../cycle/planner.ts";
import type { Prepared } from "../delivery/worker.ts";
import { calendarDate, longCalendarDate, personName, plural } from "../domain/format.ts";
import { dueDate, isDueBy, isOverdue, listActions } from "../read-model/actions.ts";
import { findMeeting } from "../read-model/meetings.ts";
import type { Records } from "../read-model/records.ts";
import { listUpdatesForMeeting } from "../read-model/updates.ts";
import type { CycleSettings } from "../store/cycle-settings.ts";
import type { DeliveryRow } from "../store/delivery-queue.ts";
import { enqueue } from "../store/delivery-queue.ts";
import type { Directory, PersonEntry } from "../store/directory.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import type { Db } from "../store/open.ts";
import {
  type AskFacts,
  actionsDueReply,
  askInChannelReply,
  askReply,
  cancelledReply,
  movedReply,
  overdueReply,
} from "./messages.ts";
import { prepareMinutesCopy, prepareMinutesPost, prepareMinutesReminder } from "./minutes-posts.ts";

/** What one sweep knows: read once, shared by every row it sends. */
export interface SweepState {
  db: Db;
  dir: Directory;
  records: Records;
  settings: CycleSettings;
  /** personId -> last day away (yyyy-mm-dd). */
  absences: ReadonlyMap<number, string>;
  now: Date;
}

const DAY_MS = 24 * 3600_000;

const skip = (reason: string): Prepared => ({ outcome: "skipped", reason });
const withdraw = (reason: string): Prepared => ({ outcome: "withdrawn", reason });

export async function prepareDelivery(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  switch (row.kind) {
    case "prompt":
    case "reminder":
      return prepareAsk(state, row, row.kind);
    case "agenda":
      return prepareAgenda(state, row);
    case "actions-due":
      return prepareActionsDue(state, row);
    case "overdue":
      return prepareOverdue(state, row);
    case "moved":
    case "cancelled":
      return prepareNotice(state, row, row.kind);
    case "minutes":
      return prepareMinutesPost(state, row);
    case "minutes-copy":
      return prepareMinutesCopy(state, row);
    case "minutes-reminder":
      return prepareMinutesReminder(state, row);
    default:
      return withdraw(`unknown kind "${row.kind}"`);
  }
}

function personOf(state: SweepState, id: number | null): PersonEntry | undefined {
  return id === null ? undefined : state.dir.persons.find((p) => p.id === id);
}

function delegationName(state: SweepState, person: PersonEntry): string {
  return state.dir.delegations.find((d) => d.id === person.delegationId)?.name ?? "your delegation";
}

async function meetingOf(state: SweepState, row: DeliveryRow): Promise<MeetingRecord | null> {
  return row.meetingId === null ? null : findMeeting(state.records, row.meetingId);
}

async function prepareAsk(
  state: SweepState,
  row: DeliveryRow,
  kind: "prompt" | "reminder",
): Promise<Prepared> {
  const { db, dir, now } = state;
  const meeting = await meetingOf(state, row);
  if (meeting?.status !== "scheduled") return withdraw("the meeting is no longer scheduled");
  const area = dir.areas.find((a) => a.id === row.areaId);
  const person = personOf(state, row.personId);
  if (!area || !person) return withdraw("the area or the person is no longer on record");
  const answered = listUpdatesForMeeting(state.records, meeting.id).some(
    (u) => u.subjectKey === `area:${area.id}`,
  );
  if (answered) return skip(`${area.name} has already been answered`);
  if (kind === "reminder") {
    const recent = await db.delivery.findFirst({
      where: {
        kind: "prompt",
        meetingId: meeting.id,
        areaId: area.id,
        status: "sent",
        sentAt: { gt: new Date(now.getTime() - DAY_MS) },
      },
    });
    if (recent) return skip("asked less than a day ago");
  }
  const zone = zoneOf(dir, person);
  if (isAway(state.absences, person.id, calendarDate(now, zone))) return askColleague(state, row, person);
  const standInFor = personOf(state, row.standInForId);
  const facts: AskFacts = {
    person,
    delegation: delegationName(state, person),
    area,
    meeting,
    deadline: agendaDeadline(meeting, state.settings),
    timeZone: zone,
    ...(standInFor
      ? {
          standInFor: {
            person: standInFor,
            until: state.absences.get(standInFor.id) ?? calendarDate(now, zone),
          },
        }
      : {}),
  };
  return {
    outcome: "send",
    reply: askReply(kind, facts),
    to: { kind: "person", personId: person.id, fallback: askInChannelReply(kind, facts) },
  };
}

/** The person is away: the same request goes, now, to a colleague of the same delegation who is not. */
async function askColleague(state: SweepState, row: DeliveryRow, away: PersonEntry): Promise<Prepared> {
  const today = calendarDate(state.now, state.dir.committee.timeZone);
  const unavailable = new Set([
    away.id,
    ...[...state.absences.keys()].filter((id) => isAway(state.absences, id, today)),
  ]);
  const colleague = delegationContact(state.dir, away.delegationId, unavailable);
  const until = longCalendarDate(state.absences.get(away.id) ?? today);
  if (!colleague)
    return skip(`${personName(away)} is away until ${until} and has no colleague on record to ask instead`);
  const original = row.standInForId ?? away.id;
  await enqueue(
    state.db,
    row.committeeId,
    {
      key: `${row.kind}:m${row.meetingId}:a${row.areaId}:p${colleague.id}:for-p${original}`,
      kind: row.kind as "prompt" | "reminder",
      ...(row.meetingId !== null ? { meetingId: row.meetingId } : {}),
      ...(row.areaId !== null ? { areaId: row.areaId } : {}),
      personId: colleague.id,
      standInForId: away.id,
      dueAt: state.now,
      ...(row.expiresAt ? { expiresAt: row.expiresAt } : {}),
    },
    state.now,
  );
  return skip(`${personName(away)} is away until ${until}; asked ${personName(colleague)} instead`);
}

async function prepareAgenda(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const meeting = await meetingOf(state, row);
  if (meeting?.status !== "scheduled") return withdraw("the meeting is no longer scheduled");
  const exported = await exportAgenda(state.dir, state.records, meeting.id, state.now);
  const updates = listUpdatesForMeeting(state.records, meeting.id).filter((u) => u.areaId !== null).length;
  const lead = `The agenda draft is ready: updates received for ${updates} of ${plural(state.dir.areas.length, "area")}.`;
  const reply = agendaReply(meeting, exported.draft, { lead, files: attachments(exported) });
  return { outcome: "send", reply: { ...reply, visibility: "public", buttons: [] }, to: { kind: "channel" } };
}

async function prepareActionsDue(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const meeting = await meetingOf(state, row);
  if (!meeting || meeting.status === "cancelled") return withdraw("the meeting was cancelled");
  // a channel post: nothing of a coalition whose record is not open to the committee
  const open = openToCommittee(listActions(state.records, { status: "open" }));
  // "by the next meeting" and not already due by the one just held
  const due = open.filter((a) => a.dueKind === "next-meeting" && !isDueBy(a, meeting));
  if (due.length === 0) return skip("no action items are due by the next meeting");
  const next =
    state.records.meetings.find(
      (m) => m.status === "scheduled" && m.startsAt.getTime() > meeting.startsAt.getTime(),
    ) ?? null;
  const items = due.map((a) => ({ number: a.number, text: a.text, owners: ownerLabel(a, state.dir) }));
  return { outcome: "send", reply: actionsDueReply(meeting, next, items), to: { kind: "channel" } };
}

async function prepareOverdue(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const action = state.records.actions.find((a) => a.id === row.actionId);
  const person = personOf(state, row.personId);
  if (!action || !person) return withdraw("the action item or the person is no longer on record");
  const zone = state.dir.committee.timeZone;
  const dueOn = dueDate(action, zone);
  if (!isOverdue(action, state.now, zone) || dueOn === null)
    return skip("the action item is no longer overdue");
  // The coalition's record may have been restricted since the nudge was planned.
  const kept = action.coalition?.visibility ?? "committee";
  if (!canSee(person, kept)) return withdraw("the person may not read the item's coalition record");
  const reply = overdueReply(person, { number: action.number, text: action.text, dueOn }, [
    ownerLabel(action, state.dir),
  ]);
  const who = `${personName(person)} (${delegationName(state, person)})`;
  // Said in the channel when the person cannot be written to directly: the item itself only if everyone may read it.
  const fallback =
    kept === "committee"
      ? { ...reply, text: `${who}: ${reply.text}` }
      : publicReply(
          `${who}: an action item of yours is overdue; its record is ${visibilityPhrase(kept)}, so type "actions mine" in a direct message to me to see it.`,
        );
  return { outcome: "send", reply, to: { kind: "person", personId: person.id, fallback } };
}

async function prepareNotice(
  state: SweepState,
  row: DeliveryRow,
  kind: "moved" | "cancelled",
): Promise<Prepared> {
  const meeting = await meetingOf(state, row);
  const person = personOf(state, row.personId);
  if (!meeting || !person) return withdraw("the meeting or the person is no longer on record");
  if (kind === "moved" && meeting.status !== "scheduled")
    return withdraw("the meeting is no longer scheduled");
  const zone = zoneOf(state.dir, person);
  const reply =
    kind === "moved"
      ? movedReply(person, meeting, agendaDeadline(meeting, state.settings), zone)
      : cancelledReply(person, meeting);
  const who = `${personName(person)} (${delegationName(state, person)})`;
  return {
    outcome: "send",
    reply,
    to: { kind: "person", personId: person.id, fallback: { ...reply, text: `${who}: ${reply.text}` } },
  };
}
