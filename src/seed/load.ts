// Writes the CCM seed (ccm-2016.ts, ccm-2016-records.ts) in one transaction,
// with one audit row. Refers to delegations by name, areas by position and
// meetings by key, and throws on a reference the data does not define.
import { TZDate } from "@date-fns/tz";
import { aliasKey } from "../domain/names.ts";
import type { Tx } from "../store/audit.ts";
import { recordAudit } from "../store/audit.ts";
import type { Db } from "../store/open.ts";
import { AREAS, COMMITTEE, DELEGATION_ALIASES, MEMBER_DELEGATIONS, OTHER_DELEGATIONS } from "./ccm-2016.ts";
import type { LocalTime } from "./ccm-2016-records.ts";
import {
  ACTIONS,
  AGENDA,
  AGENDA_MEETING,
  COALITIONS,
  DECISIONS,
  MEETINGS,
  RECORDED_AT,
} from "./ccm-2016-records.ts";
import { seedPassages } from "./documents.ts";

const TRANSACTION_TIMEOUT_MS = 30_000;

/** True when the database holds no committee yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.committee.count()) === 0;
}

/** A wall-clock "yyyy-mm-ddThh:mm" in `timeZone` as a UTC instant. */
function instant(local: LocalTime, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Seed time "${local}" is not yyyy-mm-ddThh:mm.`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}

function lookup<T>(map: Map<string | number, T>, key: string | number, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`Seed data refers to unknown ${what} "${key}".`);
  return found;
}

/** Stores `texts` as alias keys of `ownerId`: repeats for the same owner are skipped, clashes refused. */
function aliasRows(taken: Map<string, number>, ownerId: number, texts: string[], what: string): string[] {
  const rows: string[] = [];
  for (const text of texts) {
    const key = aliasKey(text);
    if (key === "") throw new Error(`Alias "${text}" of ${what} folds to nothing.`);
    const holder = taken.get(key);
    if (holder === ownerId) continue;
    if (holder !== undefined) throw new Error(`Alias "${text}" of ${what} is already another ${what}'s.`);
    taken.set(key, ownerId);
    rows.push(key);
  }
  return rows;
}

export async function seedCommittee(db: Db, options: { now: Date }): Promise<{ committeeId: number }> {
  return db.$transaction(async (tx) => writeSeed(tx, options.now), { timeout: TRANSACTION_TIMEOUT_MS });
}

