// updates: for the Presidency and the secretariat, the next meeting's updates
// area by area: received (and whether late), asked and not yet answered, who
// is away, and who could not be reached directly and why; and any other
// scheduled message of the last fortnight (agenda, actions due, overdue
// nudges, notices) that is possibly sent or failed, so the secretariat can
// check it instead of the bot resending blindly.

import { agendaDeadline } from "../../cycle/planner.ts";
import {
  calendarDate,
  joinAnd,
  longCalendarDate,
  meetingWhen,
  moment,
  personName,
  shortDate,
} from "../../domain/format.ts";
import { findNextMeeting } from "../../read-model/meetings.ts";
import { listUpdatesForMeeting } from "../../read-model/updates.ts";
import { listAbsences } from "../../store/absences.ts";
import { readCycleSettings } from "../../store/cycle-settings.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { authorize } from "../policy.ts";
import { type ListItem, privateReply, type Reply, type Section } from "../reply.ts";

/** How far back the overview looks for other scheduled messages in doubt. */
const IN_DOUBT_DAYS = 14;

const KIND_LABELS: Record<string, string> = {
  agenda: "The agenda draft",
  "actions-due": "The actions-due post",
  overdue: "An overdue nudge",
  moved: "A notice that the meeting moved",
  cancelled: "A notice that the meeting was cancelled",
};

type Row = Awaited<ReturnType<CommandContext["db"]["delivery"]["findMany"]>>[number];

export async function updatesOverview(context: CommandContext): Promise<Reply[]> {
  authorize(context, "updates.overview");
  const { db, records, dir, now } = context;
  const zone = dir.committee.timeZone;
  const meeting = findNextMeeting(records, now);
  if (!meeting) throw new UserError("No meeting is scheduled, so no updates are expected.");
  const deadline = agendaDeadline(meeting, await readCycleSettings(db, dir.committee.id));
  const [updates, rows, absences, doubtful] = await Promise.all([
    listUpdatesForMeeting(records, meeting.id),
    db.delivery.findMany({
      where: { meetingId: meeting.id, kind: { in: ["prompt", "reminder"] } },
      orderBy: { dueAt: "asc" },
    }),
    listAbsences(db, dir.committee.id, calendarDate(now, zone)),
    db.delivery.findMany({
      where: {
        committeeId: dir.committee.id,
        kind: { notIn: ["prompt", "reminder"] },
        status: { in: ["possibly-sent", "failed"] },
        updatedAt: { gte: new Date(now.getTime() - IN_DOUBT_DAYS * 24 * 3600_000) },
      },
      orderBy: { dueAt: "asc" },
    }),
  ]);
  const name = (id: number | null) => {
    const person = dir.persons.find((p) => p.id === id);
    return person ? personName(person) : "someone no longer on record";
  };
  const received: ListItem[] = [];
  const missing: ListItem[] = [];
  for (const area of dir.areas) {
    const update = updates.find((u) => u.areaId === area.id);
    if (update) {
      const late = update.submittedAt.getTime() > deadline.getTime() ? " (received after the deadline)" : "";
      received.push({
        text: area.name,
        detail: `from ${update.author.delegation.name}, ${shortDate(update.submittedAt, zone)}${late}`,
      });
      continue;
    }
    const mine = rows.filter((row) => row.areaId === area.id);
    const coordinators = joinAnd(
      dir.delegations.filter((d) => area.coordinatorIds.includes(d.id)).map((d) => d.name),
    );
    missing.push({
      text: `${area.name} (${coordinators || "no coordinator"})`,
      detail: askedLine(mine, name, zone),
    });
  }
  const unreachable = rows.filter(
    (row) =>
      row.viaChannel ||
      row.status === "failed" ||
      row.status === "possibly-sent" ||
      (row.status === "pending" && row.lastError),
  );
  const sections: Section[] = [
    { fields: [{ label: "Agenda draft circulated", value: moment(deadline, zone) }] },
    ...(received.length ? [{ title: `Received (${received.length})`, items: received }] : []),
    ...(missing.length ? [{ title: `Not yet received (${missing.length})`, items: missing }] : []),
  ];
  if (absences.length) {
    sections.push({
      title: "Away",
      items: absences.map((a) => ({ text: name(a.personId), detail: `until ${longCalendarDate(a.until)}` })),
    });
  }
  if (unreachable.length) {
    sections.push({
      title: "Could not be reached directly",
      items: unreachable.map((row) => ({
        text: `${name(row.personId)} (${row.kind})`,
        detail: problemOf(row),
      })),
    });
  }
  if (doubtful.length) {
    sections.push({
      title: "Other scheduled messages to check",
      items: doubtful.map((row) => ({
        text: `${KIND_LABELS[row.kind] ?? row.kind}${row.personId ? ` to ${name(row.personId)}` : " in the committee channel"}, due ${shortDate(row.dueAt, zone)}`,
        detail: problemOf(row),
      })),
    });
  }
  return [
    privateReply(
      `Updates for the meeting of ${meetingWhen(meeting)}: ${received.length} of ${dir.areas.length} areas received.`,
      { sections },
    ),
  ];
}

function askedLine(rows: Row[], name: (id: number | null) => string, zone: string): string {
  if (rows.length === 0) return "not planned";
  return rows
    .map((row) => {
      const who = `${name(row.personId)}${row.standInForId ? ` for ${name(row.standInForId)}` : ""}`;
      const when = shortDate(row.sentAt ?? row.dueAt, zone);
      switch (row.status) {
        case "sent":
          return `${row.kind === "prompt" ? "asked" : "reminded"} ${who} on ${when}${row.viaChannel ? " in the committee channel" : ""}`;
        case "pending":
        case "sending":
          return `${row.kind === "prompt" ? "asks" : "reminds"} ${who} on ${when}`;
        default:
          return `${row.kind} to ${who}: ${row.status}${row.lastError ? ` (${row.lastError})` : ""}`;
      }
    })
    .join("; ");
}

function problemOf(row: Row): string {
  if (row.status === "possibly-sent") return `possibly sent, not confirmed: ${row.lastError ?? ""}`.trim();
  if (row.status === "failed") return `not sent: ${row.lastError ?? "unknown reason"}`;
  if (row.viaChannel)
    return `${row.lastError ?? "direct message refused"}; mentioned in the committee channel instead`;
  return `waiting: ${row.lastError ?? ""}`.trim();
}
