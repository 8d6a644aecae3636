// The planning half of a sweep: every scheduled meeting ahead (within the
// horizon) is reconciled with its plan, and overdue action items get their
// next nudge. Cheap and idempotent, so it runs before every delivery pass.
import type { CycleSettings } from "../store/cycle-settings.ts";
import type { Directory } from "../store/directory.ts";
import type { Db } from "../store/open.ts";
import { planOverdueNudges } from "./overdue.ts";
import { type ReconcileResult, reconcileMeeting } from "./reconcile.ts";

const DAY_MS = 24 * 3600_000;

export async function planAhead(
  db: Db,
  dir: Directory,
  settings: CycleSettings,
  now: Date,
): Promise<ReconcileResult & { nudges: number }> {
  const total = { added: 0, retimed: 0, withdrawn: 0, nudges: 0 };
  // Only meetings whose first request is near need a look on every sweep; the
  // transaction that schedules or moves a meeting plans it in full at once.
  const horizon = new Date(now.getTime() + (settings.promptDays + 3) * DAY_MS);
  const meetings = await db.meeting.findMany({
    where: { committeeId: dir.committee.id, status: "scheduled", startsAt: { gt: now, lte: horizon } },
    orderBy: { startsAt: "asc" },
  });
  for (const meeting of meetings) {
    await new Promise((resolve) => setImmediate(resolve)); // see planOverdueNudges
    const result = await reconcileMeeting(db, dir, meeting, settings, now);
    total.added += result.added;
    total.retimed += result.retimed;
    total.withdrawn += result.withdrawn;
  }
  const overdue = await db.actionItem.findMany({
    where: { committeeId: dir.committee.id, status: "open", dueKind: "date", dueOn: { not: null } },
    select: { id: true, dueOn: true, owners: { select: { personId: true, delegationId: true } } },
  });
  total.nudges = await planOverdueNudges(
    db,
    dir,
    overdue.flatMap((action) => (action.dueOn ? [{ ...action, dueOn: action.dueOn }] : [])),
    now,
  );
  return total;
}
