// Wall-clock slots of the meeting cycle: the weekend and 08:00-19:00 window,
// the backward move when the next slot would come too late, DST, and the plan.
import { describe, expect, it } from "vitest";
import { nextAllowed, personSlot, previousAllowed, wallClock } from "../../src/cycle/slots.ts";

const local = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);

describe("slots", () => {
  it("keeps 09:00 local on both sides of a DST change", () => {
    expect(wallClock("2016-10-28", 540, "Europe/Zurich").toISOString()).toBe("2016-10-28T07:00:00.000Z");
    expect(wallClock("2016-10-31", 540, "Europe/Zurich").toISOString()).toBe("2016-10-31T08:00:00.000Z");
    expect(wallClock("2017-04-03", 540, "Australia/Sydney").toISOString()).toBe("2017-04-02T23:00:00.000Z");
  });

  it("moves a weekend to Monday at the same time, and a time outside 08:00-19:00 into the window", () => {
    expect(local(nextAllowed("2016-12-03", 540, "Europe/Zurich"), "Europe/Zurich")).toBe("Mon 5 Dec, 09:00");
    expect(local(nextAllowed("2016-12-01", 420, "Europe/Zurich"), "Europe/Zurich")).toBe("Thu 1 Dec, 08:00");
    expect(local(nextAllowed("2016-12-02", 19 * 60, "America/Mexico_City"), "America/Mexico_City")).toBe(
      "Mon 5 Dec, 08:00",
    );
    expect(local(previousAllowed("2016-12-04", 540, "Europe/Zurich"), "Europe/Zurich")).toBe(
      "Fri 2 Dec, 09:00",
    );
  });

  it("goes back to the previous allowed slot when the next one would not come before the deadline", () => {
    const latest = new Date("2016-12-04T08:00:00Z");
    const slot = personSlot({
      meetingDay: "2016-12-05",
      daysBefore: 2,
      minutes: 540,
      timeZone: "Europe/Zurich",
      latest,
    });
    expect(local(slot, "Europe/Zurich")).toBe("Fri 2 Dec, 09:00");
  });
});
