// Action items as answers ask for them, read from the records in memory, and
// the one definition of "overdue" (answers, the scheduler's nudges and its
// channel posts all use it).
import { calendarDate } from "../domain/format.ts";
import type { ActionRecord } from "../store/actions.ts";
import type { Records } from "./records.ts";

export interface ActionQuery {
  status?: "open" | "done" | "dropped";
  /** Owned by one of these delegations, or by a person of one of them. */
  ownerDelegationIds?: readonly number[];
  ownerPersonIds?: readonly number[];
  /** Filed under this area, or under an agenda item of it. */
  areaId?: number;
  coalitionId?: number;
  /** Only those overdue at `now` in the committee's time zone. */
  overdue?: { now: Date; timeZone: string };
}

/**
 * The calendar date (yyyy-mm-dd, in `timeZone`) an item falls due, or null
 * when it has none: its date, or the day of the meeting it is due by. A
 * cancelled meeting is no deadline; an item due "by the next meeting" with no
 * meeting on record has none yet.
 */
export function dueDate(action: ActionRecord, timeZone: string): string | null {
  if (action.dueKind === "date") return action.dueOn;
  if (action.dueKind === "next-meeting" && action.dueMeeting && action.dueMeeting.status !== "cancelled") {
    return calendarDate(action.dueMeeting.startsAt, action.dueMeeting.timeZone || timeZone);
  }
  return null;
}

/**
 * Open and past its deadline: a due date before today (the committee's
 * calendar date), or a meeting it was due by that has started.
 */
export function isOverdue(action: ActionRecord, now: Date, timeZone: string): boolean {
  if (action.status !== "open") return false;
  if (action.dueKind === "date") return action.dueOn !== null && action.dueOn < calendarDate(now, timeZone);
  if (action.dueKind === "next-meeting" && action.dueMeeting) {
    return action.dueMeeting.status !== "cancelled" && action.dueMeeting.startsAt.getTime() < now.getTime();
  }
  return false;
}

function ownedBy(action: ActionRecord, delegations: readonly number[], persons: readonly number[]): boolean {
  return action.owners.some(
    (owner) =>
      (owner.delegationId !== null && delegations.includes(owner.delegationId)) ||
      (owner.person !== null && delegations.includes(owner.person.delegationId)) ||
      (owner.personId !== null && persons.includes(owner.personId)),
  );
}

export function listActions(records: Records, query: ActionQuery = {}): ActionRecord[] {
  const delegations = query.ownerDelegationIds ?? [];
  const persons = query.ownerPersonIds ?? [];
  const byOwner = delegations.length > 0 || persons.length > 0;
  const today = query.overdue ? calendarDate(query.overdue.now, query.overdue.timeZone) : "";
  return records.actions.filter((action) => {
    if (query.status && action.status !== query.status) return false;
    if (byOwner && !ownedBy(action, delegations, persons)) return false;
    if (query.areaId && action.areaId !== query.areaId && action.agendaItem?.areaId !== query.areaId)
      return false;
    if (query.coalitionId && action.coalitionId !== query.coalitionId) return false;
    if (query.overdue) {
      // isOverdue without its status test: "actions overdue all" may ask for done ones too
      const past =
        action.dueKind === "date"
          ? action.dueOn !== null && action.dueOn < today
          : action.dueKind === "next-meeting" &&
            action.dueMeeting !== null &&
            action.dueMeeting.status !== "cancelled" &&
            action.dueMeeting.startsAt.getTime() < query.overdue.now.getTime();
      if (!past) return false;
    }
    return true;
  });
}

export function findAction(records: Records, number: number): ActionRecord | null {
  return records.actionByNumber.get(number) ?? null;
}
