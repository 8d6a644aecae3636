// The committee's records as answers read them, built part by part from the
// rows each part loads (src/read-model/load.ts): the rows are linked in place
// into the shapes the answers use (an action item with its owners and
// meetings, a meeting with its agenda, attendance and decisions...), never
// copied, and the pieces are shared: an owner's delegation is the same object
// as a coalition member's. A part is built again only when its rows or those
// of a part it links to were loaded again (DEPENDS), and rows are always
// fresh objects then, so linking in place never touches an older snapshot.
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
  MeetingCycleSettings,
  MeetingNote,
  Person,
  RecordPassage,
  ThematicArea,
  Update,
} from "../generated/prisma/client.ts";
import type { ActionRecord } from "../store/actions.ts";
import { type AgendaVersion, toVersion } from "../store/agenda-drafts.ts";
import type { CoalitionRecord } from "../store/coalitions.ts";
import { type CycleSettings, settingsOf } from "../store/cycle-settings.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import type { UpdateRecord } from "../store/updates.ts";
import { buildMinutes, type MinutesPart, type MinutesRows } from "./minutes.ts";

type PersonWithDelegation = Person & { delegation: Delegation };

/** What each part links its rows to; a part is rebuilt whenever one of these is. */
export const DEPENDS = {
  directory: [],
  coalitions: ["directory"],
  meetings: ["directory", "coalitions"],
  actions: ["directory", "coalitions", "meetings"],
  updates: ["directory", "coalitions"],
  passages: [],
  cycle: [],
  minutes: [],
} as const satisfies Record<string, readonly string[]>;

export type RecordPart = keyof typeof DEPENDS;

/** The parts in an order where each comes after those it depends on. */
export const RECORD_PARTS: readonly RecordPart[] = [
  "directory",
  "coalitions",
  "meetings",
  "actions",
  "updates",
  "passages",
  "cycle",
  "minutes",
];

export interface PartRows {
  directory: { delegations: Delegation[]; persons: Person[]; areas: ThematicArea[] };
  coalitions: { coalitions: CountryCoalition[]; members: CoalitionMember[]; activities: CoalitionActivity[] };
  meetings: {
    meetings: Meeting[];
    agendaItems: AgendaItem[];
    attendances: Attendance[];
    decisions: Decision[];
    notes: MeetingNote[];
    agendaVersions: (AgendaDraftVersion & { createdBy: Person | null })[];
  };
  actions: { actions: ActionItem[]; owners: ActionOwner[] };
  updates: { updates: Update[] };
  passages: { passages: RecordPassage[] };
  cycle: { settings: MeetingCycleSettings | null };
  minutes: MinutesRows;
}

interface DirectoryPart {
  delegations: ReadonlyMap<number, Delegation>;
  areas: ReadonlyMap<number, ThematicArea>;
  persons: ReadonlyMap<number, Person>;
  withDelegation: ReadonlyMap<number, PersonWithDelegation>;
}

interface CoalitionsPart {
  list: CoalitionRecord[];
  byId: ReadonlyMap<number, CoalitionRecord>;
}

interface MeetingsPart {
  list: MeetingRecord[];
  byId: ReadonlyMap<number, MeetingRecord>;
  agendaItems: ReadonlyMap<number, AgendaItem>;
  notesByMeeting: ReadonlyMap<number, readonly MeetingNote[]>;
  latestAgenda: ReadonlyMap<number, AgendaVersion>;
}

interface ActionsPart {
  list: ActionRecord[];
  byNumber: ReadonlyMap<number, ActionRecord>;
  index: ActionIndex;
}

export interface Built {
  directory: DirectoryPart;
  coalitions: CoalitionsPart;
  meetings: MeetingsPart;
  actions: ActionsPart;
  updates: ReadonlyMap<number, readonly UpdateRecord[]>;
  passages: readonly RecordPassage[];
  cycle: CycleSettings;
  minutes: MinutesPart;
}

export interface ActionIndex {
  byStatus: ReadonlyMap<string, readonly ActionRecord[]>;
  byCoalition: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Filed under the area, or under an agenda item of it. */
  byArea: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Owned by the delegation, or by one of its persons. */
  byOwnerDelegation: ReadonlyMap<number, readonly ActionRecord[]>;
  byOwnerPerson: ReadonlyMap<number, readonly ActionRecord[]>;
  /** Open items with a due date, earliest first. */
  openDated: readonly ActionRecord[];
  /** Open items due by a meeting that is not cancelled, earliest meeting first. */
  openByMeeting: readonly ActionRecord[];
}

