// Building blocks of a generated committee, part 1: who it is made of. Written
// with createMany in batches on top of the seeded committee: staff, country
// coalitions (with their affected countries and focal points) and chat
// accounts. Each block reads what it needs from `Ctx` and adds what it made.
import { aliasKey } from "../../src/domain/names.ts";
import { COALITION_PHASES, TREATY_STATUSES } from "../../src/domain/vocabulary.ts";
import type { Tx } from "../../src/store/audit.ts";
import {
  ACTIVITIES,
  CHALLENGES,
  CITIES,
  countries,
  DONORS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  HONORIFICS,
  type Random,
} from "./words.ts";

const DAY_MS = 24 * 3600_000;
const BATCH = 500;

export interface GenMeeting {
  id: number;
  startsAt: Date;
  endsAt: Date | null;
  status: string;
}

export interface Ctx {
  tx: Tx;
  random: Random;
  committeeId: number;
  zone: string;
  now: Date;
  /** Member delegations (states and organisations); memberStates are the states among them. */
  members: { id: number; name: string }[];
  memberStates: number[];
  organisations: number[];
  persons: { id: number; delegationId: number }[];
  areas: { id: number; name: string; coordinatorIds: number[] }[];
  coalitions: { id: number; name: string; affectedId: number; leadId: number | null }[];
}

export async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function loadCtx(tx: Tx, committeeId: number, random: Random, now: Date): Promise<Ctx> {
  const committee = await tx.committee.findUniqueOrThrow({ where: { id: committeeId } });
  const delegations = await tx.delegation.findMany({ where: { committeeId }, orderBy: { id: "asc" } });
  const persons = await tx.person.findMany({
    where: { committeeId },
    select: { id: true, delegationId: true },
  });
  const areas = await tx.thematicArea.findMany({ where: { committeeId }, include: { coordinators: true } });
  const coalitions = await tx.countryCoalition.findMany({
    where: { committeeId },
    include: { members: true },
  });
  return {
    tx,
    random,
    committeeId,
    zone: committee.timeZone,
    now,
    members: delegations.filter((d) => d.isMember).map((d) => ({ id: d.id, name: d.name })),
    memberStates: delegations.filter((d) => d.isMember && d.kind === "state").map((d) => d.id),
    organisations: delegations.filter((d) => d.kind === "organisation").map((d) => d.id),
    persons,
    areas: areas.map((a) => ({
      id: a.id,
      name: a.name,
      coordinatorIds: a.coordinators.map((c) => c.delegationId),
    })),
    coalitions: coalitions.map((c) => ({
      id: c.id,
      name: c.name,
      affectedId: c.affectedDelegationId,
      leadId: c.members.find((m) => m.role === "lead")?.delegationId ?? null,
    })),
  };
}

/** Adds persons to delegations; names are unique within each delegation. */
async function addPersons(ctx: Ctx, delegationIds: number[], role: string): Promise<void> {
  const { tx, random, committeeId } = ctx;
  const taken = new Set(
    (await tx.person.findMany({ where: { committeeId }, select: { delegationId: true, name: true } })).map(
      (p) => `${p.delegationId}:${p.name}`,
    ),
  );
  const rows = delegationIds.map((delegationId, i) => {
    let given = random.pick(GIVEN_NAMES);
    let family = random.pick(FAMILY_NAMES);
    while (taken.has(`${delegationId}:${given} ${family}`)) {
      given = random.pick(GIVEN_NAMES);
      family = random.pick(FAMILY_NAMES);
    }
    taken.add(`${delegationId}:${given} ${family}`);
    const name = `${given} ${family}`;
    return {
      committeeId,
      delegationId,
      honorific: random.pick(HONORIFICS),
      name,
      familyName: family,
      listOrder: 100 + i,
    };
  });
  const created: { id: number; delegationId: number }[] = [];
  await inBatches(rows, async (batch) => {
    created.push(
      ...(await tx.person.createManyAndReturn({ data: batch, select: { id: true, delegationId: true } })),
    );
  });
  await inBatches(created, (batch) =>
    tx.committeeRole.createMany({ data: batch.map((p) => ({ committeeId, personId: p.id, role })) }),
  );
  ctx.persons.push(...created);
}

/** `perMember` more people in every member delegation: the desk officers who also write updates. */
export async function addStaff(ctx: Ctx, perMember: number): Promise<void> {
  await addPersons(
    ctx,
    ctx.members.flatMap((m) => Array.from({ length: perMember }, () => m.id)),
    "member",
  );
}

