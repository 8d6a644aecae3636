// How a circulated minutes version reads in chat: its items as sections, the
// deadline for comments, and its Word and Markdown files. The command that
// circulates it, `minutes history` and the scheduled posts and copies all
// show it so.
import { calendarDate, longCalendarDate, shortDate } from "../../domain/format.ts";
import type { MinutesVersionRecord } from "../../read-model/minutes.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import { headingText } from "../drafts/document.ts";
import { documentFiles } from "../drafts/exports.ts";
import { asVersion, documentItems, readDocument } from "../drafts/minutes-versions.ts";
import type { Reply, Section } from "../reply.ts";

/** "the minutes of 7 December 2016" */
export function minutesOf(meeting: Pick<MeetingRecord, "startsAt" | "timeZone">): string {
  return `the minutes of ${shortDate(meeting.startsAt, meeting.timeZone)}`;
}

/** "Comments by Friday 16 December 2016 (the end of that day in your time zone)." */
export function commentsDueLine(version: MinutesVersionRecord): string {
  return `Comments by ${longCalendarDate(version.commentsDue)}, the end of that day in your own time zone.`;
}

/** The version as sent: its items, what changed, how to comment, and its files. */
export async function versionReply(
  meeting: MeetingRecord,
  version: MinutesVersionRecord,
  lead: string,
  visibility: Reply["visibility"],
): Promise<Reply> {
  const document = asVersion(readDocument(version.document), version.version);
  const changed: Section[] = version.changes.length
    ? [
        {
          title: `Changed since version ${version.version - 1}`,
          items: version.changes.map((text) => ({ text })),
        },
      ]
    : [];
  const items = documentItems(document).map(
    (item): Section => ({
      title: item.number ? headingText(item.number, item.title, item.level) : item.title,
      ...(item.text ? { text: item.text } : {}),
    }),
  );
  const day = calendarDate(meeting.startsAt, meeting.timeZone);
  return {
    visibility,
    text: lead,
    sections: [
      { text: [document.title, ...document.subtitle].join("\n"), context: document.status },
      ...changed,
      ...items,
      {
        context: `${commentsDueLine(version)} Reply in this thread, or type "minutes comment <item> <your comment>" (or "minutes comment no comments").`,
      },
    ],
    files: await documentFiles(document, `minutes-${day}-v${version.version}`),
  };
}