export interface Records {
  committeeId: number;
  /** By name, as the database's collation orders them. */
  coalitions: readonly CoalitionRecord[];
  coalitionById: ReadonlyMap<number, CoalitionRecord>;
  /** By number. */
  actions: readonly ActionRecord[];
  actionByNumber: ReadonlyMap<number, ActionRecord>;
  /** Indexes of `actions` (each list by number), so a listing reads only its candidates. */
  actionIndex: ActionIndex;
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
  /** The meeting-cycle settings: when updates are asked for and the agenda draft goes out. */
  cycle: CycleSettings;
  /** Circulated minutes versions, comments on them and corrections, by meeting. */
  minutes: MinutesPart;
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

function push<T>(map: Map<number | string, T[]>, key: number | string | null | undefined, value: T): void {
  if (key === null || key === undefined) return;
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** `actions` must be in number order: every list keeps it. */
function indexActions(actions: readonly ActionRecord[]): ActionIndex {
  const byStatus = new Map<string, ActionRecord[]>();
  const byCoalition = new Map<number, ActionRecord[]>();
  const byArea = new Map<number, ActionRecord[]>();
  const byOwnerDelegation = new Map<number, ActionRecord[]>();
  const byOwnerPerson = new Map<number, ActionRecord[]>();
  for (const action of actions) {
    push(byStatus as Map<number | string, ActionRecord[]>, action.status, action);
    push(byCoalition as Map<number | string, ActionRecord[]>, action.coalitionId, action);
    push(byArea as Map<number | string, ActionRecord[]>, action.areaId, action);
    push(byArea as Map<number | string, ActionRecord[]>, action.agendaItem?.areaId, action);
    for (const owner of action.owners) {
      push(byOwnerDelegation as Map<number | string, ActionRecord[]>, owner.delegationId, action);
      push(byOwnerDelegation as Map<number | string, ActionRecord[]>, owner.person?.delegationId, action);
      push(byOwnerPerson as Map<number | string, ActionRecord[]>, owner.personId, action);
    }
  }
  const open = byStatus.get("open") ?? [];
  const openDated = open
    .filter((a) => a.dueKind === "date" && a.dueOn !== null)
    .sort((a, b) => compareText(a.dueOn ?? "", b.dueOn ?? "") || a.number - b.number);
  const openByMeeting = open
    .filter(
      (a) => a.dueKind === "next-meeting" && a.dueMeeting !== null && a.dueMeeting.status !== "cancelled",
    )
    .sort(
      (a, b) =>
        (a.dueMeeting?.startsAt.getTime() ?? 0) - (b.dueMeeting?.startsAt.getTime() ?? 0) ||
        a.number - b.number,
    );
  return { byStatus, byCoalition, byArea, byOwnerDelegation, byOwnerPerson, openDated, openByMeeting };
}

function buildDirectory(rows: PartRows["directory"]): DirectoryPart {
  const delegations = byId(rows.delegations);
  const withDelegation = new Map<number, PersonWithDelegation>();
  for (const person of rows.persons) {
    const linked = person as PersonWithDelegation;
    linked.delegation = must(delegations, person.delegationId, "delegation");
    withDelegation.set(person.id, linked);
  }
  return { delegations, areas: byId(rows.areas), persons: byId(rows.persons), withDelegation };
}

function buildCoalitions(rows: PartRows["coalitions"], dir: DirectoryPart): CoalitionsPart {
  const membersOf = groupBy(rows.members, (m) => m.coalitionId);
  const activitiesOf = groupBy(rows.activities, (a) => a.coalitionId);
  const list = rows.coalitions.map((row) =>
    Object.assign(row, {
      affected: must(dir.delegations, row.affectedDelegationId, "delegation"),
      updatedBy: pick(dir.withDelegation, row.updatedById),
      members: (membersOf.get(row.id) ?? [])
        .sort((a, b) => a.id - b.id)
        .map((m) => Object.assign(m, { delegation: must(dir.delegations, m.delegationId, "delegation") })),
      activities: (activitiesOf.get(row.id) ?? [])
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((a) => Object.assign(a, { area: pick(dir.areas, a.areaId) })),
    }),
  );
  return { list, byId: byId(list) };
}

function buildMeetings(
  rows: PartRows["meetings"],
  dir: DirectoryPart,
  coalitions: CoalitionsPart,
): MeetingsPart {
  const meetingRows = byId(rows.meetings);
  const agendaItems = byId(rows.agendaItems);
  const agendaOf = groupBy(rows.agendaItems, (i) => i.meetingId);
  const attendanceOf = groupBy(rows.attendances, (a) => a.meetingId);
  const decisionsOf = groupBy(rows.decisions, (d) => d.meetingId);
  const list = rows.meetings
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)
    .map((m) =>
      Object.assign(m, {
        previous: pick(meetingRows, m.previousMeetingId),
        agendaItems: (agendaOf.get(m.id) ?? [])
          .sort((a, b) => a.position - b.position || a.id - b.id)
          .map((i) =>
            Object.assign(i, {
              area: pick(dir.areas, i.areaId),
              coalition: pick(coalitions.byId, i.coalitionId),
            }),
          ),
        attendances: (attendanceOf.get(m.id) ?? []).map((a) =>
          Object.assign(a, { person: must(dir.withDelegation, a.personId, "person") }),
        ),
        decisions: (decisionsOf.get(m.id) ?? [])
          .sort((a, b) => a.id - b.id)
          .map((d) => Object.assign(d, { agendaItem: pick(agendaItems, d.agendaItemId) })),
      }),
    );
  const latestAgenda = new Map<number, AgendaVersion>();
  for (const row of rows.agendaVersions) {
    const kept = latestAgenda.get(row.meetingId);
    if (!kept || kept.version < row.version) latestAgenda.set(row.meetingId, toVersion(row));
  }
  return {
    list,
    byId: byId(list),
    agendaItems,
    notesByMeeting: groupBy(
      rows.notes.sort((a, b) => a.id - b.id),
      (n) => n.meetingId,
    ),
    latestAgenda,
  };
}

function buildActions(
  rows: PartRows["actions"],
  dir: DirectoryPart,
  coalitions: CoalitionsPart,
  meetings: MeetingsPart,
): ActionsPart {
  const ownersOf = groupBy(rows.owners, (o) => o.actionId);
  const list = rows.actions
    .sort((a, b) => a.number - b.number)
    .map((a) =>
      Object.assign(a, {
        owners: (ownersOf.get(a.id) ?? [])
          .sort((x, y) => x.listOrder - y.listOrder || x.id - y.id)
          .map((o) =>
            Object.assign(o, {
              delegation: pick(dir.delegations, o.delegationId),
              person: pick(dir.withDelegation, o.personId),
            }),
          ),
        dueMeeting: pick(meetings.byId, a.dueMeetingId),
        sourceMeeting: pick(meetings.byId, a.sourceMeetingId),
        agendaItem: pick(meetings.agendaItems, a.agendaItemId),
        area: pick(dir.areas, a.areaId),
        coalition: pick(coalitions.byId, a.coalitionId),
        completedBy: pick(dir.persons, a.completedById),
      }),
    );
  return { list, byNumber: new Map(list.map((a) => [a.number, a])), index: indexActions(list) };
}

function buildUpdates(
  rows: PartRows["updates"],
  dir: DirectoryPart,
  coalitions: CoalitionsPart,
): Map<number, UpdateRecord[]> {
  const byMeeting = new Map<number, UpdateRecord[]>();
  const updates = rows.updates.sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id,
  );
  for (const u of updates) {
    const record = Object.assign(u, {
      author: must(dir.withDelegation, u.authorId, "person"),
      area: pick(dir.areas, u.areaId),
      coalition: pick(coalitions.byId, u.coalitionId),
    });
    const list = byMeeting.get(u.meetingId);
    if (list) list.push(record);
    else byMeeting.set(u.meetingId, [record]);
  }
  return byMeeting;
}

