// The durable delivery queue: one Delivery row per planned message, claimed by
// compare-and-set on `attempts`, then leased while it is sent. The claim is
// one UPDATE ... WHERE id = ? AND status = <seen> AND attempts = <seen>: on
// SQLite writes are serialized, and on PostgreSQL (READ COMMITTED) a second
// worker's UPDATE of the same row waits on the first one's row lock, then
// re-checks its WHERE against the committed row and matches nothing. So of
// workers (or replicas) that saw the same row exactly one wins, which is what
// SELECT ... FOR UPDATE SKIP LOCKED would give, without raw SQL. Only the
// lease holder may mark the row. The row's `key` is the idempotency key
// handed to the platform, and unique, so planning twice inserts nothing.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";
import { insertOnce } from "./dialect.ts";

export type DeliveryStore = Pick<Tx, "delivery">;

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

/** Inserts the row unless its key exists; true when inserted. Safe inside a transaction on either database. */
export async function enqueue(
  store: DeliveryStore,
  committeeId: number,
  planned: PlannedDelivery,
  now: Date,
): Promise<boolean> {
  return insertOnce<Prisma.DeliveryCreateManyInput>(store, store.delivery, {
    committeeId,
    key: planned.key,
    kind: planned.kind,
    meetingId: planned.meetingId ?? null,
    personId: planned.personId ?? null,
    areaId: planned.areaId ?? null,
    actionId: planned.actionId ?? null,
    standInForId: planned.standInForId ?? null,
    dueAt: planned.dueAt,
    expiresAt: planned.expiresAt ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Rows a worker may take now: pending and due, or "sending" with an expired
 * lease (a worker died holding it). Oldest due first, so a catch-up after
 * downtime goes out in the order it was planned.
 */
export async function findClaimable(store: DeliveryStore, now: Date, limit: number): Promise<DeliveryRow[]> {
  return store.delivery.findMany({
    where: {
      OR: [
        { status: "pending", dueAt: { lte: now } },
        { status: "sending", claimedUntil: { lte: now } },
      ],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}

/** Takes the row if no one changed it since it was read; the claimed row, or null when another worker won. */
export async function claim(
  store: DeliveryStore,
  seen: DeliveryRow,
  workerId: string,
  now: Date,
  leaseMs: number,
): Promise<DeliveryRow | null> {
  const { count } = await store.delivery.updateMany({
    where: { id: seen.id, status: seen.status, attempts: seen.attempts },
    data: {
      status: "sending",
      claimedBy: workerId,
      claimedUntil: new Date(now.getTime() + leaseMs),
      attempts: seen.attempts + 1,
      updatedAt: now,
    },
  });
  if (count !== 1) return null;
  return store.delivery.findUnique({ where: { id: seen.id } });
}

/** Where the send is about to go, written before sending so a crash leaves the target to look in. */
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
): Promise<boolean> {
  const { count } = await store.delivery.updateMany({
    where: { id: row.id, status: "sending", claimedBy: row.claimedBy, attempts: row.attempts },
    data: {
      platform: target.platform,
      workspaceId: target.workspaceId,
      conversationId: target.conversationId,
      threadId: target.threadId ?? null,
      viaChannel: target.viaChannel,
      sendStartedAt: now,
      updatedAt: now,
    },
  });
  return count === 1;
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
  const { count } = await store.delivery.updateMany({
    where: { id: row.id, status: "sending", claimedBy: row.claimedBy, attempts: row.attempts },
    data: { ...data, claimedBy: null, claimedUntil: null, updatedAt: now },
  });
  return count === 1;
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
