// Seed data, part 2: meetings, the agenda, decisions and action items of
// 4 November 2016 (shared/seeds/001_…), and the Lao PDR country coalition as
// the Presidency's non-paper describes it (shared/seeds/000_…). Times are wall
// clock in the committee's zone (Europe/Zurich); the loader converts them to
// UTC. Delegations, areas and meetings are referred to by name, position and key.
import type {
  ActivityStatus,
  CoalitionMemberRole,
  CoalitionPhase,
  DueKind,
  MeetingStatus,
} from "../domain/vocabulary.ts";

/** "yyyy-mm-ddThh:mm", wall-clock time in the committee's zone. */
export type LocalTime = string;

export interface MeetingSeed {
  /** How the other records refer to this meeting. */
  key: string;
  startsAt: LocalTime;
  endsAt: LocalTime | null;
  /** False when only the date is on record. */
  timeKnown: boolean;
  place: string | null;
  status: MeetingStatus;
  previous: string | null;
  /** When the committee approved this meeting's minutes; null if not yet. */
  minutesApprovedAt: LocalTime | null;
  /** True when every person of the seed attended (the minutes' "1. PRESENT"). */
  everyoneListedAttended: boolean;
}

export interface AgendaItemSeed {
  number: string;
  title: string;
  /** Thematic area position (1..8). */
  area?: number;
}

export interface DecisionSeed {
  agendaItem: string;
  text: string;
}

export interface ActionSeed {
  number: number;
  text: string;
  agendaItem: string;
  area?: number;
  /** Delegation names, in order; "all coordinators" is spelled out. */
  owners: string[];
  dueKind: DueKind;
  dueMeeting?: string;
  /** yyyy-mm-dd in the committee's zone. */
  dueOn?: string;
}

export interface CoalitionSeed {
  name: string;
  affected: string;
  phase: CoalitionPhase;
  /** One per line in the record. */
  challenges: string[];
  nationalStrategyRef: string | null;
  nextStep: string | null;
  visibility: "committee";
  updatedAt: LocalTime;
  members: { delegation: string; role: CoalitionMemberRole }[];
  activities: {
    title: string;
    period: string | null;
    place: string | null;
    /** Thematic area position (1..8). */
    area: number | null;
    fundingChannel: string | null;
    status: ActivityStatus;
  }[];
}

const PERMANENT_MISSION = "Permanent Mission of the Federal Republic of Germany";

export const MEETINGS: MeetingSeed[] = [
  {
    // Known only from item 3 of the minutes of 4 November: its date.
    key: "2016-09-27",
    startsAt: "2016-09-27T00:00",
    endsAt: null,
    timeKnown: false,
    place: null,
    status: "held",
    previous: null,
    // Approved at the meeting of 4 November 2016 (item 3); stamped with that meeting's end.
    minutesApprovedAt: "2016-11-04T11:30",
    everyoneListedAttended: false,
  },
  {
    key: "2016-11-04",
    startsAt: "2016-11-04T10:00",
    endsAt: "2016-11-04T11:30",
    timeKnown: true,
    place: PERMANENT_MISSION,
    status: "held",
    previous: "2016-09-27",
    minutesApprovedAt: null,
    everyoneListedAttended: true,
  },
  {
    // Item 8 of the minutes of 4 November 2016.
    key: "2016-12-07",
    startsAt: "2016-12-07T10:00",
    endsAt: "2016-12-07T11:30",
    timeKnown: true,
    place: PERMANENT_MISSION,
    status: "scheduled",
    previous: "2016-11-04",
    minutesApprovedAt: null,
    everyoneListedAttended: false,
  },
];

/** The meeting of 4 November 2016, numbered as its minutes number it. */
export const AGENDA_MEETING = "2016-11-04";

export const AGENDA: AgendaItemSeed[] = [
  { number: "1", title: "Present" },
  { number: "2", title: "Opening Remarks by the President" },
  { number: "3", title: "Approval of the Minutes of 27 September 2016" },
  { number: "4", title: "Updates from the 7MSP Presidency" },
  {
    number: "5",
    title: "Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP",
  },
  { number: "5.1", title: "Victim Assistance (Italy and Chile)", area: 1 },
  { number: "5.2", title: "Universalization (France and Zambia)", area: 2 },
  { number: "5.3", title: "Stockpile Destruction (Croatia and Mexico)", area: 3 },
  { number: "5.4", title: "Clearance and Risk Reduction Education (Norway and Netherlands)", area: 4 },
  { number: "5.5", title: "International Cooperation and Assistance (Iraq and Australia)", area: 5 },
  { number: "5.6", title: "Transparency Measures (Costa Rica)", area: 6 },
  { number: "5.7", title: "National Implementation Measures (New Zealand)", area: 7 },
  { number: "5.8", title: "Country Coalitions Non paper (Presidency)" },
  { number: "6", title: "Implementation of the ISU-CCM Financial Decision" },
  { number: "7", title: "Update from the ISU-CCM" },
  { number: "8", title: "Date of the Next CC Meeting" },
];

