// agenda add|move|drop|history: the Presidency and the secretariat edit the
// next meeting's agenda draft; each edit is stored as a new version.
import { personName, shortDate } from "../../domain/format.ts";
import { listAgendaVersions, saveAgendaEdit } from "../../store/agenda-drafts.ts";
import type { CommandContext } from "../context.ts";
import { buildAgendaDraft } from "../drafts/agenda.ts";
import { addEntry, dropEntry, type EditResult, moveEntry } from "../drafts/agenda-edits.ts";
import type { AgendaEntry } from "../drafts/agenda-items.ts";
import { generatedAgenda } from "../drafts/meeting-agenda.ts";
import { UserError } from "../errors.ts";
import type { Command } from "../grammar.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { agendaReply, nextMeeting } from "./meetings.ts";

export type AgendaEditCommand = Extract<Command, { name: "agenda-add" | "agenda-move" | "agenda-drop" }>;

function editOf(command: AgendaEditCommand): (entries: AgendaEntry[]) => EditResult {
  switch (command.name) {
    case "agenda-add":
      return (entries) => addEntry(entries, command.title, command.placement);
    case "agenda-move":
      return (entries) => moveEntry(entries, command.item, command.placement);
    case "agenda-drop":
      return (entries) => dropEntry(entries, command.item);
  }
}

export async function editAgenda(context: CommandContext, command: AgendaEditCommand): Promise<Reply[]> {
  const { db, dir, person, now } = context;
  authorize(context, "agenda.edit");
  const meeting = await nextMeeting(context);
  const day = shortDate(meeting.startsAt, meeting.timeZone);
  if (meeting.agendaItems.length || meeting.startsAt.getTime() <= now.getTime()) {
    throw new UserError(
      `The agenda of the meeting of ${day} is already adopted; record other matters under "Any Other Business" (e.g. "note <item> <text>").`,
    );
  }
  const saved = await saveAgendaEdit(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: meeting.id,
      generated: generatedAgenda(dir, meeting),
      edit: editOf(command),
      createdById: person.id,
    },
    context.actor,
    now,
  );
  const draft = await buildAgendaDraft(dir, await context.fresh(), meeting, now);
  const change = saved.change.charAt(0).toUpperCase() + saved.change.slice(1);
  return [agendaReply(meeting, draft, { lead: `${change}: agenda draft version ${saved.version}.` })];
}

export async function agendaHistory(context: CommandContext): Promise<Reply[]> {
  const meeting = await nextMeeting(context);
  const day = shortDate(meeting.startsAt, meeting.timeZone);
  const versions = await listAgendaVersions(context.db, meeting.id);
  if (versions.length === 0) {
    return [
      privateReply(
        `The agenda draft of the meeting of ${day} has not been edited; it is the standard agenda.`,
      ),
    ];
  }
  const zone = context.dir.committee.timeZone;
  return [
    privateReply(`Versions of the agenda draft of the meeting of ${day}:`, {
      sections: [
        {
          items: versions.map((v) => ({
            text: `Version ${v.version}: ${v.change}`,
            detail: `${shortDate(v.createdAt, zone)}${v.createdBy ? `, by ${personName(v.createdBy)}` : ""}; ${v.entries.length} items`,
          })),
        },
      ],
    }),
  ];
}
