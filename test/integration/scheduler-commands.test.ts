// The meeting-cycle commands through the core: meetings read back in full
// before they are saved, the Confirm button, the .ics file, the settings and
// the committee channel, answering in the prompt's thread, late updates.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { recordingPort, type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

const SECRETARIAT = "Sheila Mweemba";
let h: SchedulerHarness;

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
});

afterEach(async () => {
  await h.close();
});

async function request(name: string, fields: Partial<ChatRequest>): Promise<Reply[]> {
  return h.core.handle({
    speaker: { kind: "person", personId: await h.personId(name) },
    conversation: { platform: "slack", id: "slack:T1:D1", kind: "dm" },
    kind: "command",
    text: "",
    ...fields,
  });
}

describe("meeting schedule", () => {
  it("reads the meeting back in full, saves nothing until confirmed, and confirms with the button", async () => {
    const [echo] = await request(SECRETARIAT, {
      text: "meeting schedule Wednesday 14 December 10:00 Permanent Mission of Germany",
    });
    expect(echo?.text).toBe(
      "Schedule the meeting on Wednesday 14 December 2016, 10:00–11:30 CET, Permanent Mission of Germany? Nothing is saved until you confirm.",
    );
    expect(await h.db.meeting.count({ where: { startsAt: new Date("2016-12-14T09:00:00Z") } })).toBe(0);
    const confirm = echo?.buttons?.find((b) => b.label === "Confirm");
    expect(confirm?.value).toBe(
      "meeting schedule 2016-12-14 10:00-11:30 Permanent Mission of Germany confirm",
    );
    // Pressed a week later, it still means 14 December, 10:00.
    h.clock.set(new Date("2016-11-28T08:00:00Z"));
    const [saved] = await request(SECRETARIAT, {
      kind: "submit",
      actionId: confirm?.actionId ?? "",
      text: confirm?.value ?? "",
    });
    expect(saved?.text).toMatch(
      /^Scheduled: the meeting on Wednesday 14 December 2016, 10:00–11:30 CET, Permanent Mission of Germany\. \d+ coordinators will be asked for their updates from 7 December 2016\.$/,
    );
    const [ics] = saved?.files ?? [];
    expect(ics?.filename).toBe("meeting-2016-12-14.ics");
    expect(String(ics?.content)).toMatch(/DTSTART:20161214T090000Z/);
    expect(String(ics?.content)).toMatch(/DTEND:20161214T103000Z/);
    expect(String(ics?.content)).toMatch(/LOCATION:Permanent Mission of Germany/);
    const audit = await h.db.auditEvent.findFirst({ where: { action: "meeting.schedule" } });
    expect(audit?.actorPersonId).toBe(await h.personId(SECRETARIAT));
    // Confirming twice does not make a second meeting.
    const [again] = (await h.say(SECRETARIAT, confirm?.value ?? "")) ?? [];
    expect(again).toMatch(/already scheduled on Wednesday 14 December 2016/);
  });

  it("reads the committee's ways of writing a date, in the committee's zone", async () => {
    expect(await h.say(SECRETARIAT, "meeting schedule next Friday 10-11:30")).toEqual([
      expect.stringMatching(
        /^Schedule the meeting on Friday 2 December 2016, 10:00–11:30 CET, Permanent Mission of the Federal Republic of Germany\?/,
      ),
    ]);
    expect(await h.say(SECRETARIAT, "meeting schedule 2016-12-21 10:00 at the Palais des Nations")).toEqual([
      expect.stringMatching(
        /^Schedule the meeting on Wednesday 21 December 2016, 10:00–11:30 CET, Palais des Nations\?/,
      ),
    ]);
    // Summer time in the committee's zone is read as the hour typed.
    expect(await h.say(SECRETARIAT, "meeting schedule 2017-04-05 10:00-12:00 Palais des Nations")).toEqual([
      expect.stringMatching(
        /^Schedule the meeting on Wednesday 5 April 2017, 10:00–12:00 CEST, Palais des Nations\?/,
      ),
    ]);
  });

  it("refuses what it cannot do, saying why", async () => {
    expect(await h.say("Malgorzata Hauge", "meeting schedule 2016-12-21 10:00")).toEqual([
      expect.stringMatching(/^Only the Presidency or the secretariat may schedule meetings/),
    ]);
    expect(await h.say(SECRETARIAT, "meeting schedule 14 December")).toEqual([
      expect.stringMatching(/"14 December" has no time; add the hour/),
    ]);
    expect(await h.say(SECRETARIAT, "meeting schedule 2016-11-01 10:00")).toEqual([
      expect.stringMatching(/has already passed/),
    ]);
    expect(await h.say(SECRETARIAT, "meeting schedule whenever suits")).toEqual([
      expect.stringMatching(/could not read a date/),
    ]);
    expect(await h.say(SECRETARIAT, "meeting schedule 2016-12-07 10:00 confirm")).toEqual([
      expect.stringMatching(/already scheduled on Wednesday 7 December 2016/),
    ]);
  });

  it("gives the next meeting as a calendar file", async () => {
    const [reply] = await request("Malgorzata Hauge", { text: "meeting calendar" });
    expect(reply?.files?.[0]?.mediaType).toBe("text/calendar");
    expect(String(reply?.files?.[0]?.content)).toMatch(
      /UID:meeting-\d+@[a-z0-9-]+\.[a-z0-9]+\.rapporteur\r\n/,
    );
  });
});

