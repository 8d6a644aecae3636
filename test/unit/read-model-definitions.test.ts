// The definitions every answer, draft and scheduled post shares (issue 16,
// item 3): when an action item is due by a meeting, how long a meeting with no
// end on record lasts, and the zone abbreviation written after a time.
import { describe, expect, it } from "vitest";
import { readMeetingWhen } from "../../src/cycle/when.ts";
import { moment, zoneAbbreviation } from "../../src/domain/format.ts";
import type { Meeting } from "../../src/generated/prisma/client.ts";
import { isDueBy } from "../../src/read-model/actions.ts";
import { DEFAULT_MEETING_MINUTES, meetingEnd } from "../../src/read-model/meetings.ts";
import type { ActionRecord } from "../../src/store/actions.ts";

const ZONE = "Europe/Zurich";

function meeting(id: number, startsAt: string, status = "scheduled"): Meeting {
  return {
    id,
    committeeId: 1,
    startsAt: new Date(startsAt),
    endsAt: null,
    timeKnown: true,
    timeZone: ZONE,
    place: null,
    status,
    previousMeetingId: null,
    minutesApprovedAt: null,
  };
}

function action(due: { dueKind: string; dueOn?: string; dueMeeting?: Meeting }): ActionRecord {
  return {
    id: 1,
    committeeId: 1,
    number: 1,
    text: "Circulate the concept note",
    dueKind: due.dueKind,
    dueOn: due.dueOn ?? null,
    dueMeetingId: due.dueMeeting?.id ?? null,
    dueMeeting: due.dueMeeting ?? null,
    sourceMeetingId: null,
    sourceMeeting: null,
    agendaItemId: null,
    agendaItem: null,
    areaId: null,
    area: null,
    coalitionId: null,
    coalition: null,
    status: "open",
    createdAt: new Date("2016-11-04T11:30:00Z"),
    createdById: null,
    completedAt: null,
    completedById: null,
    completedBy: null,
    owners: [],
  };
}

// 7 December 2016, 10:00 in Geneva; 14 December (cancelled); 25 January 2017.
const DECEMBER = meeting(2, "2016-12-07T09:00:00Z");
const CANCELLED = meeting(3, "2016-12-14T09:00:00Z", "cancelled");
const JANUARY = meeting(4, "2017-01-25T09:00:00Z");

describe("due by a meeting", () => {
  it("takes a date on or before the meeting's own day, read in the meeting's zone", () => {
    expect(isDueBy(action({ dueKind: "date", dueOn: "2016-12-07" }), DECEMBER)).toBe(true);
    expect(isDueBy(action({ dueKind: "date", dueOn: "2016-12-08" }), DECEMBER)).toBe(false);
    // 00:30 in Geneva on 7 December is still 6 December in UTC.
    const earlyMorning = meeting(5, "2016-12-06T23:30:00Z");
    expect(isDueBy(action({ dueKind: "date", dueOn: "2016-12-07" }), earlyMorning)).toBe(true);
  });

  it("takes an item due by this meeting, or still open from an earlier one held, as overdue dated items are", () => {
    const byDecember = action({ dueKind: "next-meeting", dueMeeting: DECEMBER });
    expect(isDueBy(byDecember, DECEMBER)).toBe(true);
    expect(isDueBy(byDecember, JANUARY)).toBe(true);
    expect(isDueBy(byDecember, meeting(1, "2016-11-04T09:00:00Z"))).toBe(false);
    expect(isDueBy(action({ dueKind: "date", dueOn: "2016-11-30" }), JANUARY)).toBe(true);
  });

  it("gives an item whose meeting was cancelled, or that has none yet, no deadline, as dueDate does", () => {
    expect(isDueBy(action({ dueKind: "next-meeting", dueMeeting: CANCELLED }), JANUARY)).toBe(false);
    expect(isDueBy(action({ dueKind: "next-meeting", dueMeeting: CANCELLED }), CANCELLED)).toBe(true);
    expect(isDueBy(action({ dueKind: "next-meeting" }), JANUARY)).toBe(false);
    expect(isDueBy(action({ dueKind: "none" }), JANUARY)).toBe(false);
  });
});

describe("meeting length", () => {
  it("is the end on record, else an hour and a half, for the read model, the calendar file and a meeting typed without an end", () => {
    expect(DEFAULT_MEETING_MINUTES).toBe(90);
    expect(meetingEnd(DECEMBER).toISOString()).toBe("2016-12-07T10:30:00.000Z");
    const ended = { ...DECEMBER, endsAt: new Date("2016-12-07T11:00:00Z") };
    expect(meetingEnd(ended).toISOString()).toBe("2016-12-07T11:00:00.000Z");
    const typed = readMeetingWhen("2016-12-07 10:00", new Date("2016-11-21T08:00:00Z"), ZONE);
    expect(typed.ok && typed.when.endsAt.toISOString()).toBe("2016-12-07T10:30:00.000Z");
  });
});

describe("the zone abbreviation", () => {
  it("follows summer time, in meeting times and deadlines alike", () => {
    expect(zoneAbbreviation(new Date("2016-12-06T08:00:00Z"), ZONE)).toBe("CET");
    expect(zoneAbbreviation(new Date("2017-04-05T08:00:00Z"), ZONE)).toBe("CEST");
    expect(moment(new Date("2016-12-06T08:00:00Z"), ZONE)).toBe("Tuesday 6 December 2016, 09:00 CET");
    expect(moment(new Date("2017-04-05T08:00:00Z"), ZONE)).toBe("Wednesday 5 April 2017, 10:00 CEST");
  });
});
