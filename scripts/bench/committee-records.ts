// Building blocks of a generated committee, part 2: its records. Meetings
// spread over the years, action items recorded at them (old ones mostly done),
// coordinators' updates and attendance, written in batches through `Ctx`.
import { TZDate } from "@date-fns/tz";
import { calendarDate } from "../../src/domain/format.ts";
import { type Ctx, type GenMeeting, inBatches } from "./committee-people.ts";
import { actionText, areaUpdateBody, coalitionUpdateBody } from "./words.ts";

const DAY_MS = 24 * 3600_000;

/** `count` meetings on weekdays spread evenly over [from, to], at 10:00-11:30 in the committee's zone. */
export async function addMeetings(ctx: Ctx, count: number, from: string, to: string): Promise<GenMeeting[]> {
  const { tx, random, committeeId, zone, now } = ctx;
  const taken = new Set(
    (await tx.meeting.findMany({ where: { committeeId } })).map((m) => calendarDate(m.startsAt, zone)),
  );
  const start = Date.parse(`${from}T12:00:00Z`);
  const step = (Date.parse(`${to}T12:00:00Z`) - start) / Math.max(1, count - 1);
  const rows: { startsAt: Date; endsAt: Date }[] = [];
  for (let i = 0; i < count; i++) {
    let day = new Date(start + Math.round((i * step) / DAY_MS) * DAY_MS);
    while ([0, 6].includes(day.getUTCDay()) || taken.has(day.toISOString().slice(0, 10)))
      day = new Date(day.getTime() + DAY_MS);
    taken.add(day.toISOString().slice(0, 10));
    const at = (h: number, m: number) =>
      new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m, zone).getTime());
    rows.push({ startsAt: at(10, 0), endsAt: at(11, 30) });
  }
  const hosts = ctx.members.filter((m) => ctx.memberStates.includes(m.id)).map((m) => m.name);
  const created: GenMeeting[] = [];
  await inBatches(rows, async (batch) => {
    const data = batch.map(({ startsAt, endsAt }) => ({
      committeeId,
      startsAt,
      endsAt,
      timeZone: zone,
      place: random.chance(0.8) ? `Permanent Mission of ${random.pick(hosts)}` : "Palais des Nations, Geneva",
      status: startsAt.getTime() < now.getTime() ? "held" : "scheduled",
    }));
    created.push(
      ...(await tx.meeting.createManyAndReturn({
        data,
        select: { id: true, startsAt: true, endsAt: true, status: true },
      })),
    );
  });
  await relinkMeetings(ctx);
  return created.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Chains every meeting to the one before it, and approves held minutes at the next meeting. */
async function relinkMeetings(ctx: Ctx): Promise<void> {
  const { tx, committeeId, now } = ctx;
  const all = await tx.meeting.findMany({ where: { committeeId }, orderBy: { startsAt: "asc" } });
  await tx.meeting.updateMany({ where: { committeeId }, data: { previousMeetingId: null } });
  for (const [i, meeting] of all.entries()) {
    const next = all[i + 1];
    const approved = meeting.status === "held" && next && next.startsAt.getTime() < now.getTime();
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        previousMeetingId: all[i - 1]?.id ?? null,
        minutesApprovedAt: approved ? (next.endsAt ?? next.startsAt) : meeting.minutesApprovedAt,
      },
    });
  }
}