describe("settings", () => {
  it("shows and changes the prompt plan, refusing impossible values", async () => {
    const [shown] = await h.say("Malgorzata Hauge", "settings");
    expect(shown).toMatch(/Updates asked for: 7 days before, at 09:00 in each person's zone/);
    expect(shown).toMatch(/Committee channel: not set/);
    expect(await h.say("Malgorzata Hauge", "settings prompts 5 days before")).toEqual([
      expect.stringMatching(/^Only the secretariat may change the meeting-cycle settings/),
    ]);
    expect(await h.say(SECRETARIAT, "settings prompts 5 days before at 07:00")).toEqual([
      expect.stringMatching(/between 08:00 and 19:00 local time; 07:00 is outside that/),
    ]);
    expect(await h.say(SECRETARIAT, "settings reminders 9 days before")).toEqual([
      expect.stringMatching(/1 to 6 days before/),
    ]);
    const [saved] = await h.say(SECRETARIAT, "settings prompts 10 days before at 10:30");
    expect(saved).toMatch(/Updates asked for: 10 days before, at 10:30/);
    expect(await h.say(SECRETARIAT, "settings reminders off")).toEqual([
      expect.stringMatching(/Reminder: off/),
    ]);
    expect(await h.db.auditEvent.count({ where: { action: "settings.change" } })).toBe(2);
  });

  it("binds the committee channel where it is typed, not in a DM", async () => {
    expect(await h.say(SECRETARIAT, "settings channel here")).toEqual([
      expect.stringMatching(/This is a direct message/),
    ]);
    const [bound] = await h.say(SECRETARIAT, "settings channel here", {
      platform: "slack",
      id: "slack:T1:C_CCM",
      kind: "channel",
    });
    expect(bound).toMatch(/This is now the committee channel/);
    const channel = await h.db.chatConversation.findFirst({ where: { purpose: "committee" } });
    expect(channel).toMatchObject({ platform: "slack", workspaceId: "T1", conversationId: "C_CCM" });
  });
});

describe("answering a request for an update", () => {
  it("takes a reply in the prompt's thread as the update; after the deadline it is marked late and no longer revisable", async () => {
    await h.linkSlack("Malgorzata Hauge", "U_HAUGE");
    const port = recordingPort("slack", h.clock, true);
    await h.runUntil(h.scheduler([port]), new Date("2016-11-30T09:00:00Z"));
    const prompt = port.sent.find((s) => s.target.conversationId === "U_HAUGE");
    expect(prompt).toBeDefined();
    const [answer] = await request("Malgorzata Hauge", {
      kind: "message",
      conversation: {
        platform: "slack",
        id: "slack:T1:D_HAUGE",
        kind: "dm",
        threadId: prompt?.messageId ?? "",
      },
      text: "The Lebanon workshop is confirmed for November.",
    });
    expect(answer?.text).toMatch(
      /^Thank you\. Your update on Clearance and Risk Reduction Education .* is recorded\.$/,
    );
    const stored = await h.db.update.findFirst({
      where: { body: "The Lebanon workshop is confirmed for November." },
    });
    expect(stored?.subjectKey).toMatch(/^area:/);

    h.clock.set(new Date("2016-12-06T10:00:00Z"));
    expect(await h.say("Malgorzata Hauge", "update clearance: a correction")).toEqual([
      expect.stringMatching(
        /went out with the agenda draft on Tuesday 6 December 2016, 09:00 CET, so it can no longer be revised/,
      ),
    ]);
    const [late] = await request("Silvia Cattaneo", { text: "update victim assistance: our concept note" });
    expect(renderPlainText(late ?? { visibility: "private", text: "" })).toMatch(
      /received after the deadline \(the agenda draft was circulated on Tuesday 6 December 2016, 09:00 CET\) and is marked as late/,
    );
  });
});
