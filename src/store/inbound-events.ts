// Inbound-event dedupe: the first delivery of an event id claims it; a retry
// or duplicate finds the row and is skipped. Persisted, so a restart between a
// delivery and its retry still processes the event once.
import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./open.ts";

export interface ClaimInboundEvent {
  platform: "slack" | "teams";
  eventKey: string;
  at: Date;
}

/** True when this call is the first to see the event. */
export async function claimInboundEvent(db: Db, options: ClaimInboundEvent): Promise<boolean> {
  try {
    await db.inboundEvent.create({
      data: { platform: options.platform, eventKey: options.eventKey, receivedAt: options.at },
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** Forgets claims older than `before` (platform retries stop within the hour). */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  const { count } = await db.inboundEvent.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
