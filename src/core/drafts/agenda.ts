// The agenda draft of a meeting: its items (on record, the latest edited
// version, or the committee's standard shape), each area's update summarised
// in one or two lines, and the open action items carried over, each under the
// item where it arose. What is still awaited and the carried-over items (with
// their handles and owners) are the secretariat's tracking: the chat shows
// them, the document for States does not. Reads the store and
// returns a neutral structure, so the chat command, the exports and the
// scheduler (which circulates the draft) share it.
import { longDate, shortDate } from "../../domain/format.ts";
import { sentencesOf } from "../../domain/sentences.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import { isDueBy, listActions } from "../../read-model/actions.ts";
import type { Records } from "../../read-model/records.ts";
import { listUpdatesForMeeting } from "../../read-model/updates.ts";
import type { ActionRecord } from "../../store/actions.ts";
import type { Directory } from "../../store/directory.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { UpdateRecord } from "../../store/updates.ts";
import { dueLabel, ownerLabel } from "../describe.ts";
import { openToCommittee, visibilityPhrase } from "../policy.ts";
import { type NumberedEntry, secretariatName } from "./agenda-items.ts";
import { agendaOf, loadMeeting, meetingHeading, placeOn } from "./meeting-agenda.ts";

export interface AgendaDraftItem extends NumberedEntry {
  /** One line each, circulated with the agenda: the summaries of the updates received. */
  notes: string[];
  /** For the secretariat only: "Update not yet received." (per area or coalition), carried-over action items. */
  tracking: string[];
}

export interface AgendaDraft {
  meetingId: number;
  /** "AGENDA OF THE CCM COORDINATION COMMITTEE MEETING" */
  title: string;
  /** "Wednesday 7 December 2016" */
  date: string;
  /** "Held on Wednesday 7 December 2016" */
  heldOn: string;
  /** "at the Permanent Mission of …, from 10:00 – 11:30 hours" */
  at: string;
  /** "record": the meeting's agenda as adopted; otherwise still a draft. */
  source: "record" | "version" | "generated";
  /** The draft version shown; null when never edited or on record. */
  version: number | null;
  items: AgendaDraftItem[];
  /** "Draft of 21 November 2016" */
  preparedOn: string;
  /** The file's author and dates: the secretariat ("ISU-CCM"), as of the injected clock. */
  preparedBy: string;
  preparedAt: Date;
}

/** Two sentences at most, 280 characters at most: one or two lines on a printed agenda. */
export function summarise(body: string): string {
  const two = sentencesOf(body).slice(0, 2).join(" ");
  return two.length > 280 ? `${two.slice(0, 277).trimEnd()}…` : two;
}

/** Open items from earlier meetings, or due by this one. */
export function carriedOverTo(actions: readonly ActionRecord[], meeting: MeetingRecord): ActionRecord[] {
  return actions.filter(
    (a) =>
      a.status === "open" &&
      ((a.sourceMeeting !== null && a.sourceMeeting.startsAt.getTime() < meeting.startsAt.getTime()) ||
        isDueBy(a, meeting)),
  );
}

const NO_LINES = { received: [] as string[], pending: [] as string[] };

/**
 * Under "Approval of the Minutes": the version circulated for approval (in
 * the document), and for the secretariat the comments received on it or that
 * the draft is still to be circulated.
 */
function approvalLines(
  records: Records,
  previous: MeetingRecord["previous"],
): { received: string[]; pending: string[] } {
  if (!previous || previous.minutesApprovedAt) return NO_LINES;
  const latest = records.minutes.versionsByMeeting.get(previous.id)?.at(-1);
  if (!latest)
    return {
      received: [],
      pending: ['The draft minutes are not yet circulated; "minutes circulate" sends them.'],
    };
  const comments = records.minutes.commentsByMeeting.get(previous.id) ?? [];
  const onLatest = comments.filter((comment) => comment.version === latest.version).length;
  return {
    received: [
      `Draft Minutes, version ${latest.version}, circulated on ${shortDate(latest.circulatedAt, previous.timeZone)}.`,
    ],
    pending: [
      comments.length === 0
        ? "No comments received on the draft minutes."
        : `${comments.length === 1 ? "1 comment" : `${comments.length} comments`} received on the draft minutes (${onLatest} on version ${latest.version}); "minutes comments" lists them.`,
    ],
  };
}

