// Which meeting's minutes a minutes command is about: the last meeting held
// for circulating and correcting its draft; the latest meeting with a
// circulated draft for comments, history and approval. Approved minutes are
// locked: every write names the approval instead.
import { shortDate } from "../../domain/format.ts";
import type { MinutesVersionRecord } from "../../read-model/minutes.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { CommandContext } from "../context.ts";
import { latestVersion } from "../drafts/minutes-versions.ts";
import { UserError } from "../errors.ts";
import { lastMeeting } from "./meetings.ts";

export function lockedError(meeting: MeetingRecord): UserError {
  const approved = meeting.minutesApprovedAt
    ? ` on ${shortDate(meeting.minutesApprovedAt, meeting.timeZone)}`
    : "";
  return new UserError(
    `The minutes of ${shortDate(meeting.startsAt, meeting.timeZone)} were approved${approved} and are locked.`,
  );
}

/** The last meeting held, whose draft may be circulated or corrected: refused once approved. */
export async function minutesInPreparation(context: CommandContext): Promise<MeetingRecord> {
  const meeting = await lastMeeting(context);
  if (meeting.minutesApprovedAt) throw lockedError(meeting);
  return meeting;
}

export interface Circulated {
  meeting: MeetingRecord;
  version: MinutesVersionRecord;
}

/** The latest meeting whose draft has been circulated (approved or not); null when none has been. */
export function lastCirculated(context: CommandContext): Circulated | null {
  const { records } = context;
  for (const meeting of [...records.meetings].reverse()) {
    const version = latestVersion(records, meeting.id);
    if (version) return { meeting, version };
  }
  return null;
}

/** The circulated draft still open for comments and approval. */
export function openForComments(context: CommandContext): Circulated {
  const found = lastCirculated(context);
  if (!found) throw new UserError("No minutes draft has been circulated yet.");
  if (found.meeting.minutesApprovedAt) throw lockedError(found.meeting);
  return found;
}
