// minutes circulate and minutes history: the draft of the last meeting held
// is frozen as its next version and sent round (the channel post, a copy to
// each member and one reminder each are queued with it; src/schedule sends
// them), and every version stays readable with what changed in it.
import { commentsDueDate, minutesReaders, planCirculation } from "../../cycle/minutes-plan.ts";
import { calendarDate, longCalendarDate, moment, personName, plural } from "../../domain/format.ts";
import { findNextMeeting } from "../../read-model/meetings.ts";
import { circulateMinutes } from "../../store/minutes-circulation.ts";
import type { CommandContext } from "../context.ts";
import { exportMinutes } from "../drafts/exports.ts";
import {
  asVersion,
  changesBetween,
  latestVersion,
  readDocument,
  versionsOf,
} from "../drafts/minutes-versions.ts";
import { UserError } from "../errors.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { lastCirculated, lockedError, minutesInPreparation } from "./minutes-subject.ts";
import { minutesOf, versionReply } from "./minutes-view.ts";

export async function circulate(context: CommandContext): Promise<Reply[]> {
  const { db, dir, records, person, now } = context;
  authorize(context, "minutes.circulate");
  const meeting = await minutesInPreparation(context);
  const { document } = await exportMinutes(dir, records, meeting.id, now);
  const previous = latestVersion(records, meeting.id);
  if (previous && changesBetween(readDocument(previous.document), document).length === 0) {
    throw new UserError(
      `Nothing has changed since version ${previous.version} of ${minutesOf(meeting)} went out; reword an item with "minutes edit <item>" first.`,
    );
  }
  const next = findNextMeeting(records, now);
  const following = next && next.startsAt.getTime() > meeting.startsAt.getTime() ? next : null;
  const commentsDue = commentsDueDate(
    calendarDate(now, dir.committee.timeZone),
    following ? calendarDate(following.startsAt, following.timeZone) : null,
  );
  const result = await circulateMinutes(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: meeting.id,
      document: (version) => JSON.stringify(asVersion(document, version)),
      changes: (stored) => changesBetween(stored ? readDocument(stored) : null, document),
      commentsDue,
      plan: (version) =>
        planCirculation(dir, { meetingId: meeting.id, version, commentsDue }, records.cycle, now),
      circulatedById: person.id,
    },
    context.actor,
    now,
  );
  if (!result.ok) throw lockedError(meeting);
  const version = latestVersion(await context.fresh(), meeting.id);
  if (!version) throw new Error(`version ${result.version} of meeting ${meeting.id} vanished`);
  const readers = minutesReaders(dir).length;
  const lead = `Version ${result.version} of ${minutesOf(meeting)} is circulated: it goes to the committee channel and to ${plural(readers, "member")} in their own chats, with comments due by ${longCalendarDate(commentsDue)}.`;
  return [await versionReply(meeting, version, lead, "private")];
}

export async function minutesHistory(context: CommandContext): Promise<Reply[]> {
  const found = lastCirculated(context);
  if (!found) throw new UserError("No minutes draft has been circulated yet.");
  const { meeting } = found;
  const zone = context.dir.committee.timeZone;
  const comments = context.records.minutes.commentsByMeeting.get(meeting.id) ?? [];
  const nameOf = (id: number | null) => {
    const person = context.dir.persons.find((p) => p.id === id);
    return person ? personName(person) : "someone no longer on record";
  };
  const versions = versionsOf(context.records, meeting.id);
  const approved = versions.find((v) => v.approvedAt);
  return [
    privateReply(`The versions of ${minutesOf(meeting)}:`, {
      sections: [
        {
          items: versions.map((v) => ({
            text: `Version ${v.version}, circulated ${moment(v.circulatedAt, zone)} by ${nameOf(v.circulatedById)}`,
            detail: [
              v.changes.length ? `Changed: ${v.changes.join("; ")}` : "The first version.",
              `Comments by ${longCalendarDate(v.commentsDue)}; ${plural(comments.filter((c) => c.version === v.version).length, "comment")} received on it.`,
              ...(v.approvedAt
                ? [
                    `Approved${v.amended ? " as amended" : ""} on ${moment(v.approvedAt, zone)} by ${nameOf(v.approvedById)}.`,
                  ]
                : []),
            ].join("\n"),
            buttons: [
              {
                actionId: "minutes-version",
                label: `Read version ${v.version}`,
                value: `${meeting.id}:${v.version}`,
              },
            ],
          })),
          context: approved
            ? "The minutes are approved and locked."
            : 'Type "minutes" for the draft as it stands now.',
        },
      ],
    }),
  ];
}

/** One earlier version, as it went out: the "Read version N" button of `minutes history`. */
export async function showVersion(context: CommandContext, value: string): Promise<Reply[]> {
  const [meetingId, number] = value.split(":").map(Number);
  const meeting = context.records.meetingById.get(meetingId ?? -1);
  const version = versionsOf(context.records, meetingId ?? -1).find((v) => v.version === number);
  if (!meeting || !version) throw new UserError("That version of the minutes is not on record.");
  const lead = `Version ${version.version} of ${minutesOf(meeting)}, as circulated.`;
  return [await versionReply(meeting, version, lead, "private")];
}
