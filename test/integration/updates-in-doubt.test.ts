// The secretariat's `updates` overview lists every scheduled message of the
// last fortnight whose delivery is in doubt (possibly sent after a crash on a
// platform that cannot look messages up) or failed, of whatever kind, not
// only the prompts and reminders (issue 17, item 1): the bot never resends
// those blindly, so a person has to be told to check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

const NOW = new Date("2016-12-06T10:00:00Z");
let h: SchedulerHarness;

beforeAll(async () => {
  h = await schedulerHarness(NOW);
  const committee = await h.db.committee.findFirstOrThrow();
  const meeting = await h.db.meeting.findFirstOrThrow({ where: { status: "scheduled" } });
  const action = await h.db.actionItem.findFirstOrThrow({ where: { number: 3 } });
  const base = { committeeId: committee.id, createdAt: NOW, updatedAt: NOW, platform: "teams" };
  await h.db.delivery.createMany({
    data: [
      {
        ...base,
        key: "agenda:doubt",
        kind: "agenda",
        meetingId: meeting.id,
        dueAt: new Date("2016-12-06T08:00:00Z"),
        status: "possibly-sent",
        lastError: "teams cannot look messages up: check the channel before resending",
      },
      {
        ...base,
        key: "overdue:doubt",
        kind: "overdue",
        actionId: action.id,
        personId: await h.personId("Malgorzata Hauge"),
        dueAt: new Date("2016-12-05T08:00:00Z"),
        status: "failed",
        lastError: "the personal chat refused messages",
      },
      {
        ...base,
        key: "overdue:old",
        kind: "overdue",
        actionId: action.id,
        personId: await h.personId("Malgorzata Hauge"),
        dueAt: new Date("2016-11-01T08:00:00Z"),
        status: "failed",
        lastError: "long ago",
        updatedAt: new Date("2016-11-01T08:00:00Z"),
      },
      {
        ...base,
        key: "actions-due:sent",
        kind: "actions-due",
        meetingId: meeting.id,
        dueAt: new Date("2016-12-06T08:00:00Z"),
        status: "sent",
      },
    ],
  });
}, 60_000);

afterAll(async () => {
  await h.close();
});

describe("updates: scheduled messages in doubt", () => {
  it("lists possibly-sent and failed messages of every kind from the last fortnight", async () => {
    const [overview] = await h.say("Sheila Mweemba", "updates");
    expect(overview).toContain("Other scheduled messages to check");
    expect(overview).toMatch(
      /The agenda draft in the committee channel, due 6 December 2016\n\s*possibly sent, not confirmed: teams cannot look messages up/,
    );
    expect(overview).toMatch(
      /An overdue nudge to Ms\. Malgorzata Hauge, due 5 December 2016\n\s*not sent: the personal chat refused messages/,
    );
    expect(overview).not.toContain("long ago");
    expect(overview).not.toContain("actions-due");
  });
});
