// What the minutes' circulation sends, decided when it is due: the version in
// the committee channel, a member's own copy, and the one reminder to a
// member who has not answered. A post or copy of a version since superseded
// is withdrawn (the newer one goes instead); after the approval nothing more
// goes; a member who has commented, or is away, is not reminded.
import { commentsDueLine, minutesOf, versionReply } from "../core/commands/minutes-view.ts";
import { versionsOf } from "../core/drafts/minutes-versions.ts";
import { publicReply, type Reply } from "../core/reply.ts";
import { versionOfKey } from "../cycle/minutes-plan.ts";
import { isAway, zoneOf } from "../cycle/people.ts";
import type { Prepared } from "../delivery/worker.ts";
import { calendarDate, longCalendarDate, personName } from "../domain/format.ts";
import type { MinutesVersionRecord } from "../read-model/minutes.ts";
import type { Records } from "../read-model/records.ts";
import type { DeliveryRow } from "../store/delivery-queue.ts";
import type { Directory } from "../store/directory.ts";
import type { MeetingRecord } from "../store/meetings.ts";

/** What of a sweep these need (compose.ts's SweepState has it). */
interface SweepState {
  dir: Directory;
  records: Records;
  /** personId -> last day away (yyyy-mm-dd). */
  absences: ReadonlyMap<number, string>;
  now: Date;
}

type Found =
  | { ok: true; meeting: MeetingRecord; version: MinutesVersionRecord }
  | { ok: false; why: Prepared };

/** The meeting and the version the row is about: the key's version for a post or copy, the latest for a reminder. */
function versionFor(state: SweepState, row: DeliveryRow): Found {
  const meeting = row.meetingId === null ? null : state.records.meetingById.get(row.meetingId);
  if (!meeting)
    return { ok: false, why: { outcome: "withdrawn", reason: "the meeting is no longer on record" } };
  if (meeting.minutesApprovedAt)
    return { ok: false, why: { outcome: "withdrawn", reason: "the minutes are approved" } };
  const versions = versionsOf(state.records, meeting.id);
  const latest = versions.at(-1);
  const wanted = versionOfKey(row.key) ?? latest?.version;
  const version = versions.find((v) => v.version === wanted);
  if (!latest || !version)
    return { ok: false, why: { outcome: "withdrawn", reason: "the version is not on record" } };
  if (version.version !== latest.version)
    return { ok: false, why: { outcome: "withdrawn", reason: `superseded by version ${latest.version}` } };
  return { ok: true, meeting, version };
}

function personOf(state: SweepState, id: number | null) {
  return id === null ? undefined : state.dir.persons.find((p) => p.id === id);
}

export async function prepareMinutesPost(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const found = versionFor(state, row);
  if (!found.ok) return found.why;
  const { meeting, version } = found;
  const lead = `Version ${version.version} of ${minutesOf(meeting)} is circulated for comments.`;
  const reply = await versionReply(meeting, version, lead, "public");
  return { outcome: "send", reply, to: { kind: "channel" } };
}

export async function prepareMinutesCopy(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const found = versionFor(state, row);
  const person = personOf(state, row.personId);
  if (!found.ok) return found.why;
  if (!person) return { outcome: "withdrawn", reason: "the person is no longer on record" };
  const { meeting, version } = found;
  const lead = `${personName(person)}, here is version ${version.version} of ${minutesOf(meeting)} for your comments.`;
  const reply = await versionReply(meeting, version, lead, "public");
  // No mention in the channel for those the bot cannot write to: the channel's own post is their copy.
  return { outcome: "send", reply, to: { kind: "person", personId: person.id, fallback: null } };
}

/** Said in the committee channel when the person cannot be written to directly: the post there has the draft. */
function inChannel(
  state: SweepState,
  person: NonNullable<ReturnType<typeof personOf>>,
  version: MinutesVersionRecord,
): Reply {
  const delegation = state.dir.delegations.find((d) => d.id === person.delegationId)?.name;
  return publicReply(
    `${personName(person)}${delegation ? ` (${delegation})` : ""}: I could not write to you directly. Version ${version.version} of the draft minutes is posted in this channel; ${commentsDueLine(version)}`,
  );
}

export async function prepareMinutesReminder(state: SweepState, row: DeliveryRow): Promise<Prepared> {
  const found = versionFor(state, row);
  const person = personOf(state, row.personId);
  if (!found.ok) return found.why;
  if (!person) return { outcome: "withdrawn", reason: "the person is no longer on record" };
  const { meeting, version } = found;
  const comments = state.records.minutes.commentsByMeeting.get(meeting.id) ?? [];
  if (comments.some((c) => c.authorId === person.id))
    return { outcome: "skipped", reason: `${personName(person)} has answered` };
  if (isAway(state.absences, person.id, calendarDate(state.now, zoneOf(state.dir, person))))
    return { outcome: "skipped", reason: `${personName(person)} is away` };
  const reply = publicReply(
    `${personName(person)}, a reminder: comments on version ${version.version} of ${minutesOf(meeting)} are due by ${longCalendarDate(version.commentsDue)}.`,
    {
      sections: [
        {
          context: `${commentsDueLine(version)} Reply in the thread of the draft, type "minutes comment <item> <your comment>", or press the button if you have none.`,
        },
      ],
      buttons: [{ actionId: "run", label: "No comments", value: "minutes comment no comments" }],
    },
  );
  return {
    outcome: "send",
    reply,
    to: { kind: "person", personId: person.id, fallback: inChannel(state, person, version) },
  };
}
