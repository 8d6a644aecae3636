// minutes edit <item>: the secretariat rewords an item of the draft in a form
// holding the item's text as it stands (drafted from the records, or as last
// reworded). The wording is kept and goes out with the next circulated version.
import * as z from "zod";
import type { MeetingRecord } from "../../store/meetings.ts";
import { correctMinutesItem } from "../../store/minutes-corrections.ts";
import type { CommandContext } from "../context.ts";
import { minutesDocument } from "../drafts/document.ts";
import { buildMinutesDraft } from "../drafts/minutes.ts";
import { documentItems, findItem, latestVersion } from "../drafts/minutes-versions.ts";
import { UserError } from "../errors.ts";
import { minutesEditForm } from "../forms.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { lockedError, minutesInPreparation } from "./minutes-subject.ts";
import { minutesOf } from "./minutes-view.ts";

/** The items of the current draft (corrections applied) with their text, "PRESENT:" aside. */
async function currentItems(context: CommandContext, meetingId: number) {
  const draft = await buildMinutesDraft(context.dir, context.records, meetingId, context.now);
  return documentItems(minutesDocument(draft)).filter(
    (item) => item.number !== "" && item.title !== "PRESENT:",
  );
}

async function itemOf(context: CommandContext, meetingId: number, reference: string, field?: string) {
  const items = await currentItems(context, meetingId);
  const item = findItem(items, reference);
  if (!item) {
    throw new UserError(
      `The minutes draft has no item ${reference} to reword; its items are ${items.map((i) => i.number).join(", ")} (attendance is recorded with "attended").`,
      undefined,
      field,
    );
  }
  return item;
}

export async function openMinutesEdit(context: CommandContext, reference: string): Promise<Reply[]> {
  authorize(context, "minutes.edit");
  const meeting = await minutesInPreparation(context);
  const item = await itemOf(context, meeting.id, reference);
  return [
    privateReply(`Reword item ${item.number} of ${minutesOf(meeting)}.`, {
      form: minutesEditForm(meeting.id, item, item.text),
    }),
  ];
}

// A text over the form field limit never gets here: the form's submission
// refuses it under its field first (intake.ts, fieldTooLong).
const submitted = z.object({
  meeting: z.coerce.number().int().positive(),
  item: z.string().trim().min(1),
  text: z.string().trim().min(1),
});

export async function submitMinutesEdit(
  context: CommandContext,
  values: Record<string, string>,
): Promise<Reply[]> {
  authorize(context, "minutes.edit");
  const parsed = submitted.safeParse(values);
  if (!parsed.success) throw new UserError("Write the item's text.", undefined, "text");
  const meeting = await minutesInPreparation(context);
  if (meeting.id !== parsed.data.meeting) {
    throw new UserError(
      `This form belongs to the minutes of another meeting; type "minutes edit ${parsed.data.item}" again.`,
    );
  }
  return reword(context, meeting, parsed.data.item, parsed.data.text);
}

/** "minutes edit 5.4: <new wording>": the same as the form, typed. */
export async function rewordMinutesItem(
  context: CommandContext,
  reference: string,
  text: string,
): Promise<Reply[]> {
  authorize(context, "minutes.edit");
  const meeting = await minutesInPreparation(context);
  return reword(context, meeting, reference, text);
}

async function reword(
  context: CommandContext,
  meeting: MeetingRecord,
  reference: string,
  typed: string,
): Promise<Reply[]> {
  const item = await itemOf(context, meeting.id, reference, "item");
  const text = typed.replace(/\r\n?/g, "\n").trim();
  if (text === item.text) throw new UserError("The text is as it was; nothing to save.", undefined, "text");
  const saved = await correctMinutesItem(
    context.db,
    {
      committeeId: context.dir.committee.id,
      meetingId: meeting.id,
      itemNumber: item.number,
      before: item.text,
      text,
      editedById: context.person.id,
    },
    context.actor,
    context.now,
  );
  if (!saved.ok) throw lockedError(meeting);
  const next = (latestVersion(context.records, meeting.id)?.version ?? 0) + 1;
  return [
    privateReply(
      `Item ${item.number} (${item.title}) of ${minutesOf(meeting)} is reworded. It goes out in version ${next} when the draft is circulated.`,
      {
        buttons: [
          {
            actionId: "run",
            label: `Circulate version ${next}`,
            value: "minutes circulate",
            style: "primary",
          },
        ],
      },
    ),
  ];
}