/**
 * A chat message is read, not searched: past a few items carried over under
 * one heading (hundreds on a large committee), the rest is a count and where
 * to list them.
 */
const CARRIED_LISTED = 5;

function carriedLines(actions: readonly ActionRecord[], dir: Directory, meeting: MeetingRecord): string[] {
  const lines = actions.slice(0, CARRIED_LISTED).map((action) => carriedLine(action, dir, meeting));
  const more = actions.length - CARRIED_LISTED;
  if (more > 0) lines.push(`… and ${more} more carried over; "actions open" lists them.`);
  return lines;
}

function carriedLine(action: ActionRecord, dir: Directory, meeting: MeetingRecord): string {
  const due =
    action.dueMeetingId === meeting.id
      ? "due at this meeting"
      : action.dueKind === "none"
        ? "no due date"
        : dueLabel(action, dir.committee.timeZone);
  return `Carried over: ${actionHandle(action.number)} ${action.text} (${ownerLabel(action, dir)}; ${due})`;
}

/** The update in a line or two, unless it is kept to some roles: the agenda goes to the whole committee. */
function summary(update: UpdateRecord): string {
  return update.visibility === "committee"
    ? summarise(update.body)
    : `its text is ${visibilityPhrase(update.visibility)} and is not summarised here.`;
}

interface UpdateLines {
  received: string[];
  pending: string[];
}

function updateLines(entry: NumberedEntry, dir: Directory, updates: readonly UpdateRecord[]): UpdateLines {
  const areaId = /^area:(\d+)$/.exec(entry.key)?.[1];
  if (areaId) {
    const update = updates.find((u) => u.areaId === Number(areaId));
    return update
      ? {
          received: [`Update received from ${update.author.delegation.name}: ${summary(update)}`],
          pending: [],
        }
      : { received: [], pending: ["Update not yet received."] };
  }
  const lines: UpdateLines = { received: [], pending: [] };
  if (entry.key !== "coalitions") return lines;
  // The agenda goes to the whole committee: a coalition kept to some roles is not listed.
  for (const coalition of dir.coalitions.filter((c) => c.visibility === "committee")) {
    const update = updates.find((u) => u.coalitionId === coalition.id);
    if (update) lines.received.push(`${coalition.name}: ${summary(update)}`);
    else lines.pending.push(`${coalition.name}: update not yet received.`);
  }
  return lines;
}

/** The agenda draft of a meeting, read from the store as of `now`. */
export async function buildAgendaDraft(
  dir: Directory,
  records: Records,
  meeting: { id: number },
  now: Date,
): Promise<AgendaDraft> {
  const record = loadMeeting(records, meeting.id);
  const [agenda, updates, open] = await Promise.all([
    agendaOf(records, dir, record),
    listUpdatesForMeeting(records, record.id),
    // The draft goes to the whole committee: items of a coalition kept to some roles stay out.
    openToCommittee(listActions(records, { status: "open" })),
  ]);
  const carried = carriedOverTo(open, record);
  const placed = new Map<string, ActionRecord[]>();
  for (const action of carried) {
    const key = placeOn(agenda.entries, action);
    const under = placed.get(key);
    if (under) under.push(action);
    else placed.set(key, [action]);
  }
  const zone = record.timeZone;
  return {
    meetingId: record.id,
    title: `AGENDA OF THE ${dir.committee.name.toUpperCase()} MEETING`,
    date: longDate(record.startsAt, zone),
    ...meetingHeading(record),
    source: agenda.source,
    version: agenda.version,
    items: agenda.entries.map((entry) => {
      const lines = updateLines(entry, dir, updates);
      const approval = entry.key === "approval" ? approvalLines(records, record.previous) : NO_LINES;
      return {
        ...entry,
        notes: [...lines.received, ...approval.received],
        tracking: [
          ...lines.pending,
          ...approval.pending,
          ...carriedLines(placed.get(entry.key) ?? [], dir, record),
        ],
      };
    }),
    preparedOn: `Draft of ${shortDate(now, dir.committee.timeZone)}`,
    preparedBy: secretariatName(dir),
    preparedAt: now,
  };
}
