// meeting [next|last], agenda, minutes: what the chat shows of a meeting, its
// agenda draft and its minutes draft (the drafts themselves: ../drafts/).
import { joinAnd, longCalendarDate, meetingWhen, plural, shortDate } from "../../domain/format.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import { isDueBy, listActions } from "../../read-model/actions.ts";
import { findLastMeeting, findNextMeeting } from "../../read-model/meetings.ts";
import { listUpdatesForMeeting } from "../../read-model/updates.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { CommandContext } from "../context.ts";
import { ownerLabel } from "../describe.ts";
import type { AgendaDraft } from "../drafts/agenda.ts";
import { headingText } from "../drafts/document.ts";
import { attachments, exportAgenda, exportMinutes } from "../drafts/exports.ts";
import { latestVersion } from "../drafts/minutes-versions.ts";
import { UserError } from "../errors.ts";
import { can } from "../policy.ts";
import { type Attachment, privateReply, type Reply, type Section } from "../reply.ts";

function where(meeting: MeetingRecord): string {
  return meeting.place ? `, at the ${meeting.place}` : "";
}

export async function nextMeeting(context: CommandContext): Promise<MeetingRecord> {
  const found = findNextMeeting(context.records, context.now);
  if (!found) throw new UserError("No meeting is scheduled yet. The secretariat can schedule one.");
  return found;
}

export async function lastMeeting(context: CommandContext): Promise<MeetingRecord> {
  const found = findLastMeeting(context.records, context.now);
  if (!found) throw new UserError("No meeting has been held yet.");
  return found;
}

export async function meeting(context: CommandContext, which: "next" | "last"): Promise<Reply[]> {
  return which === "next" ? describeNext(context) : describeLast(context);
}

async function describeNext(context: CommandContext): Promise<Reply[]> {
  const { dir } = context;
  const next = await nextMeeting(context);
  const updates = listUpdatesForMeeting(context.records, next.id);
  const received = dir.areas.filter((area) => updates.some((u) => u.areaId === area.id));
  const missing = dir.areas.filter((area) => !received.includes(area));
  const due = listActions(context.records, { status: "open" }).filter((action) => isDueBy(action, next));
  const sections: Section[] = [
    {
      fields: [
        { label: "When", value: meetingWhen(next) },
        { label: "Where", value: next.place ?? "place not yet set" },
        { label: "Updates received", value: `${received.length} of ${dir.areas.length} areas` },
        {
          label: "Agenda",
          value: next.agendaItems.length
            ? `${plural(next.agendaItems.length, "item")} on record`
            : "draft not yet circulated",
        },
      ],
    },
  ];
  if (missing.length)
    sections.push({ title: "Updates not yet received", text: joinAnd(missing.map((area) => area.name)) });
  if (due.length) {
    sections.push({
      title: `Due by this meeting (${due.length})`,
      items: due.map((a) => ({
        text: `${actionHandle(a.number)} ${a.text}`,
        detail: `Owners: ${ownerLabel(a, dir)}`,
      })),
    });
  }
  return [
    privateReply(`The next meeting is on ${meetingWhen(next)}${where(next)}.`, {
      sections,
      buttons: [{ actionId: "agenda", label: "Agenda draft" }],
    }),
  ];
}

async function describeLast(context: CommandContext): Promise<Reply[]> {
  const { dir } = context;
  const last = await lastMeeting(context);
  const delegations = new Set(last.attendances.map((a) => a.person.delegationId));
  const recorded = listActions(context.records, {});
  const fromIt = recorded.filter((a) => a.sourceMeetingId === last.id);
  const sections: Section[] = [
    {
      fields: [
        { label: "When", value: meetingWhen(last) },
        { label: "Where", value: last.place ?? "not recorded" },
        {
          label: "Present",
          value: last.attendances.length
            ? `${plural(last.attendances.length, "person", "people")} from ${plural(delegations.size, "delegation")}`
            : "not recorded",
        },
        {
          label: "Minutes",
          value: last.minutesApprovedAt
            ? `approved ${shortDate(last.minutesApprovedAt, dir.committee.timeZone)}`
            : "not yet approved",
        },
      ],
    },
  ];
  if (last.decisions.length) {
    sections.push({
      title: "Decisions",
      items: last.decisions.map((d) => ({
        text: d.text,
        detail: d.agendaItem ? `item ${d.agendaItem.number}` : undefined,
      })),
    });
  }
  if (fromIt.length) {
    sections.push({
      title: "Action items recorded",
      items: fromIt.map((a) => ({
        text: `${actionHandle(a.number)} ${a.text}`,
        detail: `Owners: ${ownerLabel(a, dir)}; ${a.status}`,
      })),
    });
  }
  return [privateReply(`The last meeting was held on ${meetingWhen(last)}${where(last)}.`, { sections })];
}

