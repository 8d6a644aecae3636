// The calendar files of one meeting, scheduled, moved and cancelled from chat,
// as a real calendar reader (ical.js) parses them: one UID throughout, unique
// to this deployment; the SEQUENCE rising with each change; METHOD:PUBLISH
// until the cancellation, which says METHOD:CANCEL and STATUS:CANCELLED; and
// every line, the last included, ended by CRLF.
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Attachment, Reply } from "../../src/core/reply.ts";
import { type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

const SECRETARIAT = "Sheila Mweemba";
let h: SchedulerHarness;

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
});

afterEach(async () => {
  await h.close();
});

async function fileOf(text: string): Promise<Attachment> {
  const replies: Reply[] = await h.core.handle({
    speaker: { kind: "person", personId: await h.personId(SECRETARIAT) },
    conversation: { platform: "slack", id: "slack:T1:D1", kind: "dm" },
    kind: "command",
    text,
  });
  const file = replies.flatMap((reply) => reply.files ?? []).find((f) => f.mediaType === "text/calendar");
  if (!file) throw new Error(`no calendar file in the answer to "${text}": ${replies[0]?.text}`);
  return file;
}

function parsed(file: Attachment) {
  const calendar = new ICAL.Component(ICAL.parse(String(file.content)));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    status: event.getFirstPropertyValue("status"),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
  };
}

describe("a meeting's calendar files", () => {
  it("update one entry: PUBLISH with a rising SEQUENCE, then CANCEL", async () => {
    const scheduled = await fileOf("meeting schedule 2016-12-14 10:00 Palais des Nations confirm");
    const meeting = await h.db.meeting.findFirstOrThrow({ where: { place: "Palais des Nations" } });
    const moved = await fileOf(`meeting move #${meeting.id} 2016-12-15 10:00 confirm`);
    const cancelled = await fileOf(`meeting cancel #${meeting.id} confirm`);

    const committee = await h.db.committee.findUniqueOrThrow({ where: { id: meeting.committeeId } });
    const uid = `meeting-${meeting.id}@${committee.slug}.${committee.createdAt.getTime().toString(36)}.rapporteur`;
    expect([scheduled, moved, cancelled].map(parsed)).toEqual([
      { method: "PUBLISH", uid, sequence: 0, status: "CONFIRMED", start: "2016-12-14T09:00:00.000Z" },
      { method: "PUBLISH", uid, sequence: 1, status: "CONFIRMED", start: "2016-12-15T09:00:00.000Z" },
      { method: "CANCEL", uid, sequence: 2, status: "CANCELLED", start: "2016-12-15T09:00:00.000Z" },
    ]);
  });

  it("raise the SEQUENCE again when a cancelled meeting is scheduled anew at its time", async () => {
    await fileOf("meeting schedule 2016-12-14 10:00 Palais des Nations confirm");
    const meeting = await h.db.meeting.findFirstOrThrow({ where: { place: "Palais des Nations" } });
    await fileOf(`meeting cancel #${meeting.id} confirm`);
    const revived = parsed(await fileOf("meeting schedule 2016-12-14 10:00 Palais des Nations confirm"));
    expect(revived).toMatchObject({ method: "PUBLISH", sequence: 2, status: "CONFIRMED" });
  });

  it("end every line with CRLF, the last one included", async () => {
    const text = String((await fileOf("meeting calendar")).content);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });
});
