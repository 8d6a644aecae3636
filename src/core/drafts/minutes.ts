// The minutes draft of a meeting, in the committee's own form: the heading,
// "PRESENT:" by delegation with honorifics, the agenda's numbered items, each
// with the coordinators' updates in reported speech, the notes, decisions and
// action items recorded under it, and the date of the next meeting last.
// Reads the store, returns a neutral structure the exports render.
import { shortDate } from "../../domain/format.ts";
import { sentencesOf } from "../../domain/sentences.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import { reportSpeech } from "../../minutes/reported-speech.ts";
import { listActions } from "../../read-model/actions.ts";
import type { Records } from "../../read-model/records.ts";
import { listUpdatesForMeeting } from "../../read-model/updates.ts";
import type { ActionRecord } from "../../store/actions.ts";
import type { Directory } from "../../store/directory.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { UpdateRecord } from "../../store/updates.ts";
import { attendanceByDelegation } from "../describe.ts";
import { openToCommittee, visibilityPhrase } from "../policy.ts";
import { type NumberedEntry, secretariatName } from "./agenda-items.ts";
import { agendaOf, loadMeeting, meetingHeading, placeOn } from "./meeting-agenda.ts";
import {
  approvalSentence,
  chairOf,
  type NextMeeting,
  nextMeetingSentence,
  openingSentence,
} from "./minutes-wording.ts";
import {
  actionSentence,
  actionSource,
  decisionSentence,
  isProposal,
  type Source,
} from "./record-sentences.ts";

export interface MinutesParagraph {
  /**
   * "record": wording from the meeting's facts; "placeholder": a word to the
   * secretariat (nothing recorded, an update kept back), shown in chat and
   * left out of the circulated document.
   */
  kind: "record" | "update" | "note" | "decision" | "action" | "placeholder";
  text: string;
  /** The action item's handle ("A-7"), for the secretariat's chat view only. */
  handle?: string;
}

export interface MinutesItem extends NumberedEntry {
  paragraphs: MinutesParagraph[];
}

export interface PresentDelegation {
  delegation: string;
  /** "7MSP President" */
  label: string | null;
  /** "H.E. Michael Biontino" */
  persons: string[];
}

export interface MinutesDraft {
  meetingId: number;
  /** "MINUTES OF THE CCM COORDINATION COMMITTEE MEETING" */
  title: string;
  /** "Held on Friday 4 November 2016" */
  heldOn: string;
  /** "at the Permanent Mission of …, from 10:00 – 11:30 hours" */
  at: string;
  /** The number of the "Present" item ("1"), null when the agenda has none. */
  presentNumber: string | null;
  present: PresentDelegation[];
  /** What was noted under "Present" (apologies, late arrivals), after the list. */
  presentNotes: MinutesParagraph[];
  /** Every other item, in agenda order, the date of the next meeting last. */
  items: MinutesItem[];
  /** "Draft prepared 21 November 2016 from the records …" */
  preparedOn: string;
  /** The file's author and dates: the secretariat ("ISU-CCM"), as of the injected clock. */
  preparedBy: string;
  preparedAt: Date;
}

/** An update as the minutes report it: the first sentence "informed the meeting", the next ones "added". */
export function reportUpdate(speaker: string, body: string): string {
  const informed = `${speaker} informed the meeting that `;
  return sentencesOf(body)
    .map((sentence, i) => {
      const reported = reportSpeech(speaker, sentence);
      if (i === 0 || !reported.startsWith(informed)) return reported;
      const verb = i === 1 ? "added" : "further explained";
      return `${speaker} ${verb} that ${reported.slice(informed.length)}`;
    })
    .join(" ");
}

