// A minutes document uploaded in chat: the secretariat or the Presidency
// sends it, the bot reads it with the same parser as `npm run import:minutes`
// and answers privately with what it found. Nothing is recorded until a
// button is pressed: "Record" on one candidate action item, "Record all", or
// "Store the meeting record" (meeting, agenda items, attendance, as the CLI
// imports them). The document is kept in MinutesUpload and parsed again on
// each press, so the buttons carry only "<upload id>:<candidate>" and still
// work after a restart.
import { joinAnd, longCalendarDate } from "../../domain/format.ts";
import { MONTH_NAMES } from "../../domain/period.ts";
import type { ActionCandidate } from "../../minutes/import/actions.ts";
import type { MeetingFields } from "../../minutes/import/heading.ts";
import { type MinutesImport, parseMinutes } from "../../minutes/import/parse.ts";
import { importMinutes } from "../../store/import-minutes.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { wellFormed } from "../intake.ts";
import { authorize } from "../policy.ts";
import { type Button, privateReply, type Reply } from "../reply.ts";
import { uploadRefusal } from "../uploads.ts";
import { createActionItem, resolveDue, resolveOwners } from "./actions.ts";

export const IMPORT_ACTIONS = {
  candidate: "import-candidate",
  all: "import-all",
  store: "import-store",
} as const;

const UPLOAD_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

const STALE_UPLOAD = "That button belongs to a minutes document I no longer have; send the document again.";

/** Reads an uploaded minutes document and offers its contents for confirmation. */
export async function importUpload(context: CommandContext): Promise<Reply[]> {
  const { db, dir, person, now, request } = context;
  const file = request.file;
  if (!file) throw new UserError("No document came with that message.");
  authorize(context, "minutes.import");
  const refused = uploadRefusal(file);
  if (refused) throw new UserError(refused);
  const text = wellFormed(file.text ?? "");
  const minutes = parseMinutes(text, [], { fileName: file.name });
  if (!minutes.meeting.date && minutes.items.length === 0 && minutes.actionCandidates.length === 0)
    throw new UserError(
      `"${file.name}" does not read as committee minutes: I found no meeting date, agenda items or action items.`,
    );
  // uploads nobody went through in a month are dropped; their buttons then say so
  await db.minutesUpload.deleteMany({
    where: { committeeId: dir.committee.id, uploadedAt: { lt: new Date(now.getTime() - UPLOAD_KEPT_MS) } },
  });
  const upload = await db.minutesUpload.create({
    data: {
      committeeId: dir.committee.id,
      filename: file.name.slice(0, 200),
      text,
      uploadedById: person.id,
      uploadedAt: now,
    },
  });
  return [summaryReply(upload.id, file.name, minutes)];
}

function when(fields: MeetingFields): string {
  if (!fields.date) return "no date I could read";
  const time = fields.start ? `, ${fields.start}${fields.end ? `–${fields.end}` : ""}` : "";
  return `${meetingDay(fields.date)}${time}`;
}

/** "Thursday 14 June 2018"; a date read without its year ("--06-14") says so. */
function meetingDay(date: string): string {
  const monthDay = /^--(\d\d)-(\d\d)$/.exec(date);
  if (!monthDay) return longCalendarDate(date);
  const month = MONTH_NAMES[Number(monthDay[1]) - 1] ?? "";
  return `${Number(monthDay[2])} ${month.charAt(0).toUpperCase()}${month.slice(1)} (the year is not given)`;
}

function candidateDetail(candidate: ActionCandidate): string {
  const owners = candidate.owners.length ? joinAnd(candidate.owners) : "the secretariat (no owner named)";
  return `Owners: ${owners}; due ${candidate.due ?? "not given"}.`;
}

