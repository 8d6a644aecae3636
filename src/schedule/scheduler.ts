// The meeting-cycle scheduler: one croner job wakes it every minute (no timer
// per message); each wake-up is a sweep that plans what is ahead and sends
// what is due, reading "now" only from the injected clock. Tests and the soak
// script call sweep() themselves and leave the timer off. Several processes
// may run it on one database: the queue's leases keep each message single.
// Once an hour a sweep also forgets inbound-event claims older than a day,
// long past the platforms' retries, so the dedupe table stays small.
import { randomBytes } from "node:crypto";
import { Cron } from "croner";
import type { Clock } from "../clock.ts";
import { shiftDate } from "../cycle/slots.ts";
import type { DeliveryPort } from "../delivery/port.ts";
import { portsByPlatform } from "../delivery/targets.ts";
import { createWorker, type Tally } from "../delivery/worker.ts";
import { calendarDate } from "../domain/format.ts";
import { BURST_MESSAGES, collectAfterBurst } from "../heap.ts";
import type { Logger } from "../log.ts";
import { readModelOf } from "../read-model/read-model.ts";
import { listAbsences } from "../store/absences.ts";
import { readCycleSettings } from "../store/cycle-settings.ts";
import { nextDueAt } from "../store/delivery-queue.ts";
import { pruneInboundEvents } from "../store/inbound-events.ts";
import type { Db } from "../store/open.ts";
import { pruneRecordChanges } from "../store/record-changes.ts";
import { prepareDelivery, type SweepState } from "./compose.ts";
import { planAhead } from "./plan.ts";

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The delivery ports of the mounted platforms (PlatformMount.delivery). */
  ports: readonly DeliveryPort[];
  committeeSlug?: string;
  /** Names this worker in leases; defaults to a random id per process. */
  workerId?: string;
  leaseMs?: number;
  /** Cron pattern of the wake-up, or false for none (tests, soak). Default every minute. */
  timer?: string | false;
}

export interface SweepResult extends Tally {
  planned: number;
}

export interface Scheduler {
  /** Plans and sends what is due now. Sweeps of one scheduler never overlap. */
  sweep(): Promise<SweepResult>;
  /** When the next row falls due (or a lease expires): what a test or the soak jumps the clock to. */
  nextDueAt(): Promise<Date | null>;
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
/**
 * Inbound-event claims are kept this long: Slack retries an event for about
 * an hour at most and the Bot Framework redelivers within minutes.
 */
export const INBOUND_EVENTS_KEPT_MS = 24 * 3600_000;
/** How often a sweep prunes them (each replica prunes; the delete is idempotent). */
export const PRUNE_EVERY_MS = 3600_000;
/** How long after a start the catch-up sweep waits. */
const CATCH_UP_AFTER_MS = 2000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { db, clock, logger } = options;
  const workerId = options.workerId ?? `worker-${randomBytes(4).toString("hex")}`;
  const ports = portsByPlatform(options.ports);
  let state: SweepState | undefined;
  let prunedAt: number | undefined;
  const worker = createWorker({
    db,
    clock,
    logger,
    ports,
    workerId,
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    prepare: async (row) => {
      if (!state) throw new Error("prepare called outside a sweep");
      // the records as they are now: an item closed since the sweep began is not nudged
      const snapshot = await readModelOf(db, options.committeeSlug).current();
      const [dir, records] = await Promise.all([snapshot.directory(), snapshot.records()]);
      return prepareDelivery({ ...state, dir, records, now: clock.now() }, row);
    },
  });

  async function sweepOnce(): Promise<SweepResult> {
    // Let the event loop serve what is waiting first: the catch-up sweep at
    // start would otherwise hold /healthz until its planning is done.
    await new Promise((resolve) => setImmediate(resolve));
    const now = clock.now();
    const snapshot = await readModelOf(db, options.committeeSlug).current();
    const [dir, records] = await Promise.all([snapshot.directory(), snapshot.records()]);
    const settings = await readCycleSettings(db, dir.committee.id);
    // A day's margin: "today" in the westernmost zone may still be yesterday here.
    const absences = await listAbsences(
      db,
      dir.committee.id,
      shiftDate(calendarDate(now, dir.committee.timeZone), -1),
    );
    state = {
      db,
      dir,
      records,
      settings,
      absences: new Map(absences.map((a) => [a.personId, a.until])),
      now,
    };
    const plan = await planAhead(db, dir, records, settings, now);
    const tally = await worker.runDue();
    if (plan.added || plan.retimed || plan.withdrawn || tally.sent || tally.failed || tally.possiblySent) {
      logger.info({ workerId, plan, tally }, "scheduler sweep");
    }
    await pruneIfDue(now);
    if (plan.added + tally.sent >= BURST_MESSAGES) collectAfterBurst();
    return { planned: plan.added + plan.nudges, ...tally };
  }

  /** At most once an hour (and at the first sweep): the claims past the retry windows, and the change log's old rows. */
  async function pruneIfDue(now: Date): Promise<void> {
    const at = now.getTime();
    if (prunedAt !== undefined && at - prunedAt < PRUNE_EVERY_MS && at >= prunedAt) return;
    prunedAt = at;
    try {
      const pruned = await pruneInboundEvents(db, new Date(at - INBOUND_EVENTS_KEPT_MS));
      if (pruned) logger.info({ workerId, pruned }, "old inbound-event claims pruned");
      const changes = await pruneRecordChanges(db);
      if (changes) logger.info({ workerId, changes }, "old change-log rows pruned");
    } catch (error) {
      // rows left for the next hour cost nothing; the sweep's sends must not fail for them
      logger.warn({ err: error, workerId }, "pruning inbound-event claims or change-log rows failed");
    }
  }

  let running: Promise<unknown> = Promise.resolve();
  function sweep(): Promise<SweepResult> {
    const next = running.then(sweepOnce, sweepOnce);
    running = next.catch(() => undefined);
    return next;
  }

  const timer =
    options.timer === false
      ? null
      : new Cron(options.timer ?? "* * * * *", { protect: true }, async () => {
          try {
            await sweep();
          } catch (error) {
            logger.error({ err: error, workerId }, "scheduler sweep failed");
          }
        });
  // Catch up soon after a start rather than at the next full minute, but not
  // at once: its first load of a large committee's records takes the event
  // loop for about a second, which health checks and the first chat requests
  // (Slack retries an event it has waited 3 s for) would wait behind.
  const catchUp = timer
    ? setTimeout(() => {
        sweep().catch((error: unknown) => logger.error({ err: error, workerId }, "scheduler sweep failed"));
      }, CATCH_UP_AFTER_MS)
    : null;
  catchUp?.unref();

  return {
    sweep,
    nextDueAt: () => nextDueAt(db),
    async stop() {
      if (catchUp) clearTimeout(catchUp);
      timer?.stop();
      await running;
    },
  };
}
