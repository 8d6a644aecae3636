// Overdue action items: one nudge to each owner on the day after the due
// date, then at most one a week while the item stays open. Only the next nudge
// is ever planned, and only once the previous one is settled, so downtime
// cannot pile nudges up: the one caught up after it is the only one that week.

import { canSee } from "../core/policy.ts";
import { delegationContact, zoneOf } from "../cycle/people.ts";
import { nextAllowed, shiftDate } from "../cycle/slots.ts";
import { calendarDate } from "../domain/format.ts";
import { type DeliveryStore, enqueue } from "../store/delivery-queue.ts";
import type { Directory, PersonEntry } from "../store/directory.ts";

const WEEK_MS = 7 * 24 * 3600_000;
const NUDGE_AT = 9 * 60;

export interface OverdueAction {
  id: number;
  dueOn: string;
  owners: { personId: number | null; delegationId: number | null }[];
  /** Who may read the item: its coalition's visibility ("committee" when it has none). */
  visibility: string;
}

/** The people an item's owners stand for (a person owner, or a delegation's contact) who may read it. */
function ownerPeople(dir: Directory, action: OverdueAction): PersonEntry[] {
  const people = new Map<number, PersonEntry>();
  for (const owner of action.owners) {
    const person = owner.personId
      ? dir.persons.find((p) => p.id === owner.personId)
      : owner.delegationId
        ? delegationContact(dir, owner.delegationId)
        : undefined;
    if (person && canSee(person, action.visibility)) people.set(person.id, person);
  }
  return [...people.values()];
}

export async function planOverdueNudges(
  store: DeliveryStore,
  dir: Directory,
  actions: readonly OverdueAction[],
  now: Date,
): Promise<number> {
  const today = calendarDate(now, dir.committee.timeZone);
  const overdue = actions.filter((action) => action.dueOn < today);
  if (overdue.length === 0) return 0;
  const rows = await store.delivery.findMany({
    where: { kind: "overdue", actionId: { in: overdue.map((action) => action.id) } },
    select: { actionId: true, personId: true, key: true, status: true, dueAt: true, sentAt: true },
  });
  let added = 0;
  for (const action of overdue) {
    // Catching up after downtime plans hundreds of nudges on the synchronous
    // SQLite driver: let waiting requests (/healthz, a Slack ack) in between.
    await new Promise((resolve) => setImmediate(resolve));
    for (const person of ownerPeople(dir, action)) {
      const mine = rows.filter((row) => row.actionId === action.id && row.personId === person.id);
      if (mine.some((row) => row.status === "pending" || row.status === "sending")) continue;
      const zone = zoneOf(dir, person);
      const seq = mine.length;
      const last = mine.reduce<Date | null>((latest, row) => {
        const at = row.sentAt ?? row.dueAt;
        return latest && latest.getTime() >= at.getTime() ? latest : at;
      }, null);
      const from = last ? shiftDate(calendarDate(last, zone), 7) : shiftDate(action.dueOn, 1);
      let dueAt = nextAllowed(from, NUDGE_AT, zone);
      // After a long gap only this week's nudge is owed, not each missed one.
      while (dueAt.getTime() + WEEK_MS <= now.getTime()) {
        dueAt = nextAllowed(shiftDate(calendarDate(dueAt, zone), 7), NUDGE_AT, zone);
      }
      const planned = {
        key: `overdue:a${action.id}:p${person.id}:${seq}`,
        kind: "overdue",
        actionId: action.id,
        personId: person.id,
        dueAt,
        expiresAt: new Date(dueAt.getTime() + WEEK_MS),
      } as const;
      if (await enqueue(store, dir.committee.id, planned, now)) added += 1;
    }
  }
  return added;
}
