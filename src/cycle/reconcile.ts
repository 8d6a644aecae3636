// Brings a meeting's queued rows in line with its plan: inserts what is
// missing, re-times what has not been sent, withdraws what is no longer
// planned. Rows already sent are history and stay. Idempotent, so it runs on
// every sweep as well as inside the transaction that schedules, moves or
// cancels a meeting.

import type { CycleSettings } from "../store/cycle-settings.ts";
import {
  type DeliveryStore,
  enqueue,
  type PlannedDelivery,
  withdrawPending,
} from "../store/delivery-queue.ts";
import type { Directory } from "../store/directory.ts";
import { zoneOf } from "./people.ts";
import { type PlannableMeeting, planMeeting } from "./planner.ts";
import { allowedFrom } from "./slots.ts";

const PLANNED_KINDS = ["prompt", "reminder", "agenda", "actions-due"];
const ASKED_KINDS = ["prompt", "reminder"];

export interface ReconcileResult {
  added: number;
  retimed: number;
  withdrawn: number;
}

/** The first moment a person may be written to from `now` on; channel posts go at once. */
function soonest(dir: Directory, planned: PlannedDelivery, now: Date): Date {
  if (planned.personId === undefined) return now;
  const person = dir.persons.find((p) => p.id === planned.personId);
  return allowedFrom(now, person ? zoneOf(dir, person) : dir.committee.timeZone);
}

export async function reconcileMeeting(
  store: DeliveryStore,
  dir: Directory,
  meeting: PlannableMeeting & { status: string },
  settings: CycleSettings,
  now: Date,
): Promise<ReconcileResult> {
  const result: ReconcileResult = { added: 0, retimed: 0, withdrawn: 0 };
  if (meeting.status === "cancelled") {
    result.withdrawn = await withdrawPending(
      store,
      { meetingId: meeting.id },
      "the meeting was cancelled",
      now,
    );
    const asked = await store.delivery.findMany({
      where: { meetingId: meeting.id, kind: { in: ASKED_KINDS }, status: { in: ["sent", "possibly-sent"] } },
      select: { personId: true },
    });
    for (const personId of new Set(asked.map((row) => row.personId).filter((id) => id !== null))) {
      const notice = {
        key: `cancelled:m${meeting.id}:p${personId}`,
        kind: "cancelled",
        meetingId: meeting.id,
        personId,
        dueAt: now,
      } as const;
      if (await enqueue(store, dir.committee.id, notice, now)) result.added += 1;
    }
    return result;
  }
  const plan = planMeeting(dir, meeting, settings);
  const existing = await store.delivery.findMany({
    where: { meetingId: meeting.id, kind: { in: PLANNED_KINDS }, standInForId: null },
  });
  const byKey = new Map(existing.map((row) => [row.key, row]));
  for (const planned of plan) {
    const row = byKey.get(planned.key);
    const early = planned.dueAt.getTime() < now.getTime();
    if (!row) {
      // A reminder whose day has already passed would only repeat the prompt.
      if (early && planned.kind === "reminder") continue;
      const dueAt = early ? soonest(dir, planned, now) : planned.dueAt;
      if (await enqueue(store, dir.committee.id, { ...planned, dueAt }, now)) result.added += 1;
      continue;
    }
    if (row.status === "withdrawn") {
      // Planned again (a cancelled meeting revived, a person back in the plan): it was never sent.
      if (early && planned.kind === "reminder") continue;
      // Conditional, like every status change: another replica may have revived and sent it meanwhile.
      const { count } = await store.delivery.updateMany({
        where: { id: row.id, status: "withdrawn" },
        data: {
          status: "pending",
          dueAt: early ? soonest(dir, planned, now) : planned.dueAt,
          expiresAt: planned.expiresAt ?? null,
          lastError: null,
          sendStartedAt: null,
          updatedAt: now,
        },
      });
      result.added += count;
      continue;
    }
    if (row.status !== "pending") continue;
    const wanted = early
      ? new Date(Math.min(row.dueAt.getTime(), soonest(dir, planned, now).getTime()))
      : planned.dueAt;
    const expires = planned.expiresAt?.getTime() ?? null;
    if (wanted.getTime() !== row.dueAt.getTime() || (row.expiresAt?.getTime() ?? null) !== expires) {
      const { count } = await store.delivery.updateMany({
        where: { id: row.id, status: "pending" },
        data: { dueAt: wanted, expiresAt: planned.expiresAt ?? null, updatedAt: now },
      });
      result.retimed += count;
    }
  }
  const plannedKeys = new Set(plan.map((planned) => planned.key));
  const stale = existing
    .filter((row) => row.status === "pending" && !plannedKeys.has(row.key))
    .map((row) => row.id);
  if (stale.length) {
    result.withdrawn = await withdrawPending(
      store,
      { id: { in: stale } },
      "no longer in the meeting's plan",
      now,
    );
  }
  return result;
}
