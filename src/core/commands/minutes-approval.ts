// minutes approve [with amendments]: at the next meeting, the committee
// approves the circulated draft. The approval is recorded, the meeting's
// minutes are stamped approved and locked, and the decision sentence goes
// under the item "Approval of the Minutes of <date>" of the meeting at which
// they were approved, so that meeting's own minutes say it.
import { longDate, shortDate } from "../../domain/format.ts";
import { approveMinutes } from "../../store/minutes-approval.ts";
import type { CommandContext } from "../context.ts";
import { adoptedItems, agendaOf } from "../drafts/meeting-agenda.ts";
import { minutesApprovedSentence } from "../drafts/minutes-wording.ts";
import { UserError } from "../errors.ts";
import { authorize } from "../policy.ts";
import { publicReply, type Reply } from "../reply.ts";
import { lastMeeting } from "./meetings.ts";
import { lockedError, openForComments } from "./minutes-subject.ts";
import { minutesOf } from "./minutes-view.ts";

export async function approve(context: CommandContext, amended: boolean): Promise<Reply[]> {
  const { db, dir, records, person, now } = context;
  authorize(context, "minutes.approve");
  const { meeting, version } = openForComments(context);
  const at = await lastMeeting(context);
  if (at.startsAt.getTime() <= meeting.startsAt.getTime()) {
    const next = records.meetings.find(
      (m) => m.status === "scheduled" && m.startsAt.getTime() > meeting.startsAt.getTime(),
    );
    throw new UserError(
      `${minutesOf(meeting).replace(/^t/, "T")} are approved at the next meeting${next ? `, on ${longDate(next.startsAt, next.timeZone)}` : ""}, which has not begun.`,
    );
  }
  const agenda = agendaOf(records, dir, at);
  const item = agenda.entries.find((entry) => entry.key === "approval");
  if (!item) {
    throw new UserError(
      `The agenda of the meeting of ${shortDate(at.startsAt, at.timeZone)} has no item for the approval of the minutes; add one with "agenda add Approval of the Minutes of ${shortDate(meeting.startsAt, meeting.timeZone)} after 2".`,
    );
  }
  const decision = minutesApprovedSentence(amended);
  const result = await approveMinutes(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: meeting.id,
      version: version.version,
      amended,
      atMeetingId: at.id,
      itemNumber: item.number,
      adopt: adoptedItems(agenda),
      decision,
      approvedById: person.id,
    },
    context.actor,
    now,
  );
  if (!result.ok && result.reason === "approved") throw lockedError(meeting);
  if (!result.ok)
    throw new UserError("A new version was circulated a moment ago; look at it and approve again.");
  return [
    publicReply(
      `${minutesOf(meeting).replace(/^t/, "T")} (version ${version.version}) are approved${amended ? " as amended" : ""} and locked. Recorded under item ${item.number} (${item.title}) of the meeting of ${shortDate(at.startsAt, at.timeZone)}: "${decision}"`,
    ),
  ];
}