/** Stamped with the end of the meeting of 4 November 2016. */
export const RECORDED_AT: LocalTime = "2016-11-04T11:30";

export const DECISIONS: DecisionSeed[] = [
  {
    agendaItem: "3",
    text: "The draft Minutes of the meeting of 27 September 2016 were approved without comments as a correct record.",
  },
  {
    agendaItem: "4",
    text:
      "The President proposed that the thematic concept notes be discussed and adapted as necessary based on " +
      "any comments from the other Committee members before the final versions were uploaded on the " +
      "Convention's website alongside an executive summary.",
  },
  {
    agendaItem: "8",
    text:
      "The next meeting of the Coordination Committee would be held on Wednesday, 7 December 2016 from 10:00 " +
      "to 11:30 at the Permanent Mission of the Federal Republic of Germany.",
  },
];

const ALL_COORDINATORS = [
  "Italy",
  "Chile",
  "France",
  "Zambia",
  "Croatia",
  "Mexico",
  "Norway",
  "Netherlands",
  "Iraq",
  "Australia",
  "Costa Rica",
  "New Zealand",
  "Bosnia and Herzegovina",
  "Switzerland",
];

export const ACTIONS: ActionSeed[] = [
  {
    number: 1,
    text: "Turn the thematic concept notes into operational plans",
    agendaItem: "5",
    owners: ALL_COORDINATORS,
    dueKind: "next-meeting",
    dueMeeting: "2016-12-07",
  },
  {
    number: 2,
    text: "Turn the country-coalitions non-paper into an operational plan; possibly identify lead countries",
    agendaItem: "5.8",
    owners: ["Germany", "ISU-CCM"],
    dueKind: "next-meeting",
    dueMeeting: "2016-12-07",
  },
  {
    number: 3,
    text: "Meet before the next meeting to fine-tune the approach on universalization",
    agendaItem: "5.2",
    area: 2,
    owners: ["Germany", "France", "Zambia"],
    dueKind: "next-meeting",
    dueMeeting: "2016-12-07",
  },
  {
    number: 4,
    text: "Seek advice from capitals on publishing the status of ISU-CCM contributions as UNOG does, and answer by the December meeting",
    agendaItem: "6",
    owners: ALL_COORDINATORS,
    dueKind: "next-meeting",
    dueMeeting: "2016-12-07",
  },
  {
    number: 5,
    text: "Send individual letters to the States Parties that have not paid their ISU-CCM contributions",
    agendaItem: "6",
    owners: ["Germany", "ISU-CCM"],
    dueKind: "none",
  },
  {
    number: 6,
    text: "Help identify ways to address the ISU-CCM funding shortfall and re-examine the issue with UNOG at the beginning of 2017",
    agendaItem: "6",
    area: 8,
    owners: ["Bosnia and Herzegovina", "Switzerland"],
    dueKind: "date",
    dueOn: "2017-01-31",
  },
  {
    number: 7,
    text: "Define a target list of countries for transparency reporting",
    agendaItem: "5.6",
    area: 6,
    owners: ["Costa Rica", "ISU-CCM"],
    dueKind: "none",
  },
  {
    number: 8,
    text: "Develop a consolidated target list of States Parties on national implementation legislation",
    agendaItem: "5.7",
    area: 7,
    owners: ["New Zealand", "ISU-CCM"],
    dueKind: "none",
  },
];

export const COALITIONS: CoalitionSeed[] = [
  {
    name: "Lao PDR",
    affected: "Lao PDR",
    phase: "regional-seminar",
    challenges: ["Destruction of cluster munitions", "Clearance of cluster munitions"],
    // The non-paper wants a national strategy document to guide a coalition but names none.
    nationalStrategyRef: null,
    nextStep:
      "Lao PDR with the coordinators on clearance and on international cooperation and assistance to " +
      "investigate a country-specific seminar to further operationalize the concept in a needs-based approach.",
    visibility: "committee",
    updatedAt: "2016-11-04T11:30",
    // The non-paper names no lead or donor for Lao PDR yet.
    members: [{ delegation: "Lao PDR", role: "affected" }],
    activities: [
      {
        title: "Regional seminar in Bangkok",
        period: "March 2017",
        place: "Bangkok",
        area: null,
        fundingChannel: "European Union",
        status: "held",
      },
      {
        title: "Regional seminar in Zagreb (RACVIAC)",
        period: "June 2017",
        place: "Zagreb",
        area: null,
        fundingChannel: "Presidency (Germany)",
        status: "held",
      },
      {
        title: "Informal closed meeting promoting country coalitions at the APMBC intersessional meeting",
        period: "June 2017",
        place: null,
        area: 5,
        fundingChannel: null,
        status: "held",
      },
      {
        title: "Country-specific seminar for Lao PDR",
        period: null,
        place: null,
        area: 4,
        fundingChannel: null,
        status: "planned",
      },
    ],
  },
];
