// The meeting of 7 December 2016 as the seed has it, driven through the chat
// commands and a fake clock from 21 November: the weekend shift, reminders
// only to those who have not answered, the agenda post with the updates,
// a moved and a cancelled meeting, an away person and a refused DM.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Scheduler } from "../../src/schedule/scheduler.ts";
import {
  COMMITTEE_CHANNEL,
  COORDINATOR_ACCOUNTS,
  linkCommittee,
  type RecordingPort,
  recordingPort,
  type SchedulerHarness,
  SECRETARIAT,
  schedulerHarness,
} from "./scheduler-harness.ts";

let h: SchedulerHarness;
let port: RecordingPort;
let scheduler: Scheduler;
let dec7: number;

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
  await linkCommittee(h, COORDINATOR_ACCOUNTS);
  port = recordingPort("slack", h.clock, true);
  scheduler = h.scheduler([port]);
  dec7 = (await h.db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2016-12-07T09:00:00Z") } })).id;
});

afterEach(async () => {
  await h.close();
});

const to = (user: string) => port.sent.filter((s) => s.target.conversationId === user);
const ofKind = (kind: string) => port.sent.filter((s) => s.key.startsWith(`${kind}:`));

describe("the prompt plan", () => {
  it("asks 7 days before at 09:00, and moves a weekend day to Monday", async () => {
    await h.runUntil(scheduler, new Date("2016-12-01T00:00:00Z"));
    expect(to("U_HAUGE").map((s) => [s.key.split(":")[0], s.at.toISOString()])).toEqual([
      ["prompt", "2016-11-30T08:00:00.000Z"],
    ]);
    // Four days before Wednesday 7 December is Saturday 3 December: Monday 5 December instead.
    const [reply] = await h.say(SECRETARIAT, "settings prompts 4 days before at 09:00");
    expect(reply).toMatch(/Saved/);
    await h.runUntil(scheduler, new Date("2016-12-03T00:00:00Z"));
    const next = await h.db.meeting.create({
      data: {
        committeeId: (await h.db.committee.findFirstOrThrow()).id,
        startsAt: new Date("2016-12-14T09:00:00Z"),
        endsAt: new Date("2016-12-14T10:30:00Z"),
        timeZone: "Europe/Zurich",
        status: "scheduled",
      },
    });
    await h.runUntil(scheduler, new Date("2016-12-13T00:00:00Z"));
    const prompt = to("U_HAUGE").find((s) => s.key.startsWith(`prompt:m${next.id}:`));
    // 14 December minus 4 days is Saturday 10 December: sent on Monday 12 December, 09:00 CET.
    expect(prompt?.at.toISOString()).toBe("2016-12-12T08:00:00.000Z");
  });

  it("reminds only those whose area has not been answered, and posts the agenda with the updates at the deadline", async () => {
    await h.runUntil(scheduler, new Date("2016-12-01T00:00:00Z"));
    expect(
      await h.say(
        "Malgorzata Hauge",
        "update clearance: Norway will hold a workshop in Lebanon in November.",
      ),
    ).toEqual([
      expect.stringMatching(/Your update on Clearance and Risk Reduction Education .* is recorded/),
    ]);
    await h.runUntil(scheduler, new Date("2016-12-05T12:00:00Z"));
    const reminders = ofKind("reminder");
    expect(reminders.length).toBeGreaterThan(5);
    expect(reminders.filter((s) => s.target.conversationId === "U_CATTANEO")).toHaveLength(1);
    expect(reminders.some((s) => s.target.conversationId === "U_HAUGE")).toBe(false);
    // The co-coordinator of the answered area is not reminded either.
    expect(reminders.some((s) => s.target.conversationId === "U_CLARINGBOULD")).toBe(false);
    expect(reminders.find((s) => s.target.conversationId === "U_CATTANEO")?.text).toMatch(
      /a reminder: Italy's update on Victim Assistance for the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, at the Permanent Mission of the Federal Republic of Germany has not arrived yet/,
    );
    const skipped = await h.db.delivery.findMany({
      where: { kind: "reminder", status: "skipped", meetingId: dec7 },
    });
    expect(skipped.map((row) => row.lastError)).toEqual([
      "Clearance and Risk Reduction Education has already been answered",
      "Clearance and Risk Reduction Education has already been answered",
    ]);

    expect(ofKind("agenda")).toHaveLength(0);
    await h.runUntil(scheduler, new Date("2016-12-06T12:00:00Z"));
    const [agenda, ...more] = ofKind("agenda");
    expect(more).toHaveLength(0);
    expect(agenda?.target.conversationId).toBe(COMMITTEE_CHANNEL);
    expect(agenda?.at.toISOString()).toBe("2016-12-06T08:00:00.000Z");
    expect(agenda?.reply.visibility).toBe("public");
    expect(agenda?.text).toMatch(/updates received for 1 of 8 areas/);
    expect(agenda?.text).toMatch(
      /Update received from Norway: Norway will hold a workshop in Lebanon in November\./,
    );
    expect(agenda?.text).toMatch(/Update not yet received\./);
    expect(agenda?.reply.files?.map((f) => f.filename)).toEqual([
      "agenda-2016-12-07.docx",
      "agenda-2016-12-07.md",
    ]);

    // An update after the deadline is accepted, and the secretariat sees it was late.
    await h.say("Silvia Cattaneo", "update victim assistance: Italy circulated its concept note.");
    const [overview] = await h.say(SECRETARIAT, "updates");
    expect(overview).toMatch(/2 of 8 areas received/);
    expect(overview).toMatch(
      /Victim Assistance\n\s*from Italy, 6 December 2016 \(received after the deadline\)/,
    );
    expect(overview).toMatch(/Clearance and Risk Reduction Education\n\s*from Norway, 1 December 2016\n/);
  });
});

