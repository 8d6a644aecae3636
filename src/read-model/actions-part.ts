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
import { compareText, deepFreeze, groupBy, pick } from "./linking.ts";

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

/** Finds an item by its number. */
export interface NumberLookup {
  get(number: number): ActionRecord | undefined;
}

export interface ActionsPart {
  list: ActionRecord[];
  byNumber: NumberLookup;
  index: ActionIndex;
  /** The change log position these rows include: a later patch reads the changes after it. */
  seenChange: number;
}

type Key = number | string | null | undefined;

/** The keyed indexes: the keys an item is filed under in each (in number order within a key). */
const KEYED = {
  byStatus: (a: ActionRecord): Key[] => [a.status],
  byCoalition: (a: ActionRecord): Key[] => [a.coalitionId],
  byArea: (a: ActionRecord): Key[] => [a.areaId, a.agendaItem?.areaId],
  byOwnerDelegation: (a: ActionRecord): Key[] =>
    a.owners.flatMap((o) => [o.delegationId, o.person?.delegationId]),
  byOwnerPerson: (a: ActionRecord): Key[] => a.owners.map((o) => o.personId),
} as const;

/** The ordered lists: which items each holds and in what order. */
const ORDERED = {
  openDated: {
    holds: (a: ActionRecord) => a.status === "open" && a.dueKind === "date" && a.dueOn !== null,
    compare: (a: ActionRecord, b: ActionRecord) =>
      compareText(a.dueOn ?? "", b.dueOn ?? "") || a.number - b.number,
  },
  openByMeeting: {
    holds: (a: ActionRecord) =>
      a.status === "open" &&
      a.dueKind === "next-meeting" &&
      a.dueMeeting !== null &&
      a.dueMeeting.status !== "cancelled",
    compare: (a: ActionRecord, b: ActionRecord) =>
      (a.dueMeeting?.startsAt.getTime() ?? 0) - (b.dueMeeting?.startsAt.getTime() ?? 0) ||
      a.number - b.number,
  },
} as const;

const byNumberOrder = (a: ActionRecord, b: ActionRecord) => a.number - b.number;

function keysOf(action: ActionRecord, keyed: (a: ActionRecord) => Key[]): Set<number | string> {
  return new Set(keyed(action).filter((key): key is number | string => key !== null && key !== undefined));
}

/** `actions` must be in number order: every keyed list keeps it. */
function indexActions(actions: readonly ActionRecord[]): ActionIndex {
  const keyed = {} as Record<keyof typeof KEYED, Map<number | string, ActionRecord[]>>;
  for (const [name, keysFor] of Object.entries(KEYED) as [keyof typeof KEYED, (a: ActionRecord) => Key[]][]) {
    const map = new Map<number | string, ActionRecord[]>();
    for (const action of actions) {
      for (const key of keysOf(action, keysFor)) {
        const list = map.get(key);
        if (list) list.push(action);
        else map.set(key, [action]);
      }
    }
    keyed[name] = map;
  }
  return {
    ...(keyed as unknown as Pick<ActionIndex, keyof typeof KEYED>),
    openDated: actions.filter(ORDERED.openDated.holds).sort(ORDERED.openDated.compare),
    openByMeeting: actions.filter(ORDERED.openByMeeting.holds).sort(ORDERED.openByMeeting.compare),
  };
}

/** The first position in `list` (sorted by `compare`) whose item does not come before `item`. */
function lowerBound(
  list: readonly ActionRecord[],
  item: ActionRecord,
  compare: (a: ActionRecord, b: ActionRecord) => number,
): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as ActionRecord, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `list` (sorted by `compare`) without the items of `removed` (found by binary
 * search, as they were sorted) and with `added` put in their places: a copy
 * and a few moves, not a pass of closures over thousands of items.
 */
function patchList(
  list: readonly ActionRecord[],
  removed: readonly ActionRecord[],
  added: readonly ActionRecord[],
  compare: (a: ActionRecord, b: ActionRecord) => number,
): ActionRecord[] {
  const out = list.slice();
  for (const old of removed) {
    const at = lowerBound(out, old, compare);
    if (out[at] === old) out.splice(at, 1);
  }
  for (const action of added) out.splice(lowerBound(out, action, compare), 0, action);
  return out;
}

/**
 * The index after `removed` (the changed items as they were) gave way to
 * `added` (as they are now, in number order): only the lists under keys
 * either touches are copied; every other list is the one before.
 */
function patchIndex(
  before: ActionIndex,
  removed: readonly ActionRecord[],
  added: readonly ActionRecord[],
): ActionIndex {
  const keyed = {} as Record<keyof typeof KEYED, Map<number | string, readonly ActionRecord[]>>;
  for (const [name, keysFor] of Object.entries(KEYED) as [keyof typeof KEYED, (a: ActionRecord) => Key[]][]) {
    const map = new Map(before[name] as ReadonlyMap<number | string, readonly ActionRecord[]>);
    const touched = new Set([...removed, ...added].flatMap((action) => [...keysOf(action, keysFor)]));
    for (const key of touched) {
      const list = patchList(
        map.get(key) ?? [],
        removed.filter((action) => keysOf(action, keysFor).has(key)),
        added.filter((action) => keysOf(action, keysFor).has(key)),
        byNumberOrder,
      );
      if (list.length) map.set(key, list);
      else map.delete(key);
    }
    keyed[name] = map;
  }
  const ordered = (name: keyof typeof ORDERED) =>
    patchList(
      before[name],
      removed.filter(ORDERED[name].holds),
      added.filter(ORDERED[name].holds),
      ORDERED[name].compare,
    );
  return {
    ...(keyed as unknown as Pick<ActionIndex, keyof typeof KEYED>),
    openDated: ordered("openDated"),
    openByMeeting: ordered("openByMeeting"),
  };
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

export function buildActions(rows: ActionRows, links: ActionLinks, seenChange: number): ActionsPart {
  const list = linkActions(rows, links);
  return { list, byNumber: numberLookup(list), index: indexActions(list), seenChange };
}

/** Items by number, read from the list itself (in number order): nothing to copy when a write patches it. */
function numberLookup(list: readonly ActionRecord[]): NumberLookup {
  return {
    get(number) {
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((list[middle] as ActionRecord).number < number) low = middle + 1;
        else high = middle;
      }
      const found = list[low];
      return found?.number === number ? found : undefined;
    },
  };
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
  // An item keeps its number, so the one before is found by it; a deleted one (rare) by a scan.
  const freshById = new Map(fresh.map((action) => [action.id, action]));
  const removed = [...changed].flatMap((id) => {
    const now = freshById.get(id);
    const byNumber = now ? before.byNumber.get(now.number) : undefined;
    const old = byNumber?.id === id ? byNumber : before.list.find((action) => action.id === id);
    return old ? [old] : [];
  });
  const list = patchList(before.list, removed, fresh, byNumberOrder);
  // Frozen like a part built whole (read-model.ts), but only what is new: the
  // rows kept from before are frozen already, and walking thousands of them
  // again is most of a patch's cost.
  for (const action of fresh) deepFreeze(action);
  const index = patchIndex(before.index, removed, fresh);
  Object.freeze(index.openDated);
  Object.freeze(index.openByMeeting);
  return Object.freeze({
    list: Object.freeze(list),
    byNumber: Object.freeze(numberLookup(list)),
    index: Object.freeze(index),
    seenChange,
  }) as ActionsPart;
}
