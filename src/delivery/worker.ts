// The delivery worker: takes due rows from the queue one lease at a time,
// asks the scheduler what each should say (or whether it is still wanted),
// sends it through the platform's port and records the outcome. A direct
// message the platform refuses falls back to a mention in the committee
// channel. A row found still "sending" after its lease expired is a crash
// between send and mark: the platform's lookup settles it, and where there is
// none it is recorded as "possibly sent" rather than sent a second time
// (src/delivery/in-doubt.ts). Rows are claimed a batch at a time, so a
// delivered message costs two queries of its own: the target written (and
// the lease renewed) before sending, the mark after it.
import type { Clock } from "../clock.ts";
import type { Reply } from "../core/reply.ts";
import type { Logger } from "../log.ts";
import { claimBatch, type DeliveryRow, findClaimable, finish, markSending } from "../store/delivery-queue.ts";
import type { Db } from "../store/open.ts";
import { settleInDoubt } from "./in-doubt.ts";
import { DeliveryError, type DeliveryPort, type DeliveryTarget } from "./port.ts";
import { type BatchTargets, batchTargets, type PortsByPlatform } from "./targets.ts";

/**
 * Where a prepared message goes: the committee channel, or a person, with
 * what to say in the channel when they cannot be written to directly (null:
 * nothing, when the channel already has it).
 */
export type Recipient = { kind: "person"; personId: number; fallback: Reply | null } | { kind: "channel" };

export type Prepared =
  | { outcome: "skipped" | "withdrawn"; reason: string }
  | { outcome: "send"; reply: Reply; to: Recipient };

export interface WorkerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  ports: PortsByPlatform;
  workerId: string;
  /**
   * How long a claim holds, renewed as each send starts; must comfortably exceed the slowest
   * send (a lookup after it may resend). A batch's later rows that wait longer than this are
   * left to whichever worker takes them over (the conditional writes keep them single).
   */
  leaseMs: number;
  /** What a due row should say now, or why it is no longer wanted. */
  prepare(row: DeliveryRow): Promise<Prepared>;
}

export interface Tally {
  sent: number;
  skipped: number;
  withdrawn: number;
  failed: number;
  possiblySent: number;
  retried: number;
}

const MAX_ATTEMPTS = 8;
const BATCH = 25;
const NOWHERE_RETRY_MS = 3600_000;