async function writeSeed(tx: Tx, now: Date): Promise<{ committeeId: number }> {
  const zone = COMMITTEE.timeZone;
  const committee = await tx.committee.create({
    data: {
      slug: COMMITTEE.slug,
      name: COMMITTEE.name,
      convention: COMMITTEE.convention,
      timeZone: zone,
      presidencyLabel: COMMITTEE.presidencyLabel,
    },
  });
  const committeeId = committee.id;

  // Delegations, their aliases, persons and committee roles.
  const delegationIds = new Map<string | number, number>();
  const personIds: number[] = [];
  const delegationAliases = new Map<string, number>();
  const seeds = [
    ...MEMBER_DELEGATIONS.map((seed) => ({ seed, isMember: true })),
    ...OTHER_DELEGATIONS.map((seed) => ({ seed, isMember: false })),
  ];
  for (const [index, { seed, isMember }] of seeds.entries()) {
    const delegation = await tx.delegation.create({
      data: {
        committeeId,
        name: seed.name,
        kind: seed.kind,
        isoCode: seed.isoCode ?? null,
        treatyStatus: seed.treatyStatus ?? null,
        isMember,
        listOrder: index + 1,
        label: seed.label ?? null,
      },
    });
    delegationIds.set(seed.name, delegation.id);
    const texts = [
      seed.name,
      ...(seed.isoCode ? [seed.isoCode] : []),
      ...(DELEGATION_ALIASES[seed.name] ?? []),
    ];
    for (const alias of aliasRows(delegationAliases, delegation.id, texts, "delegation")) {
      await tx.delegationAlias.create({ data: { committeeId, delegationId: delegation.id, alias } });
    }
    for (const [order, person] of (seed.persons ?? []).entries()) {
      const created = await tx.person.create({
        data: {
          committeeId,
          delegationId: delegation.id,
          honorific: person.honorific,
          name: person.name,
          familyName: person.familyName,
          position: person.position ?? null,
          pronoun: person.pronoun ?? null,
          listOrder: order + 1,
        },
      });
      personIds.push(created.id);
      if (seed.role)
        await tx.committeeRole.create({ data: { committeeId, personId: created.id, role: seed.role } });
    }
  }
  for (const name of Object.keys(DELEGATION_ALIASES)) lookup(delegationIds, name, "delegation");
  await tx.committee.update({
    where: { id: committeeId },
    data: { presidencyDelegationId: lookup(delegationIds, COMMITTEE.presidency, "delegation") },
  });

  // Thematic areas, their aliases and coordinators.
  const areaIds = new Map<string | number, number>();
  const areaAliases = new Map<string, number>();
  for (const seed of AREAS) {
    const area = await tx.thematicArea.create({
      data: { committeeId, name: seed.name, shortName: seed.shortName, position: seed.position },
    });
    areaIds.set(seed.position, area.id);
    for (const alias of aliasRows(
      areaAliases,
      area.id,
      [seed.name, seed.shortName, ...seed.aliases],
      "area",
    )) {
      await tx.thematicAreaAlias.create({ data: { committeeId, areaId: area.id, alias } });
    }
    for (const [order, name] of seed.coordinators.entries()) {
      const role = MEMBER_DELEGATIONS.find((d) => d.name === name)?.role;
      if (role !== "coordinator")
        throw new Error(`Coordinator ${name} of ${seed.name} lacks the coordinator role.`);
      await tx.areaCoordinator.create({
        data: {
          areaId: area.id,
          delegationId: lookup(delegationIds, name, "delegation"),
          listOrder: order + 1,
        },
      });
    }
  }
  const areaId = (position: number | null | undefined) =>
    position == null ? null : lookup(areaIds, position, "area position");

  // Meetings, in order, each linked to the one before.
  const meetingIds = new Map<string | number, number>();
  for (const seed of MEETINGS) {
    const meeting = await tx.meeting.create({
      data: {
        committeeId,
        startsAt: instant(seed.startsAt, zone),
        endsAt: seed.endsAt ? instant(seed.endsAt, zone) : null,
        timeKnown: seed.timeKnown,
        timeZone: zone,
        place: seed.place,
        status: seed.status,
        previousMeetingId: seed.previous ? lookup(meetingIds, seed.previous, "meeting") : null,
        minutesApprovedAt: seed.minutesApprovedAt ? instant(seed.minutesApprovedAt, zone) : null,
      },
    });
    meetingIds.set(seed.key, meeting.id);
    if (seed.everyoneListedAttended) {
      for (const personId of personIds)
        await tx.attendance.create({ data: { meetingId: meeting.id, personId } });
    }
  }

  // Country coalitions, their members and activities.
  for (const seed of COALITIONS) {
    const coalition = await tx.countryCoalition.create({
      data: {
        committeeId,
        name: seed.name,
        affectedDelegationId: lookup(delegationIds, seed.affected, "delegation"),
        phase: seed.phase,
        challenges: seed.challenges.join("\n"),
        nationalStrategyRef: seed.nationalStrategyRef,
        nextStep: seed.nextStep,
        visibility: seed.visibility,
        updatedAt: instant(seed.updatedAt, zone),
        updatedById: null,
      },
    });
    for (const member of seed.members) {
      await tx.coalitionMember.create({
        data: {
          coalitionId: coalition.id,
          delegationId: lookup(delegationIds, member.delegation, "delegation"),
          role: member.role,
        },
      });
    }
    for (const [index, activity] of seed.activities.entries()) {
      await tx.coalitionActivity.create({
        data: {
          coalitionId: coalition.id,
          title: activity.title,
          areaId: areaId(activity.area),
          fundingChannel: activity.fundingChannel,
          status: activity.status,
          period: activity.period,
          place: activity.place,
          position: index + 1,
        },
      });
    }
  }

  // The agenda of 4 November 2016, its decisions and action items.
  const recordedAt = instant(RECORDED_AT, zone);
  const agendaMeetingId = lookup(meetingIds, AGENDA_MEETING, "meeting");
  const agendaIds = new Map<string | number, number>();
  for (const [index, seed] of AGENDA.entries()) {
    const item = await tx.agendaItem.create({
      data: {
        meetingId: agendaMeetingId,
        number: seed.number,
        title: seed.title,
        position: index + 1,
        areaId: areaId(seed.area),
      },
    });
    agendaIds.set(seed.number, item.id);
  }
  for (const seed of DECISIONS) {
    await tx.decision.create({
      data: {
        meetingId: agendaMeetingId,
        agendaItemId: lookup(agendaIds, seed.agendaItem, "agenda item"),
        text: seed.text,
        createdAt: recordedAt,
      },
    });
  }
  for (const seed of ACTIONS) {
    const action = await tx.actionItem.create({
      data: {
        committeeId,
        number: seed.number,
        text: seed.text,
        dueKind: seed.dueKind,
        dueOn: seed.dueOn ?? null,
        dueMeetingId: seed.dueMeeting ? lookup(meetingIds, seed.dueMeeting, "meeting") : null,
        sourceMeetingId: agendaMeetingId,
        agendaItemId: lookup(agendaIds, seed.agendaItem, "agenda item"),
        areaId: areaId(seed.area),
        status: "open",
        createdAt: recordedAt,
      },
    });
    for (const [order, name] of seed.owners.entries()) {
      const delegationId = lookup(delegationIds, name, "delegation");
      await tx.actionOwner.create({
        data: {
          actionId: action.id,
          delegationId,
          ownerKey: `delegation:${delegationId}`,
          listOrder: order + 1,
        },
      });
    }
  }

  await seedPassages(tx, committeeId, agendaMeetingId);

  await recordAudit(
    tx,
    committeeId,
    { platform: "seed" },
    { action: "seed.load", entity: "committee", entityId: committeeId },
    now,
  );
  return { committeeId };
}
