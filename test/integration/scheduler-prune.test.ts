// The scheduler's sweep forgets inbound-event claims past the platforms'
// retry windows, at most once an hour, and keeps the recent ones: a retry
// inside the window is still skipped after the prune.
import { afterEach, describe, expect, it } from "vitest";
import { INBOUND_EVENTS_KEPT_MS, PRUNE_EVERY_MS } from "../../src/schedule/scheduler.ts";
import { claimInboundEvent } from "../../src/store/inbound-events.ts";
import { type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

let h: SchedulerHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const HOUR = 3600_000;

async function keys(harness: SchedulerHarness): Promise<string[]> {
  const rows = await harness.db.inboundEvent.findMany({ orderBy: { eventKey: "asc" } });
  return rows.map((row) => row.eventKey);
}

describe("pruning inbound-event claims", () => {
  it("a sweep deletes claims older than a day and keeps the rest, at most once an hour", async () => {
    const start = new Date("2016-11-21T08:00:00Z");
    h = await schedulerHarness(start);
    const db = h.db;
    const claim = (eventKey: string, ageMs: number) =>
      claimInboundEvent(db, {
        platform: eventKey.startsWith("T") ? "teams" : "slack",
        eventKey,
        at: new Date(start.getTime() - ageMs),
      });
    expect(INBOUND_EVENTS_KEPT_MS).toBeGreaterThanOrEqual(2 * HOUR);
    await claim("Ev-2days", 48 * HOUR);
    await claim("Tconv/1-25h", 25 * HOUR);
    await claim("Ev-23h", 23 * HOUR);
    await claim("Ev-1h", HOUR);
    await claim("Tconv/2-now", 0);

    const scheduler = h.scheduler([]);
    await scheduler.sweep();
    expect(await keys(h)).toEqual(["Ev-1h", "Ev-23h", "Tconv/2-now"]);
    // a redelivery of a kept event is still recognised
    expect(await claim("Ev-1h", HOUR)).toBe(false);

    // a claim past the day that arrives now waits for the hour since the last prune
    await claim("Ev-old-again", 30 * HOUR);
    h.clock.set(new Date(start.getTime() + PRUNE_EVERY_MS - 60_000));
    await scheduler.sweep();
    expect(await keys(h)).toContain("Ev-old-again");
    h.clock.set(new Date(start.getTime() + PRUNE_EVERY_MS));
    await scheduler.sweep();
    expect(await keys(h)).toEqual(["Ev-1h", "Ev-23h", "Tconv/2-now"]);

    // a day on, the rest go as well
    h.clock.set(new Date(start.getTime() + INBOUND_EVENTS_KEPT_MS + 2 * PRUNE_EVERY_MS));
    await scheduler.sweep();
    expect(await keys(h)).toEqual([]);
    await scheduler.stop();
  });
});