function backoff(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

export function emptyTally(): Tally {
  return { sent: 0, skipped: 0, withdrawn: 0, failed: 0, possiblySent: 0, retried: 0 };
}

export function createWorker(deps: WorkerDeps) {
  const { db, clock, logger, ports, workerId, leaseMs } = deps;

  async function retry(
    row: DeliveryRow,
    reason: string,
    tally: Tally,
    afterMs?: number,
    inDoubt = false,
  ): Promise<void> {
    const now = clock.now();
    if (row.attempts >= MAX_ATTEMPTS) {
      await finish(
        db,
        row,
        { status: "failed", reason: `gave up after ${row.attempts} attempts: ${reason}` },
        now,
      );
      logger.error({ key: row.key, reason }, "delivery failed for good");
      tally.failed += 1;
      return;
    }
    const retryAt = new Date(now.getTime() + (afterMs ?? backoff(row.attempts)));
    await finish(db, row, { status: "pending", retryAt, reason, inDoubt }, now);
    logger.warn({ key: row.key, reason, retryAt }, "delivery will be retried");
    tally.retried += 1;
  }

  async function send(
    row: DeliveryRow,
    port: DeliveryPort,
    target: DeliveryTarget,
    reply: Reply,
    viaChannel: boolean,
    note: string | undefined,
    tally: Tally,
  ): Promise<void> {
    const started = await markSending(db, row, { ...target, viaChannel }, clock.now(), leaseMs);
    if (!started) {
      logger.warn({ key: row.key }, "delivery lease lost before sending");
      return;
    }
    const sent = await port.send(target, reply, row.key);
    const marked = await finish(
      db,
      row,
      {
        status: "sent",
        messageId: sent.messageId,
        conversationId: sent.conversationId,
        ...(note ? { note } : {}),
      },
      clock.now(),
    );
    if (!marked)
      logger.warn({ key: row.key }, "delivery sent but its lease was lost; another worker will look it up");
    tally.sent += 1;
  }

  async function toChannel(
    row: DeliveryRow,
    reply: Reply,
    targets: BatchTargets,
    tally: Tally,
    mention?: { personId: number; reason: string },
  ) {
    const preferred = mention ? await targets.preferredPlatform(mention.personId) : undefined;
    const target = await targets.committee(row.committeeId, preferred);
    if (!target) {
      const why = mention
        ? `${mention.reason}, and no committee channel is set`
        : "no committee channel is set";
      await retry(
        row,
        `${why} (the secretariat can type "settings channel here" in it)`,
        tally,
        NOWHERE_RETRY_MS,
      );
      return;
    }
    const port = ports.get(target.platform);
    if (!port) return retry(row, `${target.platform} is not connected`, tally, NOWHERE_RETRY_MS);
    const mentionUserId = mention ? await targets.mention(mention.personId, target.platform) : undefined;
    await send(
      row,
      port,
      { ...target, ...(mentionUserId ? { mentionUserId } : {}) },
      reply,
      Boolean(mention),
      mention?.reason,
      tally,
    );
  }

  async function deliver(row: DeliveryRow, targets: BatchTargets, tally: Tally): Promise<void> {
    if (row.sendStartedAt) {
      const retryInDoubt = (inDoubt: DeliveryRow, reason: string) =>
        retry(inDoubt, reason, tally, undefined, true);
      if (await settleInDoubt({ db, clock, logger, ports, retryInDoubt }, row, tally)) return;
    }
    const now = clock.now();
    if (row.expiresAt && now.getTime() >= row.expiresAt.getTime()) {
      const reason = row.meetingId
        ? "the meeting had started before it could be sent"
        : "a newer one replaces it";
      await finish(db, row, { status: "skipped", reason }, now);
      logger.info({ key: row.key, dueAt: row.dueAt, reason }, "delivery skipped");
      tally.skipped += 1;
      return;
    }
    const prepared = await deps.prepare(row);
    if (prepared.outcome !== "send") {
      await finish(db, row, { status: prepared.outcome, reason: prepared.reason }, clock.now());
      logger.info({ key: row.key, reason: prepared.reason }, `delivery ${prepared.outcome}`);
      tally[prepared.outcome] += 1;
      return;
    }
    const { to, reply } = prepared;
    if (to.kind === "channel") return toChannel(row, reply, targets, tally);
    const instead = async (reason: string) => {
      if (to.fallback) return toChannel(row, to.fallback, targets, tally, { personId: to.personId, reason });
      await finish(
        db,
        row,
        { status: "skipped", reason: `${reason}; the channel already has it` },
        clock.now(),
      );
      tally.skipped += 1;
    };
    const direct = await targets.person(to.personId);
    if (!direct.ok) return instead(direct.reason);
    const port = ports.get(direct.target.platform);
    if (!port) return instead("not connected");
    try {
      await send(row, port, direct.target, reply, false, undefined, tally);
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.permanent) throw error;
      const reason = `the direct message was refused (${error.message})`;
      logger.warn({ key: row.key, reason }, "direct message refused; falling back to the committee channel");
      // The adapter may have marked the personal chat closed: the batch's later rows read it again.
      targets.forget(to.personId);
      await instead(reason);
    }
  }

  /** Delivers one claimed row, settling whatever goes wrong on the way. */
  async function runOne(row: DeliveryRow, targets: BatchTargets, tally: Tally): Promise<void> {
    try {
      await deliver(row, targets, tally);
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) {
        await finish(db, row, { status: "failed", reason: error.message }, clock.now());
        logger.error({ key: row.key, err: error }, "delivery refused for good");
        tally.failed += 1;
        return;
      }
      const afterMs = error instanceof DeliveryError ? error.retryAfterMs : undefined;
      if (!(error instanceof DeliveryError)) logger.error({ key: row.key, err: error }, "delivery fault");
      // Only a refusal with Retry-After (a rate limit) says for certain that nothing arrived.
      const reloaded = await db.delivery.findUnique({
        where: { id: row.id },
        select: { sendStartedAt: true },
      });
      const inDoubt = afterMs === undefined && Boolean(reloaded?.sendStartedAt);
      await retry(row, messageOf(error), tally, afterMs, inDoubt);
    }
  }

  return {
    /** Sends everything due now; returns what happened. */
    async runDue(): Promise<Tally> {
      const tally = emptyTally();
      const seenIds = new Set<number>();
      for (;;) {
        const seen = (await findClaimable(db, clock.now(), BATCH)).filter((row) => !seenIds.has(row.id));
        if (seen.length === 0) return tally;
        for (const row of seen) seenIds.add(row.id);
        // One claim for the batch (rows another worker took meanwhile are left out); each row's
        // lease is renewed as its send starts, so rows waiting their turn lose nothing.
        const rows = await claimBatch(db, seen, workerId, clock.now(), leaseMs);
        // Who the batch writes to, read once for all its rows (see targets.ts).
        const targets = batchTargets(db, ports);
        await targets.prefetch(rows.flatMap((row) => (row.personId === null ? [] : [row.personId])));
        for (const row of rows) {
          await runOne(row, targets, tally);
          // SQLite calls run synchronously on the event loop: let waiting requests
          // (a Slack ack has 3 s) in between deliveries of a long catch-up.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
