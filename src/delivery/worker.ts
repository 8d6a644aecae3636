// The delivery worker: takes due rows from the queue one lease at a time,
// asks the scheduler what each should say (or whether it is still wanted),
// sends it through the platform's port and records the outcome. A direct
// message the platform refuses falls back to a mention in the committee
// channel. A row found still "sending" after its lease expired is a crash
// between send and mark: the platform's lookup settles it, and where there is
// none it is recorded as "possibly sent" rather than sent a second time.
import type { Clock } from "../clock.ts";
import type { Reply } from "../core/reply.ts";
import type { Logger } from "../log.ts";
import { claim, type DeliveryRow, findClaimable, finish, markSending } from "../store/delivery-queue.ts";
import type { Db } from "../store/open.ts";
import { DeliveryError, type DeliveryPort, type DeliveryTarget, LookupIncomplete } from "./port.ts";
import { committeeTarget, mentionFor, type PortsByPlatform, personTarget } from "./targets.ts";

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
  /** How long a claim holds; must comfortably exceed the slowest send (a lookup after it may resend). */
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
/** Platform clocks and ours differ a little; look back this far before the recorded start. */
const LOOKUP_SLACK_MS = 5 * 60_000;
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

  /** A send that started and was never recorded: true when settled here, false when it never arrived. */
  async function settleInDoubt(row: DeliveryRow, tally: Tally): Promise<boolean> {
    if (!row.sendStartedAt || !row.platform || !row.conversationId) return false;
    const port = ports.get(row.platform);
    const target: DeliveryTarget = {
      platform: row.platform as DeliveryTarget["platform"],
      workspaceId: row.workspaceId ?? "",
      conversationId: row.conversationId,
      ...(row.threadId ? { threadId: row.threadId } : {}),
    };
    if (!port?.findSent) {
      const reason = `the worker stopped between sending and recording the send, and ${row.platform} cannot look messages up: check ${row.viaChannel ? "the committee channel" : "the person's chat"} before resending`;
      await finish(db, row, { status: "possibly-sent", reason }, clock.now());
      logger.warn({ key: row.key, platform: row.platform }, "delivery possibly sent; not resent");
      tally.possiblySent += 1;
      return true;
    }
    try {
      const since = new Date(row.sendStartedAt.getTime() - LOOKUP_SLACK_MS);
      const found = await port.findSent(target, row.key, since);
      if (!found) return false;
      await finish(
        db,
        row,
        {
          status: "sent",
          messageId: found.messageId,
          conversationId: found.conversationId,
          note: "found already sent after a restart",
        },
        clock.now(),
      );
      logger.info({ key: row.key }, "delivery found already sent; not resent");
      tally.sent += 1;
      return true;
    } catch (error) {
      if (error instanceof LookupIncomplete) {
        const reason = `the worker stopped between sending and recording the send, and looking it up on ${row.platform} did not finish (${error.message}): check ${row.viaChannel ? "the committee channel" : "the person's chat"} before resending`;
        await finish(db, row, { status: "possibly-sent", reason }, clock.now());
        logger.warn(
          { key: row.key, platform: row.platform },
          "delivery possibly sent; lookup incomplete; not resent",
        );
        tally.possiblySent += 1;
        return true;
      }
      // Still in doubt: the next attempt looks it up again rather than resending.
      await retry(row, `looking up an earlier send failed: ${messageOf(error)}`, tally, undefined, true);
      return true;
    }
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
    const started = await markSending(db, row, { ...target, viaChannel }, clock.now());
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
    tally: Tally,
    mention?: { personId: number; reason: string },
  ) {
    const preferred = mention
      ? (await db.chatIdentity.findFirst({ where: { personId: mention.personId } }))?.platform
      : undefined;
    const target = await committeeTarget(db, row.committeeId, ports, preferred);
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
    const mentionUserId = mention ? await mentionFor(db, mention.personId, target.platform) : undefined;
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

  async function deliver(row: DeliveryRow, tally: Tally): Promise<void> {
    if (row.sendStartedAt && (await settleInDoubt(row, tally))) return;
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
    if (to.kind === "channel") return toChannel(row, reply, tally);
    const instead = async (reason: string) => {
      if (to.fallback) return toChannel(row, to.fallback, tally, { personId: to.personId, reason });
      await finish(
        db,
        row,
        { status: "skipped", reason: `${reason}; the channel already has it` },
        clock.now(),
      );
      tally.skipped += 1;
    };
    const direct = await personTarget(db, to.personId, ports);
    if (!direct.ok) return instead(direct.reason);
    const port = ports.get(direct.target.platform);
    if (!port) return instead("not connected");
    try {
      await send(row, port, direct.target, reply, false, undefined, tally);
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.permanent) throw error;
      const reason = `the direct message was refused (${error.message})`;
      logger.warn({ key: row.key, reason }, "direct message refused; falling back to the committee channel");
      await instead(reason);
    }
  }

  async function runOne(seen: DeliveryRow, tally: Tally): Promise<void> {
    const row = await claim(db, seen, workerId, clock.now(), leaseMs);
    if (!row) return;
    try {
      await deliver(row, tally);
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
        const rows = (await findClaimable(db, clock.now(), BATCH)).filter((row) => !seenIds.has(row.id));
        if (rows.length === 0) return tally;
        for (const row of rows) {
          seenIds.add(row.id);
          await runOne(row, tally);
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
