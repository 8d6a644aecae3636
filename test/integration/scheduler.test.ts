// The meeting cycle on a fake clock and a real SQLite file: prompts at 09:00
// in each person's own zone (across a DST change), the weekend shift,
// reminders only to those who have not answered, and the agenda post at the
// deadline with the updates received.
import { afterEach, describe, expect, it } from "vitest";
import { scheduleMeeting } from "../../src/cycle/meetings.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { localTime, recordingPort, type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

const ADMIN = { platform: "console" } as const;
let h: SchedulerHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setZones(harness: SchedulerHarness) {
  await harness.db.person.update({
    where: { id: await harness.personId("Hugh Watson") },
    data: { timeZone: "Australia/Sydney" },
  });
  await harness.db.person.update({
    where: { id: await harness.personId("Víctor Martínez") },
    data: { timeZone: "America/Mexico_City" },
  });
  for (const [name, user] of [
    ["Hugh Watson", "U_WATSON"],
    ["Víctor Martínez", "U_MARTINEZ"],
    ["Malgorzata Hauge", "U_HAUGE"],
  ] as const) {
    await harness.linkSlack(name, user);
  }
}

describe("prompts in each person's zone", () => {
  it("lands at 09:00 local in Geneva, Canberra and Mexico City, across the end of summer time", async () => {
    // Planned on 20 October 2016; Europe and Mexico leave summer time on 30 October.
    h = await schedulerHarness(new Date("2016-10-20T08:00:00Z"));
    await setZones(h);
    await h.bindChannel("C_COMMITTEE");
    const dir = await loadDirectory(h.db);
    const scheduled = await scheduleMeeting(
      h.db,
      dir,
      {
        startsAt: new Date("2016-11-07T09:00:00Z"),
        endsAt: new Date("2016-11-07T10:30:00Z"),
        place: "Palais des Nations",
      },
      ADMIN,
      h.clock.now(),
    );
    if (!scheduled.ok) throw new Error("not scheduled");
    const port = recordingPort("slack", h.clock, true);
    const scheduler = h.scheduler([port]);
    await h.runUntil(scheduler, new Date("2016-11-01T00:00:00Z"));
    const prompts = port.sent.filter((s) => s.key.startsWith(`prompt:m${scheduled.meetingId}:`));
    const at = (user: string) => prompts.find((s) => s.target.conversationId === user)?.at;
    expect(at("U_HAUGE")?.toISOString()).toBe("2016-10-31T08:00:00.000Z");
    expect(localTime(at("U_HAUGE") ?? new Date(0), "Europe/Zurich")).toBe("Mon 09:00");
    expect(at("U_WATSON")?.toISOString()).toBe("2016-10-30T22:00:00.000Z");
    expect(localTime(at("U_WATSON") ?? new Date(0), "Australia/Sydney")).toBe("Mon 09:00");
    expect(at("U_MARTINEZ")?.toISOString()).toBe("2016-10-31T15:00:00.000Z");
    expect(localTime(at("U_MARTINEZ") ?? new Date(0), "America/Mexico_City")).toBe("Mon 09:00");
    expect(prompts.find((s) => s.target.conversationId === "U_HAUGE")?.text).toMatch(
      /Ms\. Malgorzata Hauge, could you send Norway's update on Clearance and Risk Reduction Education for the meeting of Monday 7 November 2016, 10:00–11:30 CET, at the Palais des Nations\?/,
    );
    // Those not linked to a chat account are named in the committee channel, at 09:00 Geneva.
    const rows = await h.db.delivery.findMany({ where: { meetingId: scheduled.meetingId, kind: "prompt" } });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((row) => row.status)).toEqual(rows.map(() => "sent"));
    const inChannel = prompts.filter((s) => s.target.conversationId === "C_COMMITTEE");
    expect(inChannel.length).toBe(rows.length - 3);
    expect(inChannel.every((s) => s.at.toISOString() === "2016-10-31T08:00:00.000Z")).toBe(true);
    expect(inChannel[0]?.text).toMatch(/I could not write to you directly/);
  });
});
