// The action items part patched after writes must be the part built from
// scratch: the same items in the same order, and every index (by status,
// coalition, area, owner, due order) holding the same items in the same
// order. Random writes (new items, status and due changes, owners moved,
// items deleted) on a generated committee, each patch compared.
import { describe, expect, it } from "vitest";
import type { ActionItem, ActionOwner } from "../../src/generated/prisma/client.ts";
import {
  type ActionIndex,
  type ActionLinks,
  type ActionRows,
  buildActions,
  patchActions,
} from "../../src/read-model/actions-part.ts";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const AT = new Date("2017-01-01T00:00:00Z");
const links: ActionLinks = {
  delegations: new Map([1, 2, 3, 4].map((id) => [id, { id, name: `D${id}` } as never])),
  persons: new Map([1, 2, 3].map((id) => [id, { id, name: `P${id}`, delegationId: id } as never])),
  withDelegation: new Map([1, 2, 3].map((id) => [id, { id, name: `P${id}`, delegationId: id } as never])),
  areas: new Map([1, 2].map((id) => [id, { id } as never])),
  coalitions: new Map([1, 2, 3].map((id) => [id, { id } as never])),
  meetings: new Map(
    [1, 2, 3].map((id) => [
      id,
      {
        id,
        status: id === 3 ? "cancelled" : "scheduled",
        startsAt: new Date(AT.getTime() + id * 86_400_000),
      } as never,
    ]),
  ),
  agendaItems: new Map([1, 2].map((id) => [id, { id, areaId: id } as never])),
};

function actionRow(id: number, number: number, pick: () => number): ActionItem {
  const dueKind = ["none", "date", "next-meeting"][Math.floor(pick() * 3)] as string;
  return {
    id,
    number,
    committeeId: 1,
    text: `Item ${number} ${Math.floor(pick() * 1000)}`,
    status: pick() < 0.3 ? "done" : "open",
    dueKind,
    dueOn: dueKind === "date" ? `2017-0${1 + Math.floor(pick() * 9)}-1${Math.floor(pick() * 9)}` : null,
    dueMeetingId: dueKind === "next-meeting" ? 1 + Math.floor(pick() * 3) : null,
    coalitionId: pick() < 0.5 ? 1 + Math.floor(pick() * 3) : null,
    areaId: pick() < 0.4 ? 1 + Math.floor(pick() * 2) : null,
    agendaItemId: pick() < 0.3 ? 1 + Math.floor(pick() * 2) : null,
    sourceMeetingId: null,
    completedById: null,
    createdAt: AT,
  } as unknown as ActionItem;
}

function ownerRows(actionId: number, first: number, pick: () => number): ActionOwner[] {
  return Array.from({ length: Math.floor(pick() * 3) }, (_, i) => {
    const person = pick() < 0.5;
    const ref = 1 + Math.floor(pick() * 3);
    return {
      id: first + i,
      actionId,
      delegationId: person ? null : ref,
      personId: person ? ref : null,
      listOrder: i,
      ownerKey: `${person ? "person" : "delegation"}:${ref}:${i}`,
    } as unknown as ActionOwner;
  });
}

/** Every index as plain lists of item numbers, keys sorted. */
function shape(index: ActionIndex) {
  const keyed = (map: ReadonlyMap<number | string, readonly { number: number }[]>) =>
    [...map.entries()].map(([key, list]) => [String(key), list.map((a) => a.number)]).sort();
  return {
    byStatus: keyed(index.byStatus),
    byCoalition: keyed(index.byCoalition),
    byArea: keyed(index.byArea),
    byOwnerDelegation: keyed(index.byOwnerDelegation),
    byOwnerPerson: keyed(index.byOwnerPerson),
    openDated: index.openDated.map((a) => a.number),
    openByMeeting: index.openByMeeting.map((a) => a.number),
  };
}

/** Fresh copies of the rows: building links rows in place, as the loaders' fresh rows are. */
const copy = (rows: ActionRows): ActionRows => ({
  actions: rows.actions.map((row) => ({ ...row })),
  owners: rows.owners.map((row) => ({ ...row })),
});

describe("the action items part patched after writes", () => {
  it("equals the part built from scratch after every one of 200 random writes", () => {
    const pick = random(7);
    let rows: ActionRows = { actions: [], owners: [] };
    let ownerId = 1;
    for (let n = 1; n <= 300; n++) {
      rows.actions.push(actionRow(n, n, pick));
      const owners = ownerRows(n, ownerId, pick);
      ownerId += owners.length;
      rows.owners.push(...owners);
    }
    let part = buildActions(copy(rows), links, 0);
    let nextId = 301;
    for (let write = 0; write < 200; write++) {
      const changed = new Set<number>();
      for (let k = 0; k < 1 + Math.floor(pick() * 3); k++) {
        const roll = pick();
        const victim = rows.actions[Math.floor(pick() * rows.actions.length)];
        if (roll < 0.2 || !victim) {
          const id = nextId++;
          rows.actions.push(actionRow(id, id, pick));
          const owners = ownerRows(id, ownerId, pick);
          ownerId += owners.length;
          rows.owners.push(...owners);
          changed.add(id);
        } else if (roll < 0.3) {
          rows = {
            actions: rows.actions.filter((a) => a.id !== victim.id),
            owners: rows.owners.filter((o) => o.actionId !== victim.id),
          };
          changed.add(victim.id);
        } else if (roll < 0.5) {
          rows.owners = rows.owners.filter((o) => o.actionId !== victim.id);
          const owners = ownerRows(victim.id, ownerId, pick);
          ownerId += owners.length;
          rows.owners.push(...owners);
          changed.add(victim.id);
        } else {
          const again = actionRow(victim.id, victim.number, pick);
          rows.actions = rows.actions.map((a) => (a.id === victim.id ? again : a));
          changed.add(victim.id);
        }
      }
      const touched = copy({
        actions: rows.actions.filter((a) => changed.has(a.id)),
        owners: rows.owners.filter((o) => changed.has(o.actionId)),
      });
      part = patchActions(part, changed, touched, links, write + 1);
      const whole = buildActions(copy(rows), links, write + 1);
      expect(part.list.map((a) => [a.number, a.status, a.text, a.owners.length])).toEqual(
        whole.list.map((a) => [a.number, a.status, a.text, a.owners.length]),
      );
      for (const action of whole.list) expect(part.byNumber.get(action.number)?.id).toBe(action.id);
      expect(part.byNumber.get(0)).toBeUndefined();
      expect(shape(part.index)).toEqual(shape(whole.index));
      // frozen like a part built whole: what the patch made, and the rows it brought
      for (const made of [part, part.list, part.index, part.index.openDated, part.index.openByMeeting])
        expect(Object.isFrozen(made)).toBe(true);
      for (const action of part.list.filter((a) => changed.has(a.id))) {
        expect(Object.isFrozen(action)).toBe(true);
        expect(Object.isFrozen(action.owners)).toBe(true);
      }
    }
  });
});
