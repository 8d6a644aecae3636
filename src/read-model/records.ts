// The committee's records as answers read them: every row loaded once, then
// put together in memory into the shapes the answers use (an action item
// with its owners and meetings, a meeting with its agenda, attendance and
// decisions...). The pieces are shared, not copied: the delegation of an
// owner is the same object as the delegation of a coalition member, so the
// large committee (5,000 action items, 20,000 updates) stays a few MB.
import type {
  ActionItem,
  ActionOwner,
  AgendaDraftVersion,
  AgendaItem,
  Attendance,
  CoalitionActivity,
  CoalitionMember,
  CountryCoalition,
  Decision,
  Delegation,
  Meeting,
  MeetingNote,
  Person,
  RecordPassage,
  ThematicArea,
  Update,
} from "../generated/prisma/client.ts";
import type { ActionRecord } from "../store/actions.ts";
import { type AgendaVersion, toVersion } from "../store/agenda-drafts.ts";
import type { CoalitionRecord } from "../store/coalitions.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import type { UpdateRecord } from "../store/updates.ts";

type PersonWithDelegation = Person & { delegation: Delegation };

/** The rows of each table the records are made of, as loaded (src/read-model/load.ts). */
export interface RecordRows {
  committeeId: number;
  delegations: Delegation[];
  persons: Person[];
  areas: ThematicArea[];
  coalitions: CountryCoalition[];
  members: CoalitionMember[];
  activities: CoalitionActivity[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  attendances: Attendance[];
  decisions: Decision[];
  notes: MeetingNote[];
  agendaVersions: (AgendaDraftVersion & { createdBy: Person | null })[];
  actions: ActionItem[];
  owners: ActionOwner[];
  updates: Update[];
  passages: RecordPassage[];
}

export interface Records {
  committeeId: number;
  /** By name, as the database's collation orders them. */
  coalitions: readonly CoalitionRecord[];
  coalitionById: ReadonlyMap<number, CoalitionRecord>;
  /** By number. */
  actions: readonly ActionRecord[];
  actionByNumber: ReadonlyMap<number, ActionRecord>;
  /** Oldest first. */
  meetings: readonly MeetingRecord[];
  meetingById: ReadonlyMap<number, MeetingRecord>;
  /** A meeting's notes under its items, oldest first. */
  notesByMeeting: ReadonlyMap<number, readonly MeetingNote[]>;
  /** The current version of a meeting's agenda draft, for meetings whose draft was edited. */
  latestAgenda: ReadonlyMap<number, AgendaVersion>;
  /** A meeting's updates, first submitted first. */
  updatesByMeeting: ReadonlyMap<number, readonly UpdateRecord[]>;
  /** By source, then position. */
  passages: readonly RecordPassage[];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number | null): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function byId<T extends { id: number }>(rows: readonly T[]): Map<number, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function pick<T>(map: ReadonlyMap<number, T>, id: number | null): T | null {
  return id === null ? null : (map.get(id) ?? null);
}

function must<T>(map: ReadonlyMap<number, T>, id: number, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${what} ${id} is missing from the records`);
  return found;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assembleRecords(rows: RecordRows): Records {
  const delegations = byId(rows.delegations);
  const areas = byId(rows.areas);
  const coalitionRows = byId(rows.coalitions);
  const meetingRows = byId(rows.meetings);
  const agendaRows = byId(rows.agendaItems);
  const persons = byId(rows.persons);
  const withDelegation = new Map<number, PersonWithDelegation>();
  for (const person of rows.persons) {
    withDelegation.set(person.id, {
      ...person,
      delegation: must(delegations, person.delegationId, "delegation"),
    });
  }

  const membersOf = groupBy(rows.members, (m) => m.coalitionId);
  const activitiesOf = groupBy(rows.activities, (a) => a.coalitionId);
  const coalitions: CoalitionRecord[] = rows.coalitions.map((c) => ({
    ...c,
    affected: must(delegations, c.affectedDelegationId, "delegation"),
    updatedBy: pick(withDelegation, c.updatedById),
    members: (membersOf.get(c.id) ?? [])
      .sort((a, b) => a.id - b.id)
      .map((m) => ({ ...m, delegation: must(delegations, m.delegationId, "delegation") })),
    activities: (activitiesOf.get(c.id) ?? [])
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((a) => ({ ...a, area: pick(areas, a.areaId) })),
  }));

  const agendaOf = groupBy(rows.agendaItems, (i) => i.meetingId);
  const attendanceOf = groupBy(rows.attendances, (a) => a.meetingId);
  const decisionsOf = groupBy(rows.decisions, (d) => d.meetingId);
  const meetings: MeetingRecord[] = [...rows.meetings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)
    .map((m) => ({
      ...m,
      previous: pick(meetingRows, m.previousMeetingId),
      agendaItems: (agendaOf.get(m.id) ?? [])
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((i) => ({ ...i, area: pick(areas, i.areaId), coalition: pick(coalitionRows, i.coalitionId) })),
      attendances: (attendanceOf.get(m.id) ?? []).map((a) => ({
        ...a,
        person: must(withDelegation, a.personId, "person"),
      })),
      decisions: (decisionsOf.get(m.id) ?? [])
        .sort((a, b) => a.id - b.id)
        .map((d) => ({ ...d, agendaItem: pick(agendaRows, d.agendaItemId) })),
    }));

  const ownersOf = groupBy(rows.owners, (o) => o.actionId);
  const actions: ActionRecord[] = [...rows.actions]
    .sort((a, b) => a.number - b.number)
    .map((a) => ({
      ...a,
      owners: (ownersOf.get(a.id) ?? [])
        .sort((x, y) => x.listOrder - y.listOrder || x.id - y.id)
        .map((o) => ({
          ...o,
          delegation: pick(delegations, o.delegationId),
          person: pick(withDelegation, o.personId),
        })),
      dueMeeting: pick(meetingRows, a.dueMeetingId),
      sourceMeeting: pick(meetingRows, a.sourceMeetingId),
      agendaItem: pick(agendaRows, a.agendaItemId),
      area: pick(areas, a.areaId),
      coalition: pick(coalitionRows, a.coalitionId),
      completedBy: pick(persons, a.completedById),
    }));

  const updatesByMeeting = new Map<number, UpdateRecord[]>();
  const updates = [...rows.updates].sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id,
  );
  for (const u of updates) {
    const record: UpdateRecord = {
      ...u,
      author: must(withDelegation, u.authorId, "person"),
      area: pick(areas, u.areaId),
      coalition: pick(coalitionRows, u.coalitionId),
    };
    const list = updatesByMeeting.get(u.meetingId);
    if (list) list.push(record);
    else updatesByMeeting.set(u.meetingId, [record]);
  }

  const notesByMeeting = groupBy(
    [...rows.notes].sort((a, b) => a.id - b.id),
    (n) => n.meetingId,
  );
  const latestAgenda = new Map<number, AgendaVersion>();
  for (const row of rows.agendaVersions) {
    const kept = latestAgenda.get(row.meetingId);
    if (!kept || kept.version < row.version) latestAgenda.set(row.meetingId, toVersion(row));
  }

  return {
    committeeId: rows.committeeId,
    coalitions,
    coalitionById: byId(coalitions),
    actions,
    actionByNumber: new Map(actions.map((a) => [a.number, a])),
    meetings,
    meetingById: byId(meetings),
    notesByMeeting,
    latestAgenda,
    updatesByMeeting,
    passages: [...rows.passages].sort((a, b) => compareText(a.source, b.source) || a.position - b.position),
  };
}
