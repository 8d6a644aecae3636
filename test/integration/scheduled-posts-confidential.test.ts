// The scheduled "actions due" post goes to the committee channel, where
// everyone reads it: it must not list the items of a coalition whose record
// is kept to coordinators or the secretariat (issue 17, item 5).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingPort, type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

let h: SchedulerHarness;

beforeAll(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
  await h.bindChannel("C_COMMITTEE");
});

afterAll(async () => {
  await h.close();
});

describe("the actions-due channel post", () => {
  it("leaves out the items of a restricted coalition and keeps the others", async () => {
    const lao = await h.db.countryCoalition.findFirstOrThrow({ where: { name: "Lao PDR" } });
    await h.db.countryCoalition.update({ where: { id: lao.id }, data: { visibility: "secretariat" } });
    const { committeeId } = lao;
    const top = await h.db.actionItem.aggregate({ where: { committeeId }, _max: { number: true } });
    const next = (top._max.number ?? 0) + 1;
    const at = new Date("2016-11-21T08:00:00Z");
    await h.db.actionItem.createMany({
      data: [
        {
          committeeId,
          number: next,
          text: "Draft the Lao donor matrix",
          dueKind: "next-meeting",
          coalitionId: lao.id,
          createdAt: at,
        },
        {
          committeeId,
          number: next + 1,
          text: "Circulate the universalization letter",
          dueKind: "next-meeting",
          createdAt: at,
        },
      ],
    });
    const port = recordingPort("slack", h.clock, true);
    const scheduler = h.scheduler([port]);
    await h.runUntil(scheduler, new Date("2016-12-08T12:00:00Z"));
    const posts = port.sent.filter((s) => s.key.startsWith("actions-due:"));
    expect(posts).toHaveLength(1);
    expect(posts[0]?.text).toMatch(/Circulate the universalization letter/);
    expect(posts[0]?.text).not.toMatch(/Lao donor matrix/);
  });
});
