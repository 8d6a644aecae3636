// The durable delivery queue: one Delivery row per planned message, claimed by
// a conditional UPDATE, then leased while it is sent. A worker claims the
// batch of due rows it has just read in one UPDATE ... WHERE id IN (<seen>)
// AND <still claimable> RETURNING *: on SQLite writes are serialized, and on
// PostgreSQL (READ COMMITTED) a second worker's UPDATE of the same row waits
// on the first one's row lock, then re-checks its WHERE against the committed
// row (now leased) and skips it. So of workers (or replicas) that saw the same
// row exactly one wins, which is what SELECT ... FOR UPDATE SKIP LOCKED would
// give, without raw SQL. The claim bumps `attempts`, and every later write is
// conditional on status "sending", the claimant and that attempt: only the
// lease holder may mark the row, and a worker whose lease ran out and was
// taken over writes nothing. Rows wait in a claimed batch while those before
// them are sent, so the lease is renewed when a row's send starts
// (markSending): each send has the whole lease, and a worker that dies leaves
// its batch claimable again once the lease runs out. The row's `key` is the
// idempotency key handed to the platform, and unique, so planning twice
// inserts nothing. Each write here is one Prisma query (see unlessGone).
import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";

export type DeliveryStore = Pick<Tx, "delivery" | "$executeRaw">;

export type DeliveryKind =
  | "prompt"
  | "reminder"
  | "agenda"
  | "actions-due"
  | "overdue"
  | "moved"
  | "cancelled"
  | "minutes"
  | "minutes-copy"
  | "minutes-reminder";

export type DeliveryStatus =
  | "pending"
  | "sending"
  | "sent"
  | "possibly-sent"
  | "skipped"
  | "withdrawn"
  | "failed";

export interface PlannedDelivery {
  key: string;
  kind: DeliveryKind;
  meetingId?: number;
  personId?: number;
  areaId?: number;
  actionId?: number;
  standInForId?: number;
  dueAt: Date;
  expiresAt?: Date;
}

export type DeliveryRow = Prisma.DeliveryGetPayload<Record<string, never>>;

/**
 * Inserts the row unless its key exists; true when inserted. Safe inside a
 * transaction on either database: one statement in SQL both speak, which
 * never fails on a duplicate (on PostgreSQL a failed statement would abort
 * the whole transaction around it) and, on PostgreSQL, waits for a competing
 * insert of the same key to commit or roll back. The other columns take their
 * defaults (status "pending", no attempts).
 */