const BUILDERS: { [P in RecordPart]: (rows: PartRows[P], built: Partial<Built>) => Built[P] } = {
  directory: (rows) => buildDirectory(rows),
  coalitions: (rows, built) => buildCoalitions(rows, need(built, "directory")),
  meetings: (rows, built) => buildMeetings(rows, need(built, "directory"), need(built, "coalitions")),
  actions: (rows, built) =>
    buildActions(rows, need(built, "directory"), need(built, "coalitions"), need(built, "meetings")),
  updates: (rows, built) => buildUpdates(rows, need(built, "directory"), need(built, "coalitions")),
  passages: (rows) =>
    rows.passages.sort((a, b) => compareText(a.source, b.source) || a.position - b.position),
  cycle: (rows) => settingsOf(rows.settings),
  minutes: (rows) => buildMinutes(rows),
};

function need<Q extends RecordPart>(built: Partial<Built>, part: Q): Built[Q] {
  const found = built[part];
  if (!found) throw new Error(`the ${part} part must be built before the parts that link to it`);
  return found as Built[Q];
}

/** Builds one part from its freshly loaded rows (linked in place) and the parts it depends on, already built. */
export function buildPart<P extends RecordPart>(part: P, rows: PartRows[P], built: Partial<Built>): Built[P] {
  return (BUILDERS[part] as (rows: PartRows[P], built: Partial<Built>) => Built[P])(rows, built);
}

export function recordsOf(committeeId: number, built: Built): Records {
  return {
    committeeId,
    coalitions: built.coalitions.list,
    coalitionById: built.coalitions.byId,
    actions: built.actions.list,
    actionByNumber: built.actions.byNumber,
    actionIndex: built.actions.index,
    meetings: built.meetings.list,
    meetingById: built.meetings.byId,
    notesByMeeting: built.meetings.notesByMeeting,
    latestAgenda: built.meetings.latestAgenda,
    updatesByMeeting: built.updates,
    passages: built.passages,
    cycle: built.cycle,
    minutes: built.minutes,
  };
}
