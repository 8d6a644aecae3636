// meeting [next|last], agenda, minutes.
import { clockTime, joinAnd, longDate, meetingWhen, plural, shortDate } from "../../domain/format.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import { listActions } from "../../store/actions.ts";
import { findLastMeeting, findNextMeeting, type MeetingRecord } from "../../store/meetings.ts";
import { listUpdatesForMeeting } from "../../store/updates.ts";
import type { CommandContext } from "../context.ts";
import { attendanceByDelegation, dueByMeeting, ownerLabel } from "../describe.ts";
import { buildAgendaDraft } from "../drafts/agenda.ts";
import { UserError } from "../errors.ts";
import { privateReply, type Reply, type Section } from "../reply.ts";

function where(meeting: MeetingRecord): string {
  return meeting.place ? `, at the ${meeting.place}` : "";
}

async function nextMeeting(context: CommandContext): Promise<MeetingRecord> {
  const found = await findNextMeeting(context.db, context.dir.committee.id, context.now);
  if (!found) throw new UserError("No meeting is scheduled yet. The secretariat can schedule one.");
  return found;
}

async function lastMeeting(context: CommandContext): Promise<MeetingRecord> {
  const found = await findLastMeeting(context.db, context.dir.committee.id, context.now);
  if (!found) throw new UserError("No meeting has been held yet.");
  return found;
}

async function openActionsFor(context: CommandContext, meeting: MeetingRecord) {
  const open = await listActions(context.db, { committeeId: context.dir.committee.id, status: "open" });
  return open.filter(
    (a) =>
      a.dueMeetingId === meeting.id ||
      (meeting.previousMeetingId !== null && a.sourceMeetingId === meeting.previousMeetingId),
  );
}

export async function meeting(context: CommandContext, which: "next" | "last"): Promise<Reply[]> {
  return which === "next" ? describeNext(context) : describeLast(context);
}

async function describeNext(context: CommandContext): Promise<Reply[]> {
  const { dir } = context;
  const next = await nextMeeting(context);
  const updates = await listUpdatesForMeeting(context.db, next.id);
  const received = dir.areas.filter((area) => updates.some((u) => u.areaId === area.id));
  const missing = dir.areas.filter((area) => !received.includes(area));
  const due = dueByMeeting(
    await listActions(context.db, { committeeId: dir.committee.id, status: "open" }),
    next,
  );
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
  const recorded = await listActions(context.db, { committeeId: dir.committee.id });
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

export async function agenda(context: CommandContext): Promise<Reply[]> {
  const { dir, db } = context;
  const next = await nextMeeting(context);
  const heading = `Agenda for the meeting of ${meetingWhen(next)}${where(next)}`;
  if (next.agendaItems.length) {
    return [
      privateReply(heading, {
        sections: [{ items: next.agendaItems.map((item) => ({ text: `${item.number} ${item.title}` })) }],
        buttons: [{ actionId: "share", label: "Share in channel", value: "agenda" }],
      }),
    ];
  }
  const updates = await listUpdatesForMeeting(db, next.id);
  const lines = buildAgendaDraft(dir, next, updates, await openActionsFor(context, next));
  return [
    privateReply(`DRAFT — ${heading}`, {
      sections: [
        {
          items: lines.map((line) => ({
            text: `${line.number} ${line.title}`,
            detail: line.notes.join("\n") || undefined,
          })),
        },
      ],
      buttons: [{ actionId: "share", label: "Share in channel", value: "agenda" }],
    }),
  ];
}

export async function minutes(context: CommandContext): Promise<Reply[]> {
  const { dir, db } = context;
  const last = await lastMeeting(context);
  const zone = last.timeZone;
  const present = attendanceByDelegation(last.attendances).map(({ delegation, people }) => ({
    text: delegation.label ? `${delegation.name} - ${delegation.label}` : delegation.name,
    detail: people.join("\n"),
  }));
  const actions = (await listActions(db, { committeeId: dir.committee.id })).filter(
    (a) => a.sourceMeetingId === last.id,
  );
  const next = await findNextMeeting(db, dir.committee.id, context.now);
  const sections: Section[] = [
    {
      title: "1. PRESENT:",
      items: present,
    },
  ];
  for (const item of last.agendaItems.filter((i) => i.number !== "1")) {
    const notes = [
      ...last.decisions.filter((d) => d.agendaItemId === item.id).map((d) => `Decision: ${d.text}`),
      ...actions
        .filter((a) => a.agendaItemId === item.id)
        .map((a) => `Action ${actionHandle(a.number)}: ${a.text} (${ownerLabel(a, dir)})`),
    ];
    sections.push({
      title: `${item.number}. ${item.title}`,
      text: notes.join("\n") || "(no notes recorded)",
    });
  }
  if (next && !last.agendaItems.some((i) => /next .*meeting/i.test(i.title))) {
    sections.push({
      title: "Date of the next meeting",
      text: `The next meeting would be held on ${meetingWhen(next)}${where(next)}.`,
    });
  }
  const held = `Held on ${longDate(last.startsAt, zone)}`;
  const at = last.place ? ` at the ${last.place}` : "";
  const hours =
    last.timeKnown && last.endsAt
      ? `, from ${clockTime(last.startsAt, zone)} – ${clockTime(last.endsAt, zone)} hours`
      : "";
  return [
    privateReply(`DRAFT — MINUTES OF THE ${dir.committee.name.toUpperCase()} MEETING`, {
      sections: [
        {
          text: `${held}${at}${hours}`,
          context: `Draft prepared ${shortDate(context.now, zone)} from the records: attendance, decisions and action items.`,
        },
        ...sections,
      ],
      buttons: [{ actionId: "share", label: "Share in channel", value: "minutes" }],
    }),
  ];
}