describe("a moved or cancelled meeting", () => {
  it("moved before anyone was asked: the plan is recomputed and nothing goes at the old times", async () => {
    await h.runUntil(scheduler, new Date("2016-11-25T09:00:00Z"));
    const [echo] = await h.say(SECRETARIAT, "meeting move 14 December 10:00-11:30");
    expect(echo).toMatch(
      /^Move the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, Permanent Mission of the Federal Republic of Germany to Wednesday 14 December 2016, 10:00–11:30 CET, Permanent Mission of the Federal Republic of Germany\?/,
    );
    expect(await h.db.meeting.count({ where: { startsAt: new Date("2016-12-14T09:00:00Z") } })).toBe(0);
    const [moved] = await h.say(
      SECRETARIAT,
      `meeting move #${dec7} 2016-12-14 10:00-11:30 Permanent Mission of the Federal Republic of Germany confirm`,
    );
    expect(moved).toMatch(/^Moved: the meeting is now on Wednesday 14 December 2016/);
    await h.runUntil(scheduler, new Date("2016-12-13T12:00:00Z"));
    const prompts = ofKind("prompt").filter((s) => s.key.startsWith(`prompt:m${dec7}:`));
    expect(prompts.length).toBeGreaterThan(5);
    expect(new Set(prompts.map((s) => s.at.toISOString()))).toEqual(new Set(["2016-12-07T08:00:00.000Z"]));
    expect(prompts[0]?.text).toMatch(/Wednesday 14 December 2016/);
    expect(ofKind("moved")).toHaveLength(0);
    expect(ofKind("agenda").map((s) => s.at.toISOString())).toEqual(["2016-12-13T08:00:00.000Z"]);
  });

  it("moved after the prompts: those asked are told, reminders follow the new date", async () => {
    await h.runUntil(scheduler, new Date("2016-12-01T09:00:00Z"));
    const asked = ofKind("prompt").length;
    await h.say(SECRETARIAT, `meeting move #${dec7} 2016-12-14 10:00-11:30 confirm`);
    await h.runUntil(scheduler, new Date("2016-12-06T18:00:00Z"));
    expect(ofKind("reminder")).toHaveLength(0);
    expect(ofKind("agenda")).toHaveLength(0);
    const notices = ofKind("moved");
    expect(notices.length).toBe(asked);
    expect(to("U_HAUGE").at(-1)?.text).toMatch(
      /the meeting has moved: it is now on Wednesday 14 December 2016, 10:00–11:30 CET/,
    );
    await h.runUntil(scheduler, new Date("2016-12-13T12:00:00Z"));
    expect(ofKind("prompt")).toHaveLength(asked);
    expect(new Set(ofKind("reminder").map((s) => s.at.toISOString()))).toEqual(
      new Set(["2016-12-12T08:00:00.000Z"]),
    );
  });

  it("cancelled: pending prompts are withdrawn and those already asked are told", async () => {
    await h.runUntil(scheduler, new Date("2016-12-01T09:00:00Z"));
    const asked = ofKind("prompt").length;
    const [echo] = await h.say(SECRETARIAT, "meeting cancel");
    expect(echo).toMatch(
      /^Cancel the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, Permanent Mission of the Federal Republic of Germany\?/,
    );
    expect(await h.say("Malgorzata Hauge", `meeting cancel #${dec7} confirm`)).toEqual([
      expect.stringMatching(/^Only the Presidency or the secretariat may cancel meetings/),
    ]);
    const [done] = await h.say(SECRETARIAT, `meeting cancel #${dec7} confirm`);
    expect(done).toMatch(/^Cancelled: the meeting of Wednesday 7 December 2016/);
    const pending = await h.db.delivery.count({
      where: { meetingId: dec7, kind: { not: "cancelled" }, status: "pending" },
    });
    expect(pending).toBe(0);
    await h.runUntil(scheduler, new Date("2016-12-09T12:00:00Z"));
    expect(ofKind("reminder")).toHaveLength(0);
    expect(ofKind("agenda")).toHaveLength(0);
    expect(ofKind("actions-due")).toHaveLength(0);
    expect(ofKind("cancelled")).toHaveLength(asked);
    expect(to("U_HAUGE").at(-1)?.text).toMatch(
      /the meeting of Wednesday 7 December 2016, 10:00–11:30 CET, .* is cancelled/,
    );
    // Pressing the stale Confirm again changes nothing.
    expect(await h.say(SECRETARIAT, `meeting cancel #${dec7} confirm`)).toEqual([
      expect.stringMatching(/no longer scheduled, so nothing was changed/),
    ]);
  });
});

