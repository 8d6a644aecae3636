// The scheduler over a full queue. The planner plans what it would (meetings
// within its horizon, overdue nudges) and synthetic prompts and reminders for
// later meetings fill the queue up to `target` rows: `catchUp` of them due
// now (a backlog after downtime), the rest spread over the coming week. Then:
//  - one catch-up sweep plans, claims, "sends" (a fake Slack port that only
//    counts) and records every due row: the cost per delivery;
//  - routine sweeps a minute apart, each sending the few rows that fell due:
//    what the every-minute wake-up costs with `target` rows planned.
import type { ManualClock } from "../../src/clock.ts";
import type { DeliveryPort } from "../../src/delivery/port.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { silentLogger } from "../../src/log.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { planAhead } from "../../src/schedule/plan.ts";
import { type SweepResult, startScheduler } from "../../src/schedule/scheduler.ts";
import { readCycleSettings } from "../../src/store/cycle-settings.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import type { Db } from "../../src/store/open.ts";
import { median } from "./measure.ts";

const DAY_MS = 24 * 3600_000;
const BATCH = 500;
const SPREAD_MS = 7 * DAY_MS;

export interface SweepPlan {
  /** Rows in the queue, planner's and synthetic. */
  target: number;
  /** Synthetic rows already due when the catch-up sweep starts. */
  catchUp: number;
  /** Routine sweeps, one simulated minute apart. */
  routine: number;
}

export interface SweepFigures {
  /** Rows pending in the queue before the first sweep. */
  queued: number;
  /** Of those, rows the planner itself made. */
  planned: number;
  /** Rows due when the catch-up sweep starts. */
  due: number;
  catchUp: SweepResult;
  /** Rows the catch-up sweep finished with (sent, skipped, withdrawn, failed, possibly sent, retried). */
  processed: number;
  catchUpMs: number;
  /** Median of the routine sweeps, and how many rows they sent in all. */
  routineMs: number;
  routineSent: number;
}

function finished(result: SweepResult): number {
  const { sent, skipped, withdrawn, failed, possiblySent, retried } = result;
  return sent + skipped + withdrawn + failed + possiblySent + retried;
}

/** Fills the queue to `plan.target` rows; returns how many the planner made. */
async function fillQueue(db: Db, now: Date, plan: SweepPlan): Promise<number> {
  const dir = await loadDirectory(db);
  const settings = await readCycleSettings(db, dir.committee.id);
  await planAhead(db, dir, await loadRecords(db, dir.committee.id), settings, now);
  const planned = await db.delivery.count({ where: { status: "pending" } });
  // Beyond the planner's horizon, so its reconciliation leaves these rows alone.
  const horizon = new Date(now.getTime() + (settings.promptDays + 3) * DAY_MS);
  const meetings = await db.meeting.findMany({
    where: { committeeId: dir.committee.id, status: "scheduled", startsAt: { gt: horizon } },
    orderBy: { startsAt: "asc" },
  });
  const linked = await db.chatIdentity.findMany({ select: { personId: true }, orderBy: { personId: "asc" } });
  const wanted = plan.target - planned;
  const later = Math.max(1, wanted - plan.catchUp);
  const rows: Prisma.DeliveryCreateManyInput[] = [];
  for (const meeting of meetings) {
    for (const area of dir.areas) {
      for (const { personId } of linked) {
        for (const kind of ["prompt", "reminder"]) {
          const i = rows.length;
          if (i >= wanted) break;
          rows.push({
            committeeId: dir.committee.id,
            key: `${kind}:m${meeting.id}:a${area.id}:p${personId}`,
            kind,
            meetingId: meeting.id,
            personId,
            areaId: area.id,
            // The backlog spread over the past six hours; the rest over the coming week.
            dueAt:
              i < plan.catchUp
                ? new Date(now.getTime() - (i % 360) * 60_000)
                : new Date(now.getTime() + Math.ceil(((i - plan.catchUp + 1) * SPREAD_MS) / later)),
            expiresAt: meeting.startsAt,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
    }
  }
  if (rows.length < wanted)
    throw new Error(`only ${planned + rows.length} deliveries can be planned for a ${plan.target}-row queue`);
  for (let i = 0; i < rows.length; i += BATCH)
    await db.delivery.createMany({ data: rows.slice(i, i + BATCH) });
  return planned;
}

function countingPort(): DeliveryPort {
  let sent = 0;
  return {
    platform: "slack",
    async send(target) {
      sent += 1;
      return { messageId: `bench-${sent}`, conversationId: target.conversationId };
    },
  };
}

export async function measureSweep(db: Db, clock: ManualClock, plan: SweepPlan): Promise<SweepFigures> {
  const now = clock.now();
  const planned = await fillQueue(db, now, plan);
  const queued = await db.delivery.count({ where: { status: "pending" } });
  const due = await db.delivery.count({ where: { status: "pending", dueAt: { lte: now } } });
  const scheduler = startScheduler({
    db,
    clock,
    logger: silentLogger,
    ports: [countingPort()],
    workerId: "bench",
    timer: false,
  });
  try {
    let started = performance.now();
    const catchUp = await scheduler.sweep();
    const catchUpMs = performance.now() - started;
    const routine: number[] = [];
    let routineSent = 0;
    for (let i = 0; i < plan.routine; i++) {
      clock.advance(60_000);
      started = performance.now();
      routineSent += (await scheduler.sweep()).sent;
      routine.push(performance.now() - started);
    }
    return {
      queued,
      planned,
      due,
      catchUp,
      processed: finished(catchUp),
      catchUpMs,
      routineMs: median(routine),
      routineSent,
    };
  } finally {
    await scheduler.stop();
  }
}
