// Shared wording for records that several answers show: action items,
// owners, due dates, delegations with their people.

import {
  joinAnd,
  longCalendarDate,
  longDate,
  type NamedPerson,
  personName,
  shortDate,
} from "../domain/format.ts";
import { activityStatusAt } from "../domain/period.ts";
import { actionHandle } from "../domain/vocabulary.ts";
import { isOverdue } from "../read-model/actions.ts";
import type { ActionRecord } from "../store/actions.ts";
import type { Directory } from "../store/directory.ts";
import type { ListItem } from "./reply.ts";

/** Owners as the minutes would name them; every coordinator delegation together reads "all coordinators". */
export function ownerLabel(action: ActionRecord, dir: Directory): string {
  // records and directories are immutable snapshots: a label is made once per pair
  const known = ownerLabels.get(action);
  if (known?.dir === dir) return known.label;
  const label = labelOwners(action, dir);
  ownerLabels.set(action, { dir, label });
  return label;
}

const ownerLabels = new WeakMap<ActionRecord, { dir: Directory; label: string }>();

function labelOwners(action: ActionRecord, dir: Directory): string {
  const coordinatorIds = new Set(dir.areas.flatMap((area) => area.coordinatorIds));
  const delegationIds = new Set(
    action.owners.flatMap((owner) => (owner.delegationId ? [owner.delegationId] : [])),
  );
  const allCoordinators =
    coordinatorIds.size > 0 && [...coordinatorIds].every((id) => delegationIds.has(id))
      ? ["all coordinators"]
      : [];
  const names = action.owners.flatMap((owner) => {
    if (owner.person) return [`${personName(owner.person)} (${owner.person.delegation.name})`];
    if (owner.delegation && !(allCoordinators.length && coordinatorIds.has(owner.delegation.id))) {
      return [owner.delegation.name];
    }
    return [];
  });
  return joinAnd([...allCoordinators, ...names]) || "no owner";
}

export function dueLabel(action: ActionRecord, timeZone: string): string {
  if (action.dueKind === "date" && action.dueOn) return `due ${longCalendarDate(action.dueOn)}`;
  if (action.dueKind === "next-meeting") {
    return action.dueMeeting
      ? `due by the next meeting (${longDate(action.dueMeeting.startsAt, action.dueMeeting.timeZone || timeZone)})`
      : "due by the next meeting";
  }
  return "no due date";
}

export function actionItem(action: ActionRecord, dir: Directory, now: Date): ListItem {
  const zone = dir.committee.timeZone;
  const parts = [`Owners: ${ownerLabel(action, dir)}`];
  if (action.status === "open") {
    parts.push(isOverdue(action, now, zone) ? `${dueLabel(action, zone)}, OVERDUE` : dueLabel(action, zone));
  } else if (action.status === "done") {
    const by = action.completedBy ? ` by ${personName(action.completedBy)}` : "";
    parts.push(`done${action.completedAt ? ` on ${shortDate(action.completedAt, zone)}` : ""}${by}`);
  } else {
    parts.push("dropped");
  }
  if (action.sourceMeeting) {
    const item = action.agendaItem ? `, item ${action.agendaItem.number}` : "";
    parts.push(
      `from the meeting of ${shortDate(action.sourceMeeting.startsAt, action.sourceMeeting.timeZone)}${item}`,
    );
  }
  return { text: `${actionHandle(action.number)} ${action.text}`, detail: parts.join("; ") };
}

export interface ActivityFacts {
  status: string;
  period: string | null;
  place: string | null;
  fundingChannel: string | null;
  area: { name: string } | null;
}

/** "held; March 2017; Bangkok; funding: European Union", with the status read against the clock. */
export function activityDetail(activity: ActivityFacts, now: Date): string {
  return [
    activityStatusAt(activity.status, activity.period, now),
    activity.period,
    activity.place,
    activity.area?.name,
    activity.fundingChannel ? `funding: ${activity.fundingChannel}` : "funding: not recorded",
  ]
    .filter(Boolean)
    .join("; ");
}

interface AttendanceRow {
  person: NamedPerson & {
    listOrder: number;
    delegation: { name: string; label: string | null; listOrder: number };
  };
}

/** People present, grouped by delegation in the order the minutes list them. */
export function attendanceByDelegation(
  attendances: readonly AttendanceRow[],
): { delegation: AttendanceRow["person"]["delegation"]; people: string[] }[] {
  const groups = new Map<string, { delegation: AttendanceRow["person"]["delegation"]; people: string[] }>();
  const ordered = [...attendances].sort(
    (a, b) =>
      a.person.delegation.listOrder - b.person.delegation.listOrder ||
      a.person.listOrder - b.person.listOrder,
  );
  for (const { person } of ordered) {
    const group = groups.get(person.delegation.name) ?? { delegation: person.delegation, people: [] };
    group.people.push(personName(person));
    groups.set(person.delegation.name, group);
  }
  return [...groups.values()];
}
