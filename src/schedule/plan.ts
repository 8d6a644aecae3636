// The planning half of a sweep: every scheduled meeting ahead (within the
// horizon) is reconciled with its plan, and overdue action items get their
// next nudge. Cheap and idempotent, so it runs before every delivery pass.

import { type ReconcileResult, reconcileMeeting } from "../cycle/reconcile.ts";
import { dueDate, listActions } from "../read-model/actions.ts";
import type { Records } from "../read-model/records.ts";
import type { CycleSettings } from "../store/cycle-settings.ts";
import type { Directory } from "../store/directory.ts";
import type { Db } from "../store/open.ts";
import { planOverdueNudges } from "./overdue.ts";

const DAY_MS = 24 * 3600_000;

export async function planAhead(
  db: Db,
  dir: Directory,
  records: Records,
  settings: CycleSettings,
  now: Date,
): Promise<ReconcileResult & { nudges: number }> {
  const total = { added: 0, retimed: 0, withdrawn: 0, nudges: 0 };
  // Only meetings whose first request is near need a look on every sweep; the
  // transaction that schedules or moves a meeting plans it in full at once.
  const horizon = new Date(now.getTime() + (settings.promptDays + 3) * DAY_MS);
  const meetings = records.meetings.filter(
    (m) => m.status === "scheduled" && m.startsAt.getTime() > now.getTime() && m.startsAt <= horizon,
  );
  for (const meeting of meetings) {
    await new Promise((resolve) => setImmediate(resolve)); // see planOverdueNudges
    const result = await reconcileMeeting(db, dir, meeting, settings, now);
    total.added += result.added;
    total.retimed += result.retimed;
    total.withdrawn += result.withdrawn;
  }
  // Items due by a meeting that has begun are overdue as well as dated ones (one definition: isOverdue).
  const zone = dir.committee.timeZone;
  const overdue = listActions(records, { status: "open", overdue: { now, timeZone: zone } });
  total.nudges = await planOverdueNudges(
    db,
    dir,
    overdue.flatMap((action) => {
      const dueOn = dueDate(action, zone);
      return dueOn
        ? [
            {
              id: action.id,
              dueOn,
              owners: action.owners,
              visibility: action.coalition?.visibility ?? "committee",
            },
          ]
        : [];
    }),
    now,
  );
  return total;
}
