// The committee's records as answers read them, built part by part from the
// rows each part loads (src/read-model/load.ts): the rows are linked in place
// into the shapes the answers use (an action item with its owners and
// meetings, a meeting with its agenda, attendance and decisions...), never
// copied, and the pieces are shared: an owner's delegation is the same object
// as a coalition member's. A part is built again only when its rows or those
// of a part it links to were loaded again (DEPENDS), and rows are always
// fresh objects then, so linking in place never touches an older snapshot.
import type {
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
import {
  type ActionIndex,
  type ActionLinks,
  type ActionRows,
  type ActionsPart,
  buildActions,
  type NumberLookup,
} from "./actions-part.ts";
import { byId, compareText, groupBy, must, pick } from "./linking.ts";
import { buildMinutes, type MinutesPart, type MinutesRows } from "./minutes.ts";

export type { ActionIndex } from "./actions-part.ts";

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
  /** With the change log position the rows include (0 when read without one). */
  actions: ActionRows & { seenChange: number };
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

export interface Records {
  committeeId: number;
  /** By name, as the database's collation orders them. */
  coalitions: readonly CoalitionRecord[];
  coalitionById: ReadonlyMap<number, CoalitionRecord>;
  /** By number. */
  actions: readonly ActionRecord[];
  actionByNumber: NumberLookup;
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
  actions: (rows, built) => buildActions(rows, actionLinks(built), rows.seenChange),
  updates: (rows, built) => buildUpdates(rows, need(built, "directory"), need(built, "coalitions")),
  passages: (rows) =>
    rows.passages.sort((a, b) => compareText(a.source, b.source) || a.position - b.position),
  cycle: (rows) => settingsOf(rows.settings),
  minutes: (rows) => buildMinutes(rows),
};

/** What action items link to, from the parts they depend on. */
export function actionLinks(built: Partial<Built>): ActionLinks {
  const dir = need(built, "directory");
  const meetings = need(built, "meetings");
  return {
    delegations: dir.delegations,
    persons: dir.persons,
    withDelegation: dir.withDelegation,
    areas: dir.areas,
    coalitions: need(built, "coalitions").byId,
    meetings: meetings.byId,
    agendaItems: meetings.agendaItems,
  };
}

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
