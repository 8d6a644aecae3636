// Which agenda a meeting has and where a record belongs on it: the agenda on
// record when there is one, else the latest draft version, else the standard
// agenda; and, for an action item or an update, the item it goes under.
import { clockTime, longDate } from "../../domain/format.ts";
import { findMeeting } from "../../read-model/meetings.ts";
import type { Records } from "../../read-model/records.ts";
import type { Directory } from "../../store/directory.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import { UserError } from "../errors.ts";
import {
  type AgendaEntry,
  entriesOfRecordedAgenda,
  keyOfRecordedItem,
  type NumberedEntry,
  numberEntries,
  standardAgenda,
} from "./agenda-items.ts";

export interface MeetingAgenda {
  entries: NumberedEntry[];
  /** "record": the meeting's agenda is on record; "version": a saved draft; "generated": never edited. */
  source: "record" | "version" | "generated";
  version: number | null;
}

export function loadMeeting(records: Records, meetingId: number): MeetingRecord {
  const meeting = findMeeting(records, meetingId);
  if (!meeting) throw new UserError(`There is no meeting with id ${meetingId}.`);
  return meeting;
}

export function agendaOf(records: Records, dir: Directory, meeting: MeetingRecord): MeetingAgenda {
  if (meeting.agendaItems.length) {
    // Recorded numbers are kept as the minutes printed them, not renumbered.
    return { entries: entriesOfRecordedAgenda(meeting.agendaItems), source: "record", version: null };
  }
  const latest = records.latestAgenda.get(meeting.id);
  if (latest) return { entries: numberEntries(latest.entries), source: "version", version: latest.version };
  return { entries: numberEntries(generatedAgenda(dir, meeting)), source: "generated", version: null };
}

/** What adopting this agenda as the meeting's agenda on record stores; nothing when it is on record already. */
export function adoptedItems(
  agenda: MeetingAgenda,
): { number: string; title: string; areaId: number | null }[] {
  if (agenda.source === "record") return [];
  return agenda.entries.map((e) => ({
    number: e.number,
    title: e.title,
    areaId: /^area:(\d+)$/.test(e.key) ? Number(e.key.slice(5)) : null,
  }));
}

export function generatedAgenda(dir: Directory, meeting: MeetingRecord): AgendaEntry[] {
  return standardAgenda(dir, meeting.previous);
}

interface Placeable {
  agendaItem: { number: string; title: string; areaId: number | null; coalitionId: number | null } | null;
  areaId: number | null;
  coalitionId: number | null;
}

/**
 * The key of the entry a record goes under: the item it arose under (read
 * from that item's kind, so "ISU finances" of one meeting finds "ISU-CCM
 * finances" of the next), else its area, else country coalitions, else any
 * other business, else the last item.
 */
export function placeOn(entries: readonly AgendaEntry[], record: Placeable): string {
  const candidates = [
    record.agendaItem ? keyOfRecordedItem(record.agendaItem) : null,
    record.areaId !== null ? `area:${record.areaId}` : null,
    record.agendaItem?.areaId != null ? `area:${record.agendaItem.areaId}` : null,
    record.coalitionId !== null ? "coalitions" : null,
    "aob",
  ];
  const keys = new Set(entries.map((entry) => entry.key));
  return candidates.find((key): key is string => key !== null && keys.has(key)) ?? entries.at(-1)?.key ?? "";
}

/** "Held on Friday 4 November 2016" and "at the Permanent Mission of …, from 10:00 – 11:30 hours". */
export function meetingHeading(meeting: MeetingRecord): { heldOn: string; at: string } {
  const zone = meeting.timeZone;
  const place = meeting.place ? `at the ${meeting.place}` : "";
  const hours =
    meeting.timeKnown && meeting.endsAt
      ? `from ${clockTime(meeting.startsAt, zone)} – ${clockTime(meeting.endsAt, zone)} hours`
      : meeting.timeKnown
        ? `from ${clockTime(meeting.startsAt, zone)} hours`
        : "";
  return {
    heldOn: `Held on ${longDate(meeting.startsAt, zone)}`,
    at: [place, hours].filter(Boolean).join(", "),
  };
}
