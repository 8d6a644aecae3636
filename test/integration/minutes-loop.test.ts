// The minutes' life in chat for the meeting of 7 December 2016, on a fake
// clock and a real SQLite file: circulated as version 1, two comments (one
// typed, one in the thread of the draft), a correction, version 2 with what
// changed, one reminder to each member still silent (in their own zone, not
// to the away), and the approval at the next meeting with its decision
// sentence in that meeting's minutes, after which the record is locked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
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

const USERS = { ...COORDINATOR_ACCOUNTS, [SECRETARIAT]: "U_MWEEMBA" } as const;

let h: SchedulerHarness;
let port: RecordingPort;
let scheduler: Scheduler;
let dec7: number;

beforeAll(async () => {
  h = await schedulerHarness(new Date("2016-12-07T09:30:00Z"));
  await linkCommittee(h, USERS);
  // Hugh Watson reads his clock in Canberra: his reminder comes at 09:00 there.
  await h.db.person.update({
    where: { id: await h.personId("Hugh Watson") },
    data: { timeZone: "Australia/Sydney" },
  });
  port = recordingPort("slack", h.clock, true);
  scheduler = h.scheduler([port]);
  dec7 = (await h.db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2016-12-07T09:00:00Z") } })).id;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const sentTo = (user: string) => port.sent.filter((s) => s.target.conversationId === user);
const keyed = (prefix: string) => port.sent.filter((s) => s.key.startsWith(prefix));

async function submit(name: string, actionId: string, values: Record<string, string>): Promise<Reply[]> {
  return h.core.handle({
    speaker: { kind: "person", personId: await h.personId(name) },
    conversation: { platform: "slack", id: "slack:T1:D1", kind: "dm" },
    kind: "submit",
    actionId,
    text: "",
    values,
  });
}

describe("the minutes of 7 December 2016, from the meeting to their approval", () => {
  it("records the meeting and schedules the next one", async () => {
    expect(await h.say(SECRETARIAT, "attended Germany, Norway, Italy, Australia, ISU-CCM")).toEqual([
      expect.stringMatching(/^Recorded as present at the meeting of 7 December 2016/),
    ]);
    await h.say(
      SECRETARIAT,
      "note 5.4 Norway reported that the workshop in Lebanon had been held in November.",
    );
    expect(
      await h.say(
        SECRETARIAT,
        "meeting schedule Wednesday 18 January 2017 10:00-11:30 Permanent Mission of Germany confirm",
      ),
    ).toEqual([expect.stringMatching(/^Scheduled: the meeting on Wednesday 18 January 2017/)]);
  });

  it("circulates version 1 to the channel and to each member, in their own hours, with the deadline", async () => {
    h.clock.set(new Date("2016-12-09T09:00:00Z")); // Friday, 10:00 in Geneva
    expect(await h.say("Malgorzata Hauge", "minutes circulate")).toEqual([
      "Only the Presidency or the secretariat may circulate the minutes draft; you are registered as coordinator.",
    ]);
    const [reply] = await h.say(SECRETARIAT, "minutes circulate");
    expect(reply).toMatch(
      /^Version 1 of the minutes of 7 December 2016 is circulated: it goes to the committee channel and to 21 members in their own chats, with comments due by Friday 16 December 2016\./,
    );
    expect(reply).toContain("DRAFT (version 1)");
    expect(reply).toContain("Norway reported that the workshop in Lebanon had been held in November.");
    await h.runUntil(scheduler, new Date("2016-12-12T12:00:00Z"));
    const [post] = keyed(`minutes:m${dec7}:v1`);
    expect(post?.target.conversationId).toBe(COMMITTEE_CHANNEL);
    expect(post?.reply.files?.map((f) => f.filename)).toEqual([
      "minutes-2016-12-07-v1.docx",
      "minutes-2016-12-07-v1.md",
    ]);
    const hauge = sentTo("U_HAUGE").find((s) => s.key.startsWith("minutes-copy:"));
    expect(hauge?.text).toMatch(
      /^Ms\. Malgorzata Hauge, here is version 1 of the minutes of 7 December 2016 for your comments\./,
    );
    expect(hauge?.at.toISOString()).toBe("2016-12-09T09:00:00.000Z");
    // Friday evening in Sydney: his copy waits for Monday morning there.
    const watson = sentTo("U_WATSON").find((s) => s.key.startsWith("minutes-copy:"));
    expect(watson?.at.toISOString()).toBe("2016-12-11T21:00:00.000Z");
    // The secretariat wrote it and is not asked for comments.
    expect(sentTo("U_MWEEMBA").filter((s) => s.key.startsWith("minutes"))).toEqual([]);
  });

  it("takes a comment in the thread of the draft and a typed one, acknowledged privately", async () => {
    const copy = sentTo("U_HAUGE").find((s) => s.key.startsWith("minutes-copy:"));
    const inThread = await h.core.handle({
      speaker: { kind: "person", personId: await h.personId("Malgorzata Hauge") },
      conversation: {
        platform: "slack",
        id: "slack:T1:U_HAUGE",
        kind: "dm",
        threadId: copy?.messageId ?? "",
      },
      kind: "message",
      text: "5.4 The workshop was held in Beirut, not in Lebanon at large.",
    });
    expect(inThread.map((r) => [r.visibility, r.text])).toEqual([
      [
        "private",
        "Thank you: your comment on item 5.4 Clearance and Risk Reduction Education (Norway and Netherlands) of the minutes of 7 December 2016 (version 1) is recorded, and the secretariat will see it.",
      ],
    ]);
    expect(await h.say("Silvia Cattaneo", "minutes comment no comments from Italy")).toEqual([
      "Thank you: your comment on the whole draft of the minutes of 7 December 2016 (version 1) is recorded, and the secretariat will see it.",
    ]);
    expect(await h.say("Silvia Cattaneo", "minutes comment 12 a typo")).toEqual([
      expect.stringMatching(
        /^Version 1 of the minutes of 7 December 2016 has no item 12; its items are 1, 2, 3, 4, 5, 5\.1/,
      ),
    ]);
    expect(await h.say("Silvia Cattaneo", "minutes comments")).toEqual([
      "Only the Presidency or the secretariat may read the comments on the minutes draft; you are registered as coordinator.",
    ]);
    const [listed] = await h.say(SECRETARIAT, "minutes comments");
    expect(listed).toMatch(/^2 comments on the minutes of 7 December 2016 \(version 1 is the latest\)\./);
    expect(listed).toContain(
      "Item 5.4 (version 1): The workshop was held in Beirut, not in Lebanon at large.",
    );
    expect(listed).toContain(
      "Ms. Malgorzata Hauge (Norway), Monday 12 December 2016, 13:00 CET, in the thread",
    );
    expect(listed).toContain("Whole draft (version 1): no comments from Italy");
    expect(listed).toContain("Not answered yet (19)");
    const rows = await h.db.minutesComment.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((c) => [c.itemNumber, c.version, c.via])).toEqual([
      ["5.4", 1, "thread"],
      [null, 1, "command"],
    ]);
  });

  it("corrects an item in a form and circulates version 2 with what changed", async () => {
    h.clock.set(new Date("2016-12-13T09:00:00Z")); // Tuesday
    const [opened] = await h.core.handle({
      speaker: { kind: "person", personId: await h.personId(SECRETARIAT) },
      conversation: { platform: "slack", id: "slack:T1:D1", kind: "dm" },
      kind: "command",
      text: "minutes edit 5.4",
    });
    expect(opened?.form?.fields.map((f) => [f.id, f.initial])).toEqual([
      ["meeting", String(dec7)],
      ["item", "5.4"],
      ["text", "Norway reported that the workshop in Lebanon had been held in November."],
    ]);
    expect(await h.say("Malgorzata Hauge", "minutes edit 5.4")).toEqual([
      "Only the secretariat may reword the minutes draft; you are registered as coordinator.",
    ]);
    const saved = await submit(SECRETARIAT, "minutes-edit-submit", {
      meeting: String(dec7),
      item: "5.4",
      text: "Norway reported that the workshop in Beirut, Lebanon, had been held in November.",
    });
    expect(saved.map(renderPlainText)).toEqual([
      expect.stringMatching(
        /^Item 5\.4 \(Clearance and Risk Reduction Education \(Norway and Netherlands\)\) of the minutes of 7 December 2016 is reworded\. It goes out in version 2 when the draft is circulated\./,
      ),
    ]);
    const [reply] = await h.say(SECRETARIAT, "minutes circulate");
    expect(reply).toMatch(
      /^Version 2 of the minutes of 7 December 2016 is circulated: .* comments due by Tuesday 20 December 2016\./,
    );
    expect(reply).toContain("Changed since version 1");
    expect(reply).toContain("5.4 Clearance and Risk Reduction Education (Norway and Netherlands): reworded");
    expect(reply).toContain(
      "Norway reported that the workshop in Beirut, Lebanon, had been held in November.",
    );
    // Nothing changed since: no version 3.
    expect(await h.say(SECRETARIAT, "minutes circulate")).toEqual([
      expect.stringMatching(
        /^Nothing has changed since version 2 of the minutes of 7 December 2016 went out/,
      ),
    ]);
    const [history] = await h.say("Silvia Cattaneo", "minutes history");
    expect(history).toMatch(/^The versions of the minutes of 7 December 2016:/);
    expect(history).toContain(
      "Version 1, circulated Friday 9 December 2016, 10:00 CET by Ms. Sheila Mweemba",
    );
    expect(history).toContain(
      "Changed: 5.4 Clearance and Risk Reduction Education (Norway and Netherlands): reworded",
    );
    // Version 1 stays readable as it went out.
    const [v1] = await h.core.handle({
      speaker: { kind: "person", personId: await h.personId("Silvia Cattaneo") },
      conversation: { platform: "slack", id: "slack:T1:D1", kind: "dm" },
      kind: "submit",
      actionId: "minutes-version",
      text: `${dec7}:1`,
    });
    expect(v1 && renderPlainText(v1)).toContain(
      "Norway reported that the workshop in Lebanon had been held in November.",
    );
  });

  it("reminds each member still silent exactly once, at 09:00 in their zone, and not the away", async () => {
    expect(await h.say("Thuy Nguyen", "away until 20 December 2016")).toEqual([
      expect.stringMatching(/away/i),
    ]);
    await h.runUntil(scheduler, new Date("2017-01-10T00:00:00Z"));
    const reminders = keyed(`minutes-reminder:m${dec7}:`);
    const reminded = new Set(reminders.map((s) => s.key));
    expect(reminded.size).toBe(reminders.length); // each at most once
    // Two working days before Tuesday 20 December: Friday 16 December, 09:00 where each reads the clock.
    expect(
      sentTo("U_CLARINGBOULD")
        .filter((s) => s.key.startsWith("minutes-reminder"))
        .map((s) => [s.at.toISOString(), s.text]),
    ).toEqual([
      [
        "2016-12-16T08:00:00.000Z",
        expect.stringMatching(
          /^Ms\. Sachi Claringbould, a reminder: comments on version 2 of the minutes of 7 December 2016 are due by Tuesday 20 December 2016\./,
        ),
      ],
    ]);
    expect(
      sentTo("U_WATSON")
        .filter((s) => s.key.startsWith("minutes-reminder"))
        .map((s) => s.at.toISOString()),
    ).toEqual(["2016-12-15T22:00:00.000Z"]);
    // Those who answered, and the one away, are not reminded.
    for (const user of ["U_HAUGE", "U_CATTANEO", "U_NGUYEN"]) {
      expect(sentTo(user).filter((s) => s.key.startsWith("minutes-reminder"))).toEqual([]);
    }
    const rows = await h.db.delivery.findMany({ where: { kind: "minutes-reminder", meetingId: dec7 } });
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(18);
    expect(
      rows
        .filter((r) => r.status === "skipped")
        .map((r) => r.lastError)
        .sort(),
    ).toEqual([
      "Dr. Silvia Cattaneo has answered",
      "Ms. Malgorzata Hauge has answered",
      "Ms. Thuy Nguyen is away",
    ]);
    // Version 2 is copied to each member the bot can write to; the channel's post is the others' copy,
    // so nobody is mentioned in the channel for it.
    const copies = await h.db.delivery.findMany({
      where: { kind: "minutes-copy", key: { startsWith: `minutes-copy:m${dec7}:v2:` } },
    });
    expect(copies).toHaveLength(21);
    expect(copies.filter((r) => r.status === "sent")).toHaveLength(keyed(`minutes-copy:m${dec7}:v2:`).length);
    expect(
      keyed(`minutes-copy:m${dec7}:v2:`).every((s) => s.target.conversationId !== COMMITTEE_CHANNEL),
    ).toBe(true);
    expect(
      copies
        .filter((r) => r.status === "skipped")
        .every((r) => /the channel already has it/.test(r.lastError ?? "")),
    ).toBe(true);
  });

  it("puts the version to approve and the comments received under the next agenda's approval item", async () => {
    h.clock.set(new Date("2017-01-17T10:00:00Z"));
    const [agenda] = await h.say(SECRETARIAT, "agenda");
    expect(agenda).toMatch(
      /3 Approval of the Minutes of 7 December 2016\n\s*Draft Minutes, version 2, circulated on 13 December 2016\.\n\s*2 comments received on the draft minutes \(0 on version 2\); "minutes comments" lists them\./,
    );
  });

  it("is approved at the next meeting, with the decision sentence in that meeting's minutes, and locked", async () => {
    h.clock.set(new Date("2017-01-17T10:00:00Z"));
    expect(await h.say(SECRETARIAT, "minutes approve")).toEqual([
      "The minutes of 7 December 2016 are approved at the next meeting, on Wednesday 18 January 2017, which has not begun.",
    ]);
    h.clock.set(new Date("2017-01-18T09:20:00Z"));
    expect(await h.say("Malgorzata Hauge", "minutes approve")).toEqual([
      "Only the Presidency or the secretariat may record the approval of the minutes; you are registered as coordinator.",
    ]);
    expect(await h.say("Michael Biontino", "minutes approve with amendments")).toEqual([
      'The minutes of 7 December 2016 (version 2) are approved as amended and locked. Recorded under item 3 (Approval of the Minutes of 7 December 2016) of the meeting of 18 January 2017: "The draft Minutes, which had been circulated in advance, were approved as amended."',
    ]);
    const meeting = await h.db.meeting.findUniqueOrThrow({ where: { id: dec7 } });
    expect(meeting.minutesApprovedAt?.toISOString()).toBe("2017-01-18T09:20:00.000Z");
    const [minutes] = await h.say(SECRETARIAT, "minutes");
    expect(minutes).toContain(
      "3. Approval of the Minutes of 7 December 2016\nThe draft Minutes, which had been circulated in advance, were approved as amended.",
    );
    expect(await h.say("Silvia Cattaneo", "minutes comment 5.4 one more thing")).toEqual([
      "The minutes of 7 December 2016 were approved on 18 January 2017 and are locked.",
    ]);
    expect(await h.say(SECRETARIAT, "minutes approve")).toEqual([
      "The minutes of 7 December 2016 were approved on 18 January 2017 and are locked.",
    ]);
    const audit = await h.db.auditEvent.findMany({
      where: { action: { startsWith: "minutes." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "minutes.circulate",
      "minutes.comment",
      "minutes.comment",
      "minutes.edit",
      "minutes.circulate",
      "minutes.approve",
    ]);
  });
});