function sentence(text: string): string {
  const clean = text.trim();
  return /[.!?…"”)]$/.test(clean) ? clean : `${clean}.`;
}

interface Written {
  kind: "note" | "decision";
  at: Date;
  text: string;
  agendaItemId: number | null;
}

/** What was recorded at the meeting, by the key of the agenda entry it goes under. */
interface ItemRecords {
  updates: UpdateRecord[];
  written: Written[];
  actions: ActionRecord[];
}

function recordsByItem(
  meeting: MeetingRecord,
  entries: readonly NumberedEntry[],
  updates: readonly UpdateRecord[],
  written: readonly Written[],
  actions: readonly ActionRecord[],
): (key: string) => ItemRecords {
  const nowhere = { agendaItem: null, areaId: null, coalitionId: null };
  const itemKeys = new Map(
    meeting.agendaItems.map((item) => [item.id, placeOn(entries, { ...nowhere, agendaItem: item })]),
  );
  const onItem = (id: number | null) => (id === null ? undefined : itemKeys.get(id));
  const byKey = new Map<string, ItemRecords>();
  const at = (key: string) => {
    const found = byKey.get(key) ?? { updates: [], written: [], actions: [] };
    byKey.set(key, found);
    return found;
  };
  for (const u of updates)
    at(placeOn(entries, { ...nowhere, areaId: u.areaId, coalitionId: u.coalitionId })).updates.push(u);
  for (const w of [...written].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    at(onItem(w.agendaItemId) ?? placeOn(entries, nowhere)).written.push(w);
  }
  for (const a of actions)
    at(onItem(a.agendaItemId) ?? placeOn(entries, { ...a, agendaItem: null })).actions.push(a);
  return at;
}

interface Facts {
  meeting: MeetingRecord;
  dir: Directory;
  next: NextMeeting | null;
  /** The chair, who hands out the tasks the secretariat records. */
  chair: Source | null;
}

/** A recorded decision that only reports a proposal is a note: only what was decided is a decision. */
function writtenParagraph(w: Written): MinutesParagraph {
  if (w.kind === "note" || isProposal(w.text)) return { kind: "note", text: sentence(w.text) };
  return { kind: "decision", text: decisionSentence(w.text) };
}

function standardWording(key: string, records: ItemRecords, facts: Facts): string | null {
  if (records.written.some((w) => w.kind === "decision" && !isProposal(w.text))) return null;
  if (key === "opening") return openingSentence(facts.meeting, facts.dir);
  if (key === "approval") return approvalSentence(facts.meeting);
  if (key === "next-meeting") return nextMeetingSentence(facts.dir, facts.next);
  if (key === "aob" && records.written.length === 0 && records.actions.length === 0) {
    return "No other business was raised.";
  }
  return null;
}

function minutesItem(
  entry: NumberedEntry,
  records: ItemRecords,
  facts: Facts,
  heading: boolean,
): MinutesItem {
  const standard = standardWording(entry.key, records, facts);
  const paragraphs: MinutesParagraph[] = [
    ...(standard ? [{ kind: "record" as const, text: standard }] : []),
    ...records.updates.map((u) =>
      u.visibility === "committee"
        ? { kind: "update" as const, text: reportUpdate(u.author.delegation.name, u.body) }
        : {
            kind: "placeholder" as const,
            text: `[${u.author.delegation.name} sent an update ${visibilityPhrase(u.visibility)}; it is not reproduced in the draft.]`,
          },
    ),
    ...records.written.map(writtenParagraph),
    ...records.actions.map((a) => ({
      kind: "action" as const,
      text: actionSentence(a, facts.dir, actionSource(a, facts.dir, facts.chair)),
      handle: actionHandle(a.number),
    })),
  ];
  // An item whose sub-items follow (5, "Thematic coordinators") needs no text of its own.
  if (paragraphs.length === 0 && !heading) {
    paragraphs.push({ kind: "placeholder", text: "Nothing was recorded under this item." });
  }
  return { ...entry, paragraphs };
}

/** The items with the secretariat's wording (`minutes edit`) in place of the drafted one, one paragraph a line. */
function withCorrections(
  items: MinutesItem[],
  corrections: ReadonlyMap<string, { text: string }> | undefined,
): MinutesItem[] {
  if (!corrections?.size) return items;
  return items.map((item) => {
    const corrected = corrections.get(item.number);
    if (!corrected) return item;
    const lines = corrected.text.split("\n").map((line) => line.trim());
    return { ...item, paragraphs: lines.filter(Boolean).map((text) => ({ kind: "record" as const, text })) };
  });
}

function nextMeetingAfter(records: Records, meeting: MeetingRecord): NextMeeting | null {
  return (
    records.meetings.find((m) => m.previousMeetingId === meeting.id && m.status !== "cancelled") ??
    records.meetings.find(
      (m) => m.status === "scheduled" && m.startsAt.getTime() > meeting.startsAt.getTime(),
    ) ??
    null
  );
}

/** The minutes draft of a meeting, read from the store as of `now`. */
export async function buildMinutesDraft(
  dir: Directory,
  records: Records,
  meetingId: number,
  now: Date,
): Promise<MinutesDraft> {
  const meeting = loadMeeting(records, meetingId);
  const [agenda, updates, notes, actions, next] = await Promise.all([
    agendaOf(records, dir, meeting),
    listUpdatesForMeeting(records, meeting.id),
    records.notesByMeeting.get(meeting.id) ?? [],
    // The draft goes to the whole committee: items of a coalition kept to some roles stay out.
    openToCommittee(listActions(records)),
    nextMeetingAfter(records, meeting),
  ]);
  const written: Written[] = [
    ...notes.map((n) => ({
      kind: "note" as const,
      at: n.createdAt,
      text: n.text,
      agendaItemId: n.agendaItemId,
    })),
    ...meeting.decisions.map((d) => ({
      kind: "decision" as const,
      at: d.createdAt,
      text: d.text,
      agendaItemId: d.agendaItemId,
    })),
  ];
  const entries = agenda.entries.filter((entry) => entry.key !== "present");
  const recordsOf = recordsByItem(
    meeting,
    agenda.entries,
    updates,
    written,
    actions.filter((a) => a.sourceMeetingId === meeting.id),
  );
  const chair = chairOf(meeting, dir);
  const facts: Facts = {
    meeting,
    dir,
    next,
    chair: chair ? { name: "The President", delegationId: chair.delegationId } : null,
  };
  const present = agenda.entries.find((entry) => entry.key === "present");
  const drafted = entries.map((entry, i) =>
    minutesItem(entry, recordsOf(entry.key), facts, entry.level === 1 && entries[i + 1]?.level === 2),
  );
  // The secretariat's corrections (`minutes edit`) replace the drafted wording of their items.
  const items = withCorrections(drafted, records.minutes.correctionsByMeeting.get(meeting.id));
  return {
    meetingId: meeting.id,
    title: `MINUTES OF THE ${dir.committee.name.toUpperCase()} MEETING`,
    ...meetingHeading(meeting),
    presentNumber: present?.number ?? null,
    present: attendanceByDelegation(meeting.attendances).map(({ delegation, people }) => ({
      delegation: delegation.name,
      label: delegation.label,
      persons: people,
    })),
    presentNotes: present ? minutesItem(present, recordsOf(present.key), facts, true).paragraphs : [],
    // The committee's minutes end with the date of the next meeting, wherever the agenda put it.
    items: [
      ...items.filter((i) => i.key !== "next-meeting"),
      ...items.filter((i) => i.key === "next-meeting"),
    ],
    preparedOn: `Draft prepared ${shortDate(now, dir.committee.timeZone)} from the records: attendance, updates, notes, decisions and action items.`,
    preparedBy: secretariatName(dir),
    preparedAt: now,
  };
}
