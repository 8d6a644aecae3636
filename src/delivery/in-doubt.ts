// A row found with a send started and never recorded (the worker stopped
// between sending and marking, or a send failed ambiguously): the platform's
// lookup settles it, and where there is none, or it cannot finish, the row is
// recorded as "possibly sent" rather than sent a second time.
import type { Clock } from "../clock.ts";
import type { Logger } from "../log.ts";
import { type DeliveryRow, finish } from "../store/delivery-queue.ts";
import type { Db } from "../store/open.ts";
import { type DeliveryTarget, LookupIncomplete } from "./port.ts";
import type { PortsByPlatform } from "./targets.ts";

/** Platform clocks and ours differ a little; look back this far before the recorded start. */
const LOOKUP_SLACK_MS = 5 * 60_000;

export interface InDoubtTally {
  sent: number;
  possiblySent: number;
}

export interface InDoubtDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  ports: PortsByPlatform;
  /** Puts the row back for a later attempt, still in doubt (it looks up again before any resend). */
  retryInDoubt(row: DeliveryRow, reason: string): Promise<void>;
}

/** True when settled here, false when it never arrived (the caller sends it). */
export async function settleInDoubt(
  deps: InDoubtDeps,
  row: DeliveryRow,
  tally: InDoubtTally,
): Promise<boolean> {
  const { db, clock, logger, ports } = deps;
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
    await deps.retryInDoubt(
      row,
      `looking up an earlier send failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return true;
  }
}
