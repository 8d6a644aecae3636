// Inbound-event dedupe: the first delivery of an event id claims it; a retry
// or duplicate finds the row and is skipped. Persisted, so a restart between a
// delivery and its retry still processes the event once.
import type { Db } from "./open.ts";

export interface ClaimInboundEvent {
  platform: "slack" | "teams";
  eventKey: string;
  at: Date;
}

/**
 * True when this call is the first to see the event, in this process or any
 * other replica on the database. One statement in SQL both databases speak:
 * it is paid on every Teams activity and Slack event, and a raw statement
 * skips Prisma's query compiler (about half the cost of `create`, and no
 * unique-violation error to catch on a duplicate).
 */
export async function claimInboundEvent(db: Db, options: ClaimInboundEvent): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "InboundEvent" ("platform", "eventKey", "receivedAt")
    VALUES (${options.platform}, ${options.eventKey}, ${options.at})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** Forgets claims older than `before` (platform retries stop within the hour). */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  const { count } = await db.inboundEvent.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