describe("people the bot cannot ask directly", () => {
  it("skips an away person and asks a colleague of the same delegation", async () => {
    expect(await h.say("Hugh Watson", "away until 2 December")).toEqual([
      expect.stringMatching(/away until Friday 2 December 2016 .* go to Ms\. Thuy Nguyen meanwhile/),
    ]);
    await h.runUntil(scheduler, new Date("2016-12-01T00:00:00Z"));
    expect(to("U_WATSON")).toHaveLength(0);
    const [asked, ...others] = to("U_NGUYEN");
    expect(others).toHaveLength(0);
    expect(asked?.text).toMatch(
      /^Ms\. Thuy Nguyen, Mr\. Hugh Watson is away until Friday 2 December 2016, so I am asking you instead\. Could you send Australia's update on International Cooperation and Assistance/,
    );
    const [overview] = await h.say(SECRETARIAT, "updates");
    expect(overview).toMatch(/Away\n- Mr\. Hugh Watson\n\s*until Friday 2 December 2016/);
    expect(overview).toMatch(/asked Ms\. Thuy Nguyen for Mr\. Hugh Watson on 30 November 2016/);
    // Back before the reminder: Watson is reminded himself.
    expect(await h.say("Hugh Watson", "away off")).toEqual([expect.stringMatching(/Welcome back/)]);
    await h.runUntil(scheduler, new Date("2016-12-05T12:00:00Z"));
    expect(to("U_WATSON").map((s) => s.key.split(":")[0])).toEqual(["reminder"]);
  });

  it("falls back to a mention in the committee channel when a DM is refused, and says why", async () => {
    port.refuse.add("U_CATTANEO");
    const teams = recordingPort("teams", h.clock, false);
    scheduler = h.scheduler([port, teams]);
    // Carola Muñoz (Chile) is on Teams but never opened a personal chat with the app.
    await h.db.chatIdentity.create({
      data: {
        personId: await h.personId("Carola Muñoz"),
        platform: "teams",
        workspaceId: "tenant",
        userId: "aad-munoz",
      },
    });
    await h.runUntil(scheduler, new Date("2016-12-01T00:00:00Z"));
    expect(to("U_CATTANEO")).toHaveLength(0);
    const inChannel = to(COMMITTEE_CHANNEL).filter((s) => s.target.mentionUserId === "U_CATTANEO");
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0]?.text).toMatch(
      /^Dr\. Silvia Cattaneo \(Italy\): I could not write to you directly, so I am asking here\. Dr\. Silvia Cattaneo, could you send Italy's update on Victim Assistance/,
    );
    expect(
      to(COMMITTEE_CHANNEL).some((s) =>
        s.text.startsWith("Ms. Carola Muñoz (Chile): I could not write to you directly"),
      ),
    ).toBe(true);
    const [overview] = await h.say(SECRETARIAT, "updates");
    expect(overview).toMatch(
      /Dr\. Silvia Cattaneo \(prompt\)\n\s*the direct message was refused \(channel_not_found\); mentioned in the committee channel instead/,
    );
    expect(overview).toMatch(
      /Ms\. Carola Muñoz \(prompt\)\n\s*has not opened a personal chat with the app in teams/,
    );
  });
});