/** The agenda of the next meeting: on record, or the current draft with its notes; .docx and .md attached. */
export async function agenda(context: CommandContext): Promise<Reply[]> {
  const next = await nextMeeting(context);
  const exported = await exportAgenda(context.dir, context.records, next.id, context.now);
  return [agendaReply(next, exported.draft, { files: attachments(exported) })];
}

export function agendaReply(
  meeting: MeetingRecord,
  draft: AgendaDraft,
  extra: { lead?: string; files?: Attachment[] } = {},
): Reply {
  const heading = `Agenda for the meeting of ${meetingWhen(meeting)}${where(meeting)}`;
  const status =
    draft.source === "record" ? "" : draft.version ? `DRAFT (version ${draft.version}) — ` : "DRAFT — ";
  return privateReply(extra.lead ? `${extra.lead}\n${status}${heading}` : `${status}${heading}`, {
    sections: [
      {
        items: draft.items.map((item) => ({
          text: `${item.number} ${item.title}`,
          // The secretariat's tracking (updates awaited, items carried over) shows here, not in the document.
          detail: [...item.notes, ...item.tracking].join("\n") || undefined,
        })),
        context: draft.source === "record" ? undefined : draft.preparedOn,
      },
    ],
    buttons: [{ actionId: "share", label: "Share in channel", value: "agenda" }],
    ...(extra.files ? { files: extra.files } : {}),
  });
}

/** The minutes draft of the last meeting held, in the committee's form; .docx and .md attached. */
export async function minutes(context: CommandContext): Promise<Reply[]> {
  const last = await lastMeeting(context);
  const exported = await exportMinutes(context.dir, context.records, last.id, context.now);
  const { draft } = exported;
  const { dir } = context;
  const sections: Section[] = [
    { text: `${draft.heldOn}\n${draft.at}`, context: draft.preparedOn },
    {
      title: draft.presentNumber ? headingText(draft.presentNumber, "PRESENT:", 1) : "PRESENT:",
      items: draft.present.map((d) => ({
        text: d.label ? `${d.delegation} - ${d.label}` : d.delegation,
        detail: d.persons.join("\n"),
      })),
      ...(draft.present.length ? {} : { text: "Attendance not yet recorded." }),
      ...(draft.presentNotes.length ? { context: draft.presentNotes.map((p) => p.text).join("\n") } : {}),
    },
    ...draft.items.map((item) => ({
      title: headingText(item.number, item.title, item.level),
      // Handles ("A-7") and placeholders are for the chat only; the document has neither.
      ...(item.paragraphs.length
        ? { text: item.paragraphs.map((p) => (p.handle ? `${p.text} (${p.handle})` : p.text)).join("\n") }
        : {}),
    })),
  ];
  const circulated = latestVersion(context.records, last.id);
  if (circulated) {
    const comments = context.records.minutes.commentsByMeeting.get(last.id)?.length ?? 0;
    sections.push({
      context: last.minutesApprovedAt
        ? `Approved on ${shortDate(last.minutesApprovedAt, last.timeZone)} (version ${circulated.version}); the record is locked.`
        : `Version ${circulated.version} circulated on ${shortDate(circulated.circulatedAt, dir.committee.timeZone)}, comments by ${longCalendarDate(circulated.commentsDue)}; ${plural(comments, "comment")} received.`,
    });
  }
  const mayCirculate = !last.minutesApprovedAt && can(context.person, "minutes.circulate");
  return [
    privateReply(`DRAFT — ${draft.title}`, {
      sections,
      buttons: [
        { actionId: "share", label: "Share in channel", value: "minutes" },
        ...(mayCirculate
          ? [
              {
                actionId: "run",
                label: circulated ? `Circulate version ${circulated.version + 1}` : "Circulate",
                value: "minutes circulate",
              },
            ]
          : []),
      ],
      files: attachments(exported),
    }),
  ];
}
