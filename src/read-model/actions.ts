// Action items as answers ask for them, read from the records in memory, and
// the one definition of "overdue" and of "due by a meeting" (answers, the
// agenda draft, the scheduler's nudges and its channel posts all use them).
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

/**
 * Falls due at or before this meeting: dated on or before its day (in its
 * zone), due by it, or due by an earlier meeting that was held and still open
 * (overdue items count, as overdue dated ones do). An item due "by the next
 * meeting" with none on record, or whose meeting was cancelled, has no
 * deadline yet (as for `dueDate` and `isOverdue`), so it is due by none.
 */
export function isDueBy(
  action: ActionRecord,
  meeting: { id: number; startsAt: Date; timeZone: string },
): boolean {
  if (action.dueKind === "date") {
    return action.dueOn !== null && action.dueOn <= calendarDate(meeting.startsAt, meeting.timeZone);
  }
  if (action.dueKind !== "next-meeting") return false;
  if (action.dueMeetingId === meeting.id) return true;
  const by = action.dueMeeting;
  return by !== null && by.status !== "cancelled" && by.startsAt.getTime() < meeting.startsAt.getTime();
}

function ownedBy(action: ActionRecord, delegations: readonly number[], persons: readonly number[]): boolean {
  return action.owners.some(
    (owner) =>
      (owner.delegationId !== null && delegations.includes(owner.delegationId)) ||
      (owner.person !== null && delegations.includes(owner.person.delegationId)) ||
      (owner.personId !== null && persons.includes(owner.personId)),
  );
}

/** Items in number order, without repeats, from lists each in number order. */
function mergeByNumber(lists: readonly (readonly ActionRecord[])[]): ActionRecord[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const seen = new Set<ActionRecord>();
  return lists
    .flat()
    .filter((action) => !seen.has(action) && seen.add(action) !== undefined)
    .sort((a, b) => a.number - b.number);
}

/**
 * The overdue list of each snapshot, kept while the clock does not move it:
 * merging and sorting some hundreds of items was most of "actions overdue".
 */
const overdueKept = new WeakMap<Records, { cut: string; list: readonly ActionRecord[] }>();

/** The open items overdue at `now`: the two due-ordered lists cut where the deadline passes. */
function openOverdue(records: Records, now: Date, timeZone: string): readonly ActionRecord[] {
  const today = calendarDate(now, timeZone);
  const { openDated, openByMeeting } = records.actionIndex;
  const datedCut = firstNotBefore(openDated, (a) => (a.dueOn ?? "") >= today);
  const meetingCut = firstNotBefore(
    openByMeeting,
    (a) => (a.dueMeeting?.startsAt.getTime() ?? 0) >= now.getTime(),
  );
  const cut = `${datedCut}:${meetingCut}`;
  const kept = overdueKept.get(records);
  if (kept?.cut === cut) return kept.list;
  const list = Object.freeze(
    mergeByNumber([openDated.slice(0, datedCut), openByMeeting.slice(0, meetingCut)]),
  );
  overdueKept.set(records, { cut, list });
  return list;
}

/** The index of the first item for which `reached` holds, in a list where it holds from some point on. */
function firstNotBefore<T>(list: readonly T[], reached: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(list[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The smallest list of items that holds every match of the query, from the indexes. */
function candidates(records: Records, query: ActionQuery): readonly ActionRecord[] {
  const index = records.actionIndex;
  const lists: (readonly ActionRecord[])[] = [records.actions];
  if (query.status === "open" && query.overdue)
    lists.push(openOverdue(records, query.overdue.now, query.overdue.timeZone));
  else if (query.status) lists.push(index.byStatus.get(query.status) ?? []);
  if (query.coalitionId) lists.push(index.byCoalition.get(query.coalitionId) ?? []);
  if (query.areaId) lists.push(index.byArea.get(query.areaId) ?? []);
  if (query.ownerDelegationIds?.length || query.ownerPersonIds?.length) {
    lists.push(
      mergeByNumber([
        ...(query.ownerDelegationIds ?? []).map((id) => index.byOwnerDelegation.get(id) ?? []),
        ...(query.ownerPersonIds ?? []).map((id) => index.byOwnerPerson.get(id) ?? []),
      ]),
    );
  }
  return lists.reduce((smallest, list) => (list.length < smallest.length ? list : smallest));
}

export function listActions(records: Records, query: ActionQuery = {}): ActionRecord[] {
  const delegations = query.ownerDelegationIds ?? [];
  const persons = query.ownerPersonIds ?? [];
  const byOwner = delegations.length > 0 || persons.length > 0;
  const today = query.overdue ? calendarDate(query.overdue.now, query.overdue.timeZone) : "";
  // "Open and overdue", nothing else asked: the overdue list is the answer as it stands.
  if (query.status === "open" && query.overdue && !byOwner && !query.areaId && !query.coalitionId)
    return [...openOverdue(records, query.overdue.now, query.overdue.timeZone)];
  return candidates(records, query).filter((action) => {
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
