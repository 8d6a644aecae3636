// Inbound-event dedupe: the first delivery of an event id claims it; a retry
// or duplicate finds the row and is skipped. Persisted, so a restart between a
// delivery and its retry still processes the event once.
import type { Prisma } from "../generated/prisma/client.ts";
import { insertOnce } from "./dialect.ts";
import type { Db } from "./open.ts";

export interface ClaimInboundEvent {
  platform: "slack" | "teams";
  eventKey: string;
  at: Date;
}

/** True when this call is the first to see the event, in this process or any other replica on the database. */
export async function claimInboundEvent(db: Db, options: ClaimInboundEvent): Promise<boolean> {
  return insertOnce<Prisma.InboundEventCreateManyInput>(db, db.inboundEvent, {
    platform: options.platform,
    eventKey: options.eventKey,
    receivedAt: options.at,
  });
}

/** Forgets claims older than `before` (platform retries stop within the hour). */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  const { count } = await db.inboundEvent.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