function summaryReply(uploadId: number, filename: string, minutes: MinutesImport): Reply {
  const { meeting, nextMeeting, actionCandidates } = minutes;
  const attendees = minutes.present.reduce((sum, entry) => sum + entry.persons.length, 0);
  const buttons: Button[] = [
    { actionId: IMPORT_ACTIONS.store, label: "Store the meeting record", value: String(uploadId) },
  ];
  if (actionCandidates.length)
    buttons.unshift({
      actionId: IMPORT_ACTIONS.all,
      label: "Record all",
      value: String(uploadId),
      style: "primary",
    });
  return privateReply(
    `Read "${filename}": the meeting of ${meeting.date ? meetingDay(meeting.date) : "an unreadable date"}, ${actionCandidates.length} candidate action items. Nothing is recorded until you confirm below.`,
    {
      title: "Minutes read",
      sections: [
        {
          fields: [
            { label: "Meeting", value: when(meeting) },
            { label: "Place", value: meeting.place ?? "not given" },
            {
              label: "Attendance",
              value: `${attendees} persons from ${minutes.present.length} delegations`,
            },
            { label: "Agenda items", value: String(minutes.items.length) },
            {
              label: "Next meeting",
              value: nextMeeting
                ? `${when(nextMeeting)}${nextMeeting.place ? `, ${nextMeeting.place}` : ""}`
                : "not given",
            },
          ],
        },
        {
          title: "Candidate action items",
          ...(actionCandidates.length ? {} : { text: "None found." }),
          items: actionCandidates.map((candidate, index) => ({
            text: candidate.text,
            detail: candidateDetail(candidate),
            buttons: [{ actionId: IMPORT_ACTIONS.candidate, label: "Record", value: `${uploadId}:${index}` }],
          })),
        },
      ],
      buttons,
    },
  );
}

/** A press on one of the upload's buttons. */
export async function pressImportButton(
  context: CommandContext,
  actionId: string,
  value: string,
): Promise<Reply[]> {
  authorize(context, "minutes.import");
  const [uploadPart, indexPart] = value.split(":");
  const upload = await context.db.minutesUpload.findFirst({
    where: { id: Number(uploadPart) || 0, committeeId: context.dir.committee.id },
  });
  if (!upload) throw new UserError(STALE_UPLOAD);
  const minutes = parseMinutes(upload.text, [], { fileName: upload.filename });
  if (actionId === IMPORT_ACTIONS.store) return storeMeeting(context, minutes, upload.text);
  if (actionId === IMPORT_ACTIONS.all) return recordAll(context, minutes.actionCandidates);
  const candidate = minutes.actionCandidates[Number(indexPart)];
  if (!candidate || indexPart === undefined) throw new UserError(STALE_UPLOAD);
  return recordCandidate(context, candidate);
}

async function recordCandidate(context: CommandContext, candidate: ActionCandidate): Promise<Reply[]> {
  const existing = await context.db.actionItem.findFirst({
    where: { committeeId: context.dir.committee.id, text: candidate.text },
  });
  if (existing) return [privateReply(`Already recorded as A-${existing.number}: ${existing.text}`)];
  const owners = resolveOwners(context, candidate.owners);
  const due = await resolveDue(context, candidate.due ?? undefined);
  return createActionItem(context, { text: candidate.text, owners, due });
}

async function recordAll(context: CommandContext, candidates: ActionCandidate[]): Promise<Reply[]> {
  const recorded: string[] = [];
  const skipped: string[] = [];
  for (const candidate of candidates) {
    try {
      const [reply] = await recordCandidate(context, candidate);
      if (reply) (reply.visibility === "public" ? recorded : skipped).push(reply.text);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      skipped.push(`Not recorded: "${candidate.text}": ${error.message}`);
    }
  }
  return [
    privateReply(`Recorded ${recorded.length} of ${candidates.length} candidate action items.`, {
      sections: [
        ...(recorded.length ? [{ title: "Recorded", items: recorded.map((text) => ({ text })) }] : []),
        ...(skipped.length
          ? [{ title: "Left for you to record by hand", items: skipped.map((text) => ({ text })) }]
          : []),
      ],
    }),
  ];
}

async function storeMeeting(context: CommandContext, minutes: MinutesImport, text: string): Promise<Reply[]> {
  const { db, dir, actor, now } = context;
  const result = await importMinutes(db, dir, minutes, actor, now, text);
  if ("refused" in result) throw new UserError(result.refused);
  const created = [
    ...(result.newDelegations.length ? [`new delegations: ${joinAnd(result.newDelegations)}`] : []),
    ...(result.newPersons.length ? [`new persons: ${joinAnd(result.newPersons)}`] : []),
  ];
  return [
    privateReply(
      `Stored the meeting of ${minutes.meeting.date}: ${result.items} agenda items, ${result.attendees} attendees${created.length ? `; ${created.join("; ")}` : ""}.`,
    ),
  ];
}
