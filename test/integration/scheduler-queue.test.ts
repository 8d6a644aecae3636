// The delivery queue under failure: a worker that dies between sending and
// recording the send (with and without a platform lookup), two workers on one
// database, three days of downtime, and overdue nudges that never pile up.
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scheduleMeeting } from "../../src/cycle/meetings.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import {
  recordingPort,
  type SchedulerHarness,
  type SentRecord,
  schedulerHarness,
} from "./scheduler-harness.ts";

const ADMIN = { platform: "console" } as const;
let h: SchedulerHarness;

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
  await h.bindChannel("C_COMMITTEE");
  await h.linkSlack("Malgorzata Hauge", "U_HAUGE");
  await h.linkSlack("Silvia Cattaneo", "U_CATTANEO");
});

afterEach(async () => {
  await h.close();
});

/** Lets a worker that is stuck in a send run up to that point (on PostgreSQL its queries take real time). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!condition()) throw new Error("condition never held");
}

function duplicates(log: readonly SentRecord[]): string[] {
  const seen = new Set<string>();
  return log.flatMap((record) => {
    if (seen.has(record.key)) return [record.key];
    seen.add(record.key);
    return [];
  });
}

describe("a worker killed between send and mark", () => {
  it("is not sent twice where the platform can look the message up (Slack)", async () => {
    const log: SentRecord[] = [];
    const dying = recordingPort("slack", h.clock, true, log);
    dying.hang = (_key, target) => target.conversationId === "U_HAUGE";
    const first = h.scheduler([dying], { workerId: "dies" });
    h.clock.set(new Date("2016-11-30T08:00:00Z"));
    void first.sweep();
    await until(() => log.some((s) => s.target.conversationId === "U_HAUGE"));
    const key = log.find((s) => s.target.conversationId === "U_HAUGE")?.key ?? "";
    const row = await h.db.delivery.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("sending");

    // A new process on the same database, after the lease has run out.
    const restarted = await h.reopen();
    const port = recordingPort("slack", h.clock, true, log);
    const second = h.scheduler([port], { db: restarted.db, workerId: "restarted" });
    h.clock.set(new Date("2016-11-30T08:06:00Z"));
    await second.sweep();
    expect(log.filter((s) => s.key === key)).toHaveLength(1);
    expect(duplicates(log)).toEqual([]);
    const settled = await h.db.delivery.findUniqueOrThrow({ where: { key } });
    expect(settled).toMatchObject({
      status: "sent",
      messageId: log.find((s) => s.key === key)?.messageId,
      lastError: "found already sent after a restart",
    });
  });

  it("is reported as possibly sent, not resent, where the platform has no lookup (Teams)", async () => {
    const hauge = await h.personId("Malgorzata Hauge");
    await h.db.chatIdentity.deleteMany({ where: { personId: hauge } });
    await h.db.chatIdentity.create({
      data: { personId: hauge, platform: "teams", workspaceId: "tenant", userId: "aad-hauge" },
    });
    await h.db.chatConversation.create({
      data: {
        committeeId: (await h.db.committee.findFirstOrThrow()).id,
        platform: "teams",
        workspaceId: "tenant",
        conversationId: "a:1-hauge",
        kind: "dm",
        personId: hauge,
        reference: '{"conversation":{"id":"a:1-hauge"}}',
        updatedAt: h.clock.now(),
      },
    });
    const log: SentRecord[] = [];
    const slack = recordingPort("slack", h.clock, true);
    const dying = recordingPort("teams", h.clock, false, log);
    dying.hang = (_key, target) => target.conversationId === "a:1-hauge";
    h.clock.set(new Date("2016-11-30T08:00:00Z"));
    const first = h.scheduler([slack, dying], { workerId: "dies" });
    void first.sweep();
    await until(() => log.length === 1);

    const restarted = await h.reopen();
    const teams = recordingPort("teams", h.clock, false, log);
    h.clock.set(new Date("2016-11-30T08:06:00Z"));
    await h.scheduler([slack, teams], { db: restarted.db }).sweep();
    expect(log).toHaveLength(1);
    const row = await h.db.delivery.findUniqueOrThrow({ where: { key: log[0]?.key ?? "" } });
    expect(row.status).toBe("possibly-sent");
    expect(row.lastError).toMatch(/cannot look messages up/);
    const [overview] = await h.say("Sheila Mweemba", "updates");
    expect(overview).toMatch(/Ms\. Malgorzata Hauge \(prompt\)\n\s*possibly sent, not confirmed/);
  });
});

describe("two workers on one database", () => {
  it("send each message once", async () => {
    // The thread loads TypeScript through tsx, as the test runner does.
    const script = new URL("./scheduler-thread.ts", import.meta.url).href;
    const thread = new Worker(
      `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`,
      { eval: true, workerData: { url: h.url, workerId: "b" } },
    );
    const sweepInThread = (now: Date) =>
      new Promise<{ key: string }[]>((resolve, reject) => {
        thread.once("message", (message: { sent: { key: string }[] }) => resolve(message.sent));
        thread.once("error", reject);
        thread.postMessage({ now: now.toISOString() });
      });
    try {
      const port = recordingPort("slack", h.clock, true);
      const a = h.scheduler([port], { workerId: "a" });
      const fromB: { key: string }[] = [];
      const end = new Date("2016-12-09T00:00:00Z").getTime();
      while (h.clock.now().getTime() < end) {
        const now = h.clock.now().getTime();
        const due = (await a.nextDueAt())?.getTime() ?? end;
        h.clock.set(new Date(Math.min(Math.max(due, now + 60_000), now + 6 * 3600_000, end)));
        const [, sentByB] = await Promise.all([a.sweep(), sweepInThread(h.clock.now())]);
        fromB.push(...sentByB);
      }
      const keys = [...port.sent.map((s) => s.key), ...fromB.map((s) => s.key)];
      expect(keys.length).toBeGreaterThan(20);
      expect(new Set(keys).size).toBe(keys.length);
      expect(await h.db.delivery.count({ where: { status: "sent" } })).toBe(keys.length);
      expect(
        await h.db.delivery.count({
          where: { status: { in: ["pending", "sending"] }, dueAt: { lt: h.clock.now() } },
        }),
      ).toBe(0);
    } finally {
      await thread.terminate();
    }
  });
});

describe("downtime", () => {
  it("catches missed messages up once, in order, and skips those whose meeting has passed", async () => {
    const dir = await loadDirectory(h.db);
    const short = await scheduleMeeting(
      h.db,
      dir,
      { startsAt: new Date("2016-12-01T14:00:00Z"), endsAt: new Date("2016-12-01T15:00:00Z"), place: null },
      ADMIN,
      h.clock.now(),
    );
    if (!short.ok) throw new Error("not scheduled");
    const port = recordingPort("slack", h.clock, true);
    const scheduler = h.scheduler([port]);
    await h.runUntil(scheduler, new Date("2016-11-28T12:00:00Z"));
    const before = port.sent.length;
    expect(port.sent.some((s) => s.key.startsWith(`prompt:m${short.meetingId}:`))).toBe(true);

    // Down from Monday 28 November 12:00 UTC to Friday 2 December 12:00 UTC.
    h.clock.set(new Date("2016-12-02T12:00:00Z"));
    await scheduler.sweep();
    const caughtUp = port.sent.slice(before);
    expect(duplicates(port.sent)).toEqual([]);
    expect(caughtUp.every((s) => s.at.toISOString() === "2016-12-02T12:00:00.000Z")).toBe(true);
    // The meeting of 1 December has passed: its reminders and agenda post are skipped, with the reason.
    expect(
      caughtUp.some((s) => s.key.includes(`m${short.meetingId}:`) && !s.key.startsWith("actions-due")),
    ).toBe(false);
    const skipped = await h.db.delivery.findMany({
      where: { meetingId: short.meetingId, status: "skipped" },
    });
    expect(new Set(skipped.map((row) => row.kind))).toEqual(new Set(["reminder", "agenda"]));
    expect(new Set(skipped.map((row) => row.lastError))).toEqual(
      new Set(["the meeting had started before it could be sent"]),
    );
    // The prompts for 7 December due on 30 November go out once each, in the order they were due.
    const dec7 = caughtUp.filter(
      (s) => s.key.startsWith("prompt:") && !s.key.includes(`m${short.meetingId}:`),
    );
    expect(dec7.length).toBeGreaterThan(5);
    const rows = await h.db.delivery.findMany({ where: { key: { in: caughtUp.map((s) => s.key) } } });
    const dueOf = (key: string) => rows.find((row) => row.key === key)?.dueAt.getTime() ?? 0;
    const order = caughtUp.map((s) => dueOf(s.key));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // Nothing more on the next sweep.
    await scheduler.sweep();
    expect(port.sent.length).toBe(before + caughtUp.length);
  });

  it("nudges an overdue action item the day after, then weekly, and once after a long gap", async () => {
    const [added] = await h.say(
      "Sheila Mweemba",
      "action add Send the target list for transparency reporting owner Malgorzata Hauge due 23 November",
    );
    expect(added).toMatch(/A-\d+/);
    const port = recordingPort("slack", h.clock, true);
    const scheduler = h.scheduler([port]);
    await h.runUntil(scheduler, new Date("2016-12-02T00:00:00Z"));
    const number = Number(/A-(\d+)/.exec(added ?? "")?.[1]);
    const { id } = await h.db.actionItem.findFirstOrThrow({ where: { number } });
    const nudges = () => port.sent.filter((s) => s.key.startsWith(`overdue:a${id}:`));
    expect(nudges().map((s) => s.at.toISOString())).toEqual([
      "2016-11-24T08:00:00.000Z",
      "2016-12-01T08:00:00.000Z",
    ]);
    expect(nudges()[0]?.text).toMatch(/was due on Wednesday 23 November 2016 and is still open/);
    // Three weeks down: one nudge when back, not three.
    h.clock.set(new Date("2016-12-23T10:00:00Z"));
    await scheduler.sweep();
    await scheduler.sweep();
    expect(nudges().map((s) => s.at.toISOString())).toEqual([
      "2016-11-24T08:00:00.000Z",
      "2016-12-01T08:00:00.000Z",
      "2016-12-23T10:00:00.000Z",
    ]);
    // Items due "by the next meeting" are overdue once the meeting of 7 December has begun:
    // after the gap, their owners get this week's nudge too (one definition of overdue).
    const byMeeting = port.sent.filter(
      (s) => s.key.startsWith("overdue:") && !s.key.startsWith(`overdue:a${id}:`),
    );
    expect(byMeeting.length).toBeGreaterThan(0);
    expect(new Set(byMeeting.map((s) => s.at.toISOString()))).toEqual(new Set(["2016-12-23T10:00:00.000Z"]));
    expect(byMeeting[0]?.text).toMatch(/was due on Wednesday 7 December 2016 and is still open/);
    await h.say("Malgorzata Hauge", `action done ${/A-\d+/.exec(added ?? "")?.[0]}`);
    await h.runUntil(scheduler, new Date("2017-01-10T00:00:00Z"));
    expect(nudges()).toHaveLength(3);
  });
});