/** `count` action items recorded at `sources`; old ones mostly done, recent ones mostly open. */
export async function addActions(
  ctx: Ctx,
  count: number,
  sources: GenMeeting[],
  all: GenMeeting[],
): Promise<void> {
  const { tx, random, committeeId, now } = ctx;
  const last = await tx.actionItem.aggregate({ where: { committeeId }, _max: { number: true } });
  const first = (last._max.number ?? 0) + 1;
  const byTime = [...all].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const owners: { number: number; delegationId: number | null; personId: number | null }[][] = [];
  const rows = Array.from({ length: count }, (_, i) => {
    const source = random.pick(sources);
    const createdAt = source.endsAt ?? source.startsAt;
    const area = random.chance(0.5) ? random.pick(ctx.areas) : null;
    const coalition = ctx.coalitions.length && random.chance(0.4) ? random.pick(ctx.coalitions) : null;
    const nextMeeting = byTime.find((m) => m.startsAt.getTime() > source.startsAt.getTime());
    const roll = random.next();
    const dueKind = roll < 0.5 ? "date" : roll < 0.85 && nextMeeting ? "next-meeting" : "none";
    const old = now.getTime() - createdAt.getTime() > 90 * DAY_MS;
    const fate = random.next();
    const status = old
      ? fate < 0.92
        ? "done"
        : fate < 0.95
          ? "dropped"
          : "open"
      : fate < 0.4
        ? "done"
        : "open";
    const completedAt = new Date(Math.min(now.getTime(), createdAt.getTime() + random.int(3, 80) * DAY_MS));
    const candidates = [
      ...new Set([...(area?.coordinatorIds ?? []), ...(coalition?.leadId ? [coalition.leadId] : [])]),
    ];
    const delegations = random.sample(candidates.length ? candidates : ctx.memberStates, random.int(1, 3));
    owners.push([
      ...delegations.map((delegationId) => ({ number: first + i, delegationId, personId: null })),
      ...(random.chance(0.1)
        ? [{ number: first + i, delegationId: null, personId: random.pick(ctx.persons).id }]
        : []),
    ]);
    return {
      committeeId,
      number: first + i,
      text: actionText(
        random,
        area?.name ?? random.pick(ctx.areas).name,
        coalition?.name ?? "the affected States",
      ),
      dueKind,
      dueOn:
        dueKind === "date"
          ? calendarDate(new Date(createdAt.getTime() + random.int(14, 90) * DAY_MS), ctx.zone)
          : null,
      dueMeetingId: dueKind === "next-meeting" ? (nextMeeting?.id ?? null) : null,
      sourceMeetingId: source.id,
      areaId: area?.id ?? null,
      coalitionId: coalition?.id ?? null,
      status,
      createdAt,
      completedAt: status === "done" ? completedAt : null,
      completedById: status === "done" ? random.pick(ctx.persons).id : null,
    };
  });
  await inBatches(rows, (batch) => tx.actionItem.createMany({ data: batch }));
  const ids = new Map(
    (
      await tx.actionItem.findMany({
        where: { committeeId, number: { gte: first } },
        select: { id: true, number: true },
      })
    ).map((a) => [a.number, a.id]),
  );
  const ownerRows = owners.flatMap((list) =>
    list.map((o, listOrder) => ({
      actionId: ids.get(o.number) as number,
      delegationId: o.delegationId,
      personId: o.personId,
      ownerKey: o.personId ? `person:${o.personId}` : `delegation:${o.delegationId}`,
      listOrder: listOrder + 1,
    })),
  );
  await inBatches(ownerRows, (batch) => tx.actionOwner.createMany({ data: batch }));
}

/** `count` updates on distinct (meeting, area or coalition) pairs, written by the coordinators or coalition leads. */
export async function addUpdates(ctx: Ctx, count: number, meetings: GenMeeting[]): Promise<void> {
  const { tx, random, committeeId } = ctx;
  const subjects = [
    ...ctx.areas.map((a) => ({ key: `area:${a.id}`, area: a, coalition: null })),
    ...ctx.coalitions.map((c) => ({ key: `coalition:${c.id}`, area: null, coalition: c })),
  ];
  const pairs = meetings.flatMap((meeting) => subjects.map((subject) => ({ meeting, subject })));
  if (pairs.length < count)
    throw new Error(`${count} updates need ${count} meeting-subject pairs; there are ${pairs.length}`);
  const peopleOf = (ids: number[]) => ctx.persons.filter((p) => ids.includes(p.delegationId));
  const rows = random.sample(pairs, count).map(({ meeting, subject }) => {
    const year = meeting.startsAt.getUTCFullYear();
    const writers = subject.area
      ? peopleOf(subject.area.coordinatorIds)
      : peopleOf([subject.coalition.leadId ?? subject.coalition.affectedId]);
    const country = subject.coalition?.name ?? random.pick(ctx.coalitions).name;
    return {
      committeeId,
      meetingId: meeting.id,
      authorId: random.pick(writers.length ? writers : ctx.persons).id,
      areaId: subject.area?.id ?? null,
      coalitionId: subject.coalition?.id ?? null,
      subjectKey: subject.key,
      body: subject.area
        ? areaUpdateBody(random, subject.area.name, country, year)
        : coalitionUpdateBody(random, country, year),
      submittedAt: new Date(meeting.startsAt.getTime() - random.int(20, 190) * 3600_000),
    };
  });
  await inBatches(rows, (batch) => tx.update.createMany({ data: batch }));
}

/** Most of the members' people were present at each held meeting. */
export async function addAttendance(ctx: Ctx, meetings: GenMeeting[]): Promise<void> {
  const present = ctx.persons.filter((p) => ctx.members.some((m) => m.id === p.delegationId));
  const rows = meetings
    .filter((m) => m.status === "held")
    .flatMap((m) =>
      ctx.random
        .sample(present, Math.round(present.length * 0.75))
        .map((p) => ({ meetingId: m.id, personId: p.id })),
    );
  await inBatches(rows, (batch) => ctx.tx.attendance.createMany({ data: batch }));
}
