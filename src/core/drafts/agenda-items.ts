// The shape of an agenda as a list of entries with a stable key and a level
// (item or sub-item). Numbers are never stored: they follow from order and
// level, so adding, moving or dropping an item renumbers the rest the way the
// secretariat would. Keys tie an entry to what fills it ("area:3" gets that
// area's update) and survive renumbering.
import { joinAnd, shortDate } from "../../domain/format.ts";
import type { Directory } from "../../store/directory.ts";

export interface AgendaEntry {
  /** "present", "opening", "approval", "presidency", "coordinators", "area:<id>", "coalitions", "isu-finances", "isu-update", "aob", "next-meeting", "added:<n>", "item:<number>" */
  key: string;
  title: string;
  level: 1 | 2;
}

export interface NumberedEntry extends AgendaEntry {
  number: string;
}

/** The secretariat's delegation as the committee names it ("ISU-CCM"). */
export function secretariatName(dir: Directory): string {
  const person = dir.persons.find((p) => p.roles.includes("secretariat"));
  return dir.delegations.find((d) => d.id === person?.delegationId)?.name ?? "the secretariat";
}

export function areaTitle(dir: Directory, area: Directory["areas"][number]): string {
  const names = area.coordinatorIds.map((id) => dir.delegations.find((d) => d.id === id)?.name ?? "?");
  return names.length ? `${area.name} (${joinAnd(names)})` : area.name;
}

export interface PreviousMeeting {
  startsAt: Date;
  timeZone: string;
}

/** "CC" for the "CCM Coordination Committee", as its minutes abbreviate it; "" when it has no such name. */
function committeeInitials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
  return words.length > 1 ? words.map((word) => word[0]).join("") : "";
}

/**
 * The committee's standard agenda (shared/DOMAIN.md), titled and capitalised
 * as its own agendas are ("Opening Remarks by the President", "Implementation
 * of the ISU-CCM Financial Decision"). "Any Other Business" comes before the
 * date of the next meeting so the minutes, which keep the agenda's numbers,
 * can end with the next meeting as the committee's do.
 */
export function standardAgenda(dir: Directory, previous: PreviousMeeting | null): AgendaEntry[] {
  const presidency = dir.committee.presidencyLabel
    ? `the ${dir.committee.presidencyLabel} Presidency`
    : "the Presidency";
  const isu = secretariatName(dir);
  const initials = committeeInitials(dir.committee.name);
  return [
    { key: "present", title: "Present", level: 1 },
    { key: "opening", title: "Opening Remarks by the President", level: 1 },
    {
      key: "approval",
      title: previous
        ? `Approval of the Minutes of ${shortDate(previous.startsAt, previous.timeZone)}`
        : "Approval of the Minutes of the Previous Meeting",
      level: 1,
    },
    { key: "presidency", title: `Updates from ${presidency}`, level: 1 },
    { key: "coordinators", title: "Updates from the Thematic Coordinators", level: 1 },
    ...dir.areas.map(
      (area): AgendaEntry => ({ key: `area:${area.id}`, title: areaTitle(dir, area), level: 2 }),
    ),
    { key: "coalitions", title: "Country Coalitions", level: 2 },
    { key: "isu-finances", title: `Implementation of the ${isu} Financial Decision`, level: 1 },
    { key: "isu-update", title: `Update from the ${isu}`, level: 1 },
    { key: "aob", title: "Any Other Business", level: 1 },
    { key: "next-meeting", title: `Date of the Next ${initials ? `${initials} ` : ""}Meeting`, level: 1 },
  ];
}

/** 1, 2, …, 5, 5.1, 5.2, …, 6: a sub-item is numbered under the item before it. */
export function numberEntries(entries: readonly AgendaEntry[]): NumberedEntry[] {
  let top = 0;
  let sub = 0;
  return entries.map((entry) => {
    if (entry.level === 1 || top === 0) {
      top += 1;
      sub = 0;
      return { ...entry, level: 1, number: String(top) };
    }
    sub += 1;
    return { ...entry, number: `${top}.${sub}` };
  });
}

interface RecordedItem {
  number: string;
  title: string;
  areaId: number | null;
  coalitionId: number | null;
}

/** The key of an agenda item on record, read from its area, coalition or title (the seed's titles vary). */
export function keyOfRecordedItem(item: RecordedItem): string {
  const title = item.title.toLowerCase();
  if (item.areaId !== null) return `area:${item.areaId}`;
  if (item.coalitionId !== null || /coalition/.test(title)) return "coalitions";
  if (/^present\b/.test(title)) return "present";
  if (/opening/.test(title)) return "opening";
  if (/approval.*minutes/.test(title)) return "approval";
  if (/financ/.test(title)) return "isu-finances";
  if (/next\b.*\bmeeting/.test(title)) return "next-meeting";
  if (/any other business|\baob\b/.test(title)) return "aob";
  if (/presiden/.test(title)) return "presidency";
  if (/\bisu\b|secretariat|implementation support/.test(title)) return "isu-update";
  if (/coordinators/.test(title)) return "coordinators";
  return `item:${item.number}`;
}

/** Entries of a recorded agenda, numbered as recorded; sub-items told apart by their dotted numbers. */
export function entriesOfRecordedAgenda(items: readonly RecordedItem[]): NumberedEntry[] {
  return items.map((item) => ({
    key: keyOfRecordedItem(item),
    title: item.title,
    level: item.number.includes(".") ? 2 : 1,
    number: item.number,
  }));
}
