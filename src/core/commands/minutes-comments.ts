// minutes comment, minutes comments, and a reply in the thread of a
// circulated draft: each comment is stored with its author, item and
// version, acknowledged privately, and listed to the Presidency and the
// secretariat with who has not answered yet.
import { minutesReaders, versionOfKey } from "../../cycle/minutes-plan.ts";
import { joinAnd, moment, personName, plural } from "../../domain/format.ts";
import { addMinutesComment } from "../../store/minutes-comments.ts";
import type { CommandContext } from "../context.ts";
import { headingText } from "../drafts/document.ts";
import { documentItems, findItem, readDocument, versionsOf } from "../drafts/minutes-versions.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { lockedError, openForComments } from "./minutes-subject.ts";
import { minutesOf } from "./minutes-view.ts";

// "5.4 text", "item 5.4: text": a reply in the thread may name its item as the command does.
const LEADING_ITEM = /^(?:item\s+)?(\d+(?:\.\d+)?)[.:]?\s+(\S[\s\S]*)$/i;

export async function comment(
  context: CommandContext,
  input: { item?: string; text: string; version?: number; via?: "command" | "thread" },
): Promise<Reply[]> {
  const { db, dir, person, now } = context;
  authorize(context, "minutes.comment");
  const { meeting, version: latest } = openForComments(context);
  const version = versionsOf(context.records, meeting.id).find((v) => v.version === input.version) ?? latest;
  const items = documentItems(readDocument(version.document)).filter((item) => item.number !== "");
  const item = input.item ? findItem(items, input.item) : null;
  if (input.item && !item) {
    throw new UserError(
      `Version ${version.version} of ${minutesOf(meeting)} has no item ${input.item}; its items are ${items.map((i) => i.number).join(", ")}.`,
      USAGE["minutes comment"],
    );
  }
  const saved = await addMinutesComment(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: meeting.id,
      version: version.version,
      itemNumber: item?.number ?? null,
      text: input.text,
      authorId: person.id,
      via: input.via ?? "command",
    },
    context.actor,
    now,
  );
  if (!saved.ok) throw lockedError(meeting);
  const on = item ? `on item ${headingText(item.number, item.title, item.level)}` : "on the whole draft";
  return [
    privateReply(
      `Thank you: your comment ${on} of ${minutesOf(meeting)} (version ${version.version}) is recorded, and the secretariat will see it.`,
    ),
  ];
}

/** A message in the thread of a circulated draft (the channel post or a member's copy) is a comment on it. */
export async function answerInMinutesThread(context: CommandContext): Promise<Reply[] | null> {
  const { request, db } = context;
  const threadId = request.conversation.threadId;
  const text = request.text.trim();
  if (request.kind === "submit" || request.kind === "command" || !threadId || !text) return null;
  // Most threads are not a draft's: ask the database only while some circulated draft awaits approval.
  const awaiting = [...context.records.minutes.versionsByMeeting.values()].some(
    (versions) => versions.length > 0 && !versions.at(-1)?.approvedAt,
  );
  if (!awaiting) return null;
  const sent = await db.delivery.findFirst({
    where: {
      messageId: threadId,
      kind: { in: ["minutes", "minutes-copy", "minutes-reminder"] },
      status: { in: ["sent", "possibly-sent"] },
    },
  });
  if (!sent) return null;
  const named = LEADING_ITEM.exec(text);
  const version = versionOfKey(sent.key) ?? undefined;
  return comment(context, {
    ...(named?.[1] && named[2] ? { item: named[1], text: named[2] } : { text }),
    ...(version ? { version } : {}),
    via: "thread",
  });
}

export async function listComments(context: CommandContext): Promise<Reply[]> {
  const { dir, records } = context;
  authorize(context, "minutes.comments");
  const { meeting, version } = openForComments(context);
  const comments = records.minutes.commentsByMeeting.get(meeting.id) ?? [];
  const zone = dir.committee.timeZone;
  const who = (id: number) => {
    const person = dir.persons.find((p) => p.id === id);
    const delegation = dir.delegations.find((d) => d.id === person?.delegationId)?.name;
    return person
      ? `${personName(person)}${delegation ? ` (${delegation})` : ""}`
      : "someone no longer on record";
  };
  const answered = new Set(comments.map((c) => c.authorId));
  const silent = minutesReaders(dir).filter((p) => !answered.has(p.id));
  return [
    privateReply(
      `${plural(comments.length, "comment")} on ${minutesOf(meeting)} (version ${version.version} is the latest).`,
      {
        sections: [
          {
            items: comments.map((c) => ({
              text: `${c.itemNumber ? `Item ${c.itemNumber}` : "Whole draft"} (version ${c.version}): ${c.text}`,
              detail: `${who(c.authorId)}, ${moment(c.createdAt, zone)}${c.via === "thread" ? ", in the thread" : ""}`,
            })),
            ...(comments.length ? {} : { text: "No comments yet." }),
          },
          {
            title: `Not answered yet (${silent.length})`,
            text: silent.length ? joinAnd(silent.map(personName)) : "Everyone has answered.",
            context:
              'Type "minutes edit <item>" to reword an item, then "minutes circulate" for the next version.',
          },
        ],
      },
    ),
  ];
}