/** `count` coalitions, each for a country not yet on record, with a focal point, members and activities. */
export async function addCoalitions(ctx: Ctx, count: number): Promise<void> {
  const { tx, random, committeeId, now } = ctx;
  const known = await tx.delegation.findMany({
    where: { committeeId },
    select: { isoCode: true, name: true },
  });
  const aliases = new Set(
    (await tx.delegationAlias.findMany({ where: { committeeId } })).map((a) => a.alias),
  );
  for (const d of known) aliases.add(aliasKey(d.name));
  const codes = new Set(known.map((d) => d.isoCode));
  const pool = countries().filter(([code, name]) => !codes.has(code) && !aliases.has(aliasKey(name)));
  if (pool.length < count) throw new Error(`only ${pool.length} countries left for ${count} coalitions`);
  const chosen = random.sample(pool, count);
  // No ISO-code aliases: two-letter codes ("IN", "TO", "BE") would read as words in plain questions.
  const affected = await tx.delegation.createManyAndReturn({
    data: chosen.map(([isoCode, name], i) => ({
      committeeId,
      name,
      kind: "state",
      isoCode,
      treatyStatus: random.pick(TREATY_STATUSES),
      isMember: false,
      listOrder: 1000 + i,
    })),
    select: { id: true, name: true },
  });
  await addPersons(
    ctx,
    affected.map((d) => d.id),
    "observer",
  );
  const editors = ctx.persons.filter((p) => ctx.members.some((m) => m.id === p.delegationId));
  const coalitions = await tx.countryCoalition.createManyAndReturn({
    data: affected.map((d) => {
      const year = random.int(2014, 2017);
      return {
        committeeId,
        name: d.name,
        affectedDelegationId: d.id,
        phase: random.pick(COALITION_PHASES),
        challenges: random.sample(CHALLENGES, random.int(1, 3)).join("\n"),
        nationalStrategyRef: random.chance(0.3) ? `National Mine Action Strategy ${year}-${year + 5}` : null,
        nextStep: `${d.name} and its partners to ${random.pick(["agree an operational plan", "hold a country-specific seminar", "complete the needs assessment", "present a funding request"])}.`,
        visibility: "committee",
        updatedAt: new Date(now.getTime() - random.int(1, 700) * DAY_MS),
        updatedById: random.pick(editors).id,
      };
    }),
    select: { id: true, name: true, affectedDelegationId: true },
  });
  const members: { coalitionId: number; delegationId: number; role: string }[] = [];
  const activities: {
    coalitionId: number;
    title: string;
    areaId: number | null;
    fundingChannel: string | null;
    status: string;
    period: string;
    place: string | null;
    position: number;
  }[] = [];
  for (const c of coalitions) {
    const [lead, ...donors] = random.sample(ctx.memberStates, random.int(2, 4));
    const hasLead = random.chance(0.7);
    members.push({ coalitionId: c.id, delegationId: c.affectedDelegationId, role: "affected" });
    if (hasLead && lead) members.push({ coalitionId: c.id, delegationId: lead, role: "lead" });
    for (const donor of donors) members.push({ coalitionId: c.id, delegationId: donor, role: "donor" });
    if (ctx.organisations.length && random.chance(0.6))
      members.push({
        coalitionId: c.id,
        delegationId: random.pick(ctx.organisations),
        role: random.pick(["io", "operator", "expert"]),
      });
    for (const [position, title] of random.sample(ACTIVITIES, random.int(2, 5)).entries()) {
      activities.push({
        coalitionId: c.id,
        title: `${title} (${c.name})`,
        areaId: random.chance(0.5) ? random.pick(ctx.areas).id : null,
        fundingChannel: random.chance(0.5) ? random.pick(DONORS) : null,
        status: random.pick(["planned", "under-way", "held", "held"]),
        period: `${random.pick(["March", "June", "September", "November"])} ${random.int(2015, 2018)}`,
        place: random.chance(0.6) ? random.pick(CITIES) : null,
        position: position + 1,
      });
    }
    ctx.coalitions.push({
      id: c.id,
      name: c.name,
      affectedId: c.affectedDelegationId,
      leadId: hasLead ? (lead ?? null) : null,
    });
  }
  await inBatches(members, (batch) => tx.coalitionMember.createMany({ data: batch }));
  await inBatches(activities, (batch) => tx.coalitionActivity.createMany({ data: batch }));
}

/** Nine in ten people linked to a Slack account, and a committee channel to post in. */
export async function addChatAccounts(ctx: Ctx): Promise<void> {
  const { tx, committeeId, now } = ctx;
  const linked = ctx.persons.filter((_, i) => i % 10 !== 9);
  await inBatches(linked, (batch) =>
    tx.chatIdentity.createMany({
      data: batch.map((p) => ({
        personId: p.id,
        platform: "slack",
        workspaceId: "T0BENCH",
        userId: `U${p.id}`,
      })),
    }),
  );
  await tx.chatConversation.create({
    data: {
      committeeId,
      platform: "slack",
      workspaceId: "T0BENCH",
      conversationId: "C0COMMITTEE",
      kind: "channel",
      purpose: "committee",
      updatedAt: now,
    },
  });
}