export async function enqueue(
  store: DeliveryStore,
  committeeId: number,
  planned: PlannedDelivery,
  now: Date,
): Promise<boolean> {
  const inserted = await store.$executeRaw`
    INSERT INTO "Delivery" ("committeeId", "key", "kind", "meetingId", "personId", "areaId", "actionId",
      "standInForId", "dueAt", "expiresAt", "createdAt", "updatedAt")
    VALUES (${committeeId}, ${planned.key}, ${planned.kind}, ${planned.meetingId ?? null},
      ${planned.personId ?? null}, ${planned.areaId ?? null}, ${planned.actionId ?? null},
      ${planned.standInForId ?? null}, ${planned.dueAt}, ${planned.expiresAt ?? null}, ${now}, ${now})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/**
 * Rows a worker may take now: pending and due, or "sending" with an expired
 * lease (a worker died holding it). Oldest due first, so a catch-up after
 * downtime goes out in the order it was planned.
 */
export async function findClaimable(store: DeliveryStore, now: Date, limit: number): Promise<DeliveryRow[]> {
  return store.delivery.findMany({
    where: claimableAt(now),
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}

function claimableAt(now: Date): Prisma.DeliveryWhereInput {
  return {
    OR: [
      { status: "pending", dueAt: { lte: now } },
      { status: "sending", claimedUntil: { lte: now } },
    ],
  };
}

/**
 * Runs a conditional write of one row: `update` with conditions beside the
 * id, `UPDATE ... WHERE id = ? AND <conditions> RETURNING ...`, one statement
 * on either database, and null when it matched nothing (Prisma's P2025,
 * raised after a statement that itself succeeded, so a transaction around it
 * stays usable on PostgreSQL). `updateMany` matches the same rows but runs in
 * a BEGIN/COMMIT of its own; and every Prisma query is compiled on every
 * call, the more columns it names the longer, hence `select: { id: true }`.
 */
async function unlessGone<T>(write: PromiseLike<T>): Promise<T | null> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
    throw error;
  }
}

/**
 * Takes those of `seen` (rows findClaimable returned) that are still claimable
 * now, in one statement; the rows taken, as claimed, in the order of `seen`.
 * A row another worker took in the meantime is left out.
 */
export async function claimBatch(
  store: DeliveryStore,
  seen: readonly DeliveryRow[],
  workerId: string,
  now: Date,
  leaseMs: number,
): Promise<DeliveryRow[]> {
  if (seen.length === 0) return [];
  const taken = await store.delivery.updateManyAndReturn({
    where: { id: { in: seen.map((row) => row.id) }, ...claimableAt(now) },
    data: {
      status: "sending",
      claimedBy: workerId,
      claimedUntil: new Date(now.getTime() + leaseMs),
      attempts: { increment: 1 },
      updatedAt: now,
    },
  });
  const byId = new Map(taken.map((row) => [row.id, row]));
  return seen.flatMap((row) => byId.get(row.id) ?? []);
}

/** Takes one row if it is still claimable; the claimed row, or null when another worker won. */
export async function claim(
  store: DeliveryStore,
  seen: DeliveryRow,
  workerId: string,
  now: Date,
  leaseMs: number,
): Promise<DeliveryRow | null> {
  return (await claimBatch(store, [seen], workerId, now, leaseMs))[0] ?? null;
}

/**
 * Where the send is about to go, written before sending so a crash leaves the
 * target to look in; renews the lease for the send. False when the lease was lost.
 */
export async function markSending(
  store: DeliveryStore,
  row: DeliveryRow,
  target: {
    platform: string;
    workspaceId: string;
    conversationId: string;
    threadId?: string;
    viaChannel: boolean;
  },
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  return updateLease(store, row, {
    claimedUntil: new Date(now.getTime() + leaseMs),
    platform: target.platform,
    workspaceId: target.workspaceId,
    conversationId: target.conversationId,
    threadId: target.threadId ?? null,
    viaChannel: target.viaChannel,
    sendStartedAt: now,
    updatedAt: now,
  });
}

/** Writes `data` while `row`'s lease holds (still sending, by the same worker, on the same attempt); false when lost. */
async function updateLease(
  store: DeliveryStore,
  row: DeliveryRow,
  data: Prisma.DeliveryUpdateInput,
): Promise<boolean> {
  const written = await unlessGone(
    store.delivery.update({
      where: { id: row.id, status: "sending", claimedBy: row.claimedBy, attempts: row.attempts },
      data,
      select: { id: true },
    }),
  );
  return written !== null;
}

type Finish =
  | { status: "sent"; messageId: string; conversationId: string; note?: string }
  | { status: "possibly-sent" | "skipped" | "withdrawn" | "failed"; reason: string }
  | { status: "pending"; retryAt: Date; reason: string; inDoubt?: boolean };

/** Ends the lease with an outcome; false when the lease was lost to another worker. */
export async function finish(
  store: DeliveryStore,
  row: DeliveryRow,
  outcome: Finish,
  now: Date,
): Promise<boolean> {
  const data =
    outcome.status === "sent"
      ? {
          status: "sent",
          messageId: outcome.messageId,
          conversationId: outcome.conversationId,
          sentAt: now,
          lastError: outcome.note ?? row.lastError,
        }
      : outcome.status === "pending"
        ? {
            status: "pending",
            dueAt: outcome.retryAt,
            lastError: outcome.reason,
            // A send that failed ambiguously (a timeout) may have arrived: keep its start so the
            // next attempt looks it up first; one that certainly did not arrive starts afresh.
            ...(outcome.inDoubt ? {} : { sendStartedAt: null }),
          }
        : { status: outcome.status, lastError: outcome.reason };
  return updateLease(store, row, { ...data, claimedBy: null, claimedUntil: null, updatedAt: now });
}

/** Withdraws rows not yet taken (a meeting cancelled or moved, a plan changed); returns how many. */
export async function withdrawPending(
  store: DeliveryStore,
  where: Prisma.DeliveryWhereInput,
  reason: string,
  now: Date,
): Promise<number> {
  const { count } = await store.delivery.updateMany({
    where: { ...where, status: "pending" },
    data: { status: "withdrawn", lastError: reason, updatedAt: now },
  });
  return count;
}

/** The earliest due time of a row waiting to be sent (or of an expiring lease): when the worker should wake. */
export async function nextDueAt(store: DeliveryStore): Promise<Date | null> {
  const [pending, leased] = await Promise.all([
    store.delivery.findFirst({
      where: { status: "pending" },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true },
    }),
    store.delivery.findFirst({
      where: { status: "sending" },
      orderBy: { claimedUntil: "asc" },
      select: { claimedUntil: true },
    }),
  ]);
  const times = [pending?.dueAt, leased?.claimedUntil].filter((t): t is Date => t instanceof Date);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}
