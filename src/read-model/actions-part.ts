// The action items part of the records: the rows linked in place to their
// owners, meetings, agenda item, area and coalition, in number order, with
// the indexes listings read. Built whole from all rows, or patched from the
// rows a write touched (the database's change log names them), so a write
// on a committee of thousands of items reloads a handful of rows.
import type {
  ActionItem,
  ActionOwner,
  AgendaItem,
  Delegation,
  Person,
  ThematicArea,
} from "../generated/prisma/client.ts";
import type { ActionRecord } from "../store/actions.ts";
import type { CoalitionRecord } from "../store/coalitions.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import { compareText, groupBy, pick } from "./linking.ts";

export interface ActionRows {
  actions: ActionItem[];
  owners: ActionOwner[];
}

/** What an action item links to, from the parts built before it. */
export interface ActionLinks {
  delegations: ReadonlyMap<number, Delegation>;
  persons: ReadonlyMap<number, Person>;
  withDelegation: ReadonlyMap<number, Person & { delegation: Delegation }>;
  areas: ReadonlyMap<number, ThematicArea>;
  coalitions: ReadonlyMap<number, CoalitionRecord>;
  meetings: ReadonlyMap<number, MeetingRecord>;
  agendaItems: ReadonlyMap<number, AgendaItem>;
}

export interface ActionIndex {
  byStatus: ReadonlyMap<string, readonly ActionRecord[]>;
  byCoalition: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Filed under the area, or under an agenda item of it. */
  byArea: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Owned by the delegation, or by one of its persons. */
  byOwnerDelegation: ReadonlyMap<number, readonly ActionRecord[]>;
  byOwnerPerson: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Open items with a due date, earliest first. */
  openDated: readonly ActionRecord[];
  /** Open items due by a meeting that is not cancelled, earliest meeting first. */
  openByMeeting: readonly ActionRecord[];
}

export interface ActionsPart {
  list: ActionRecord[];
  byNumber: ReadonlyMap<number, ActionRecord>;
  index: ActionIndex;
  /** The change log position these rows include: a later patch reads the changes after it. */
  seenChange: number;
}

function push<T>(map: Map<number | string, T[]>, key: number | string | null | undefined, value: T): void {
  if (key === null || key === undefined) return;
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** `actions` must be in number order: every list keeps it. */
function indexActions(actions: readonly ActionRecord[]): ActionIndex {
  const byStatus = new Map<string, ActionRecord[]>();
  const byCoalition = new Map<number, ActionRecord[]>();
  const byArea = new Map<number, ActionRecord[]>();
  const byOwnerDelegation = new Map<number, ActionRecord[]>();
  const byOwnerPerson = new Map<number, ActionRecord[]>();
  for (const action of actions) {
    push(byStatus as Map<number | string, ActionRecord[]>, action.status, action);
    push(byCoalition as Map<number | string, ActionRecord[]>, action.coalitionId, action);
    push(byArea as Map<number | string, ActionRecord[]>, action.areaId, action);
    push(byArea as Map<number | string, ActionRecord[]>, action.agendaItem?.areaId, action);
    for (const owner of action.owners) {
      push(byOwnerDelegation as Map<number | string, ActionRecord[]>, owner.delegationId, action);
      push(byOwnerDelegation as Map<number | string, ActionRecord[]>, owner.person?.delegationId, action);
      push(byOwnerPerson as Map<number | string, ActionRecord[]>, owner.personId, action);
    }
  }
  const open = byStatus.get("open") ?? [];
  const openDated = open
    .filter((a) => a.dueKind === "date" && a.dueOn !== null)
    .sort((a, b) => compareText(a.dueOn ?? "", b.dueOn ?? "") || a.number - b.number);
  const openByMeeting = open
    .filter(
      (a) => a.dueKind === "next-meeting" && a.dueMeeting !== null && a.dueMeeting.status !== "cancelled",
    )
    .sort(
      (a, b) =>
        (a.dueMeeting?.startsAt.getTime() ?? 0) - (b.dueMeeting?.startsAt.getTime() ?? 0) ||
        a.number - b.number,
    );
  return { byStatus, byCoalition, byArea, byOwnerDelegation, byOwnerPerson, openDated, openByMeeting };
}

/** Links fresh rows in place; returns them in number order. */
function linkActions(rows: ActionRows, links: ActionLinks): ActionRecord[] {
  const ownersOf = groupBy(rows.owners, (o) => o.actionId);
  return rows.actions
    .sort((a, b) => a.number - b.number)
    .map((a) =>
      Object.assign(a, {
        owners: (ownersOf.get(a.id) ?? [])
          .sort((x, y) => x.listOrder - y.listOrder || x.id - y.id)
          .map((o) =>
            Object.assign(o, {
              delegation: pick(links.delegations, o.delegationId),
              person: pick(links.withDelegation, o.personId),
            }),
          ),
        dueMeeting: pick(links.meetings, a.dueMeetingId),
        sourceMeeting: pick(links.meetings, a.sourceMeetingId),
        agendaItem: pick(links.agendaItems, a.agendaItemId),
        area: pick(links.areas, a.areaId),
        coalition: pick(links.coalitions, a.coalitionId),
        completedBy: pick(links.persons, a.completedById),
      }),
    );
}

function partOf(list: ActionRecord[], seenChange: number): ActionsPart {
  return { list, byNumber: new Map(list.map((a) => [a.number, a])), index: indexActions(list), seenChange };
}

export function buildActions(rows: ActionRows, links: ActionLinks, seenChange: number): ActionsPart {
  return partOf(linkActions(rows, links), seenChange);
}

/**
 * The part after a write: the items named by the change log are dropped and
 * those still on record put back from their fresh rows; every other item is
 * the same (frozen) object as before, linked to the same unchanged parts.
 */
export function patchActions(
  before: ActionsPart,
  changed: ReadonlySet<number>,
  rows: ActionRows,
  links: ActionLinks,
  seenChange: number,
): ActionsPart {
  const fresh = linkActions(rows, links);
  const kept = before.list.filter((action) => !changed.has(action.id));
  const list: ActionRecord[] = [];
  let i = 0;
  for (const action of fresh) {
    while (i < kept.length && (kept[i] as ActionRecord).number < action.number)
      list.push(kept[i++] as ActionRecord);
    list.push(action);
  }
  while (i < kept.length) list.push(kept[i++] as ActionRecord);
  return partOf(list, seenChange);
}
