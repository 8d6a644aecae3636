// The circulation of a minutes draft, as a pure function of the committee,
// the meeting and the version: the post in the committee channel at once, a
// copy to each member in their own chat at the first hour they may be written
// to, and one reminder to each, `reminderDays` working days before the
// comments are due, at the prompt hour in their zone. Keys name meeting,
// version and person: a copy belongs to its version, while the reminder
// belongs to the meeting's minutes, so re-circulating re-times it and never
// adds a second one.
import type { CycleSettings } from "../store/cycle-settings.ts";
import type { PlannedDelivery } from "../store/delivery-queue.ts";
import type { Directory, PersonEntry } from "../store/directory.ts";
import { zoneOf } from "./people.ts";
import { allowedFrom, minutesOf, nextAllowed, shiftDate, shiftWorkingDays, wallClock } from "./slots.ts";

/** Members have five working days to comment, unless the next meeting comes sooner. */
export const COMMENT_WORKING_DAYS = 5;

const DAY_MS = 24 * 3600_000;

export const MINUTES_KEYS = {
  post: (meetingId: number, version: number) => `minutes:m${meetingId}:v${version}`,
  copy: (meetingId: number, version: number, personId: number) =>
    `minutes-copy:m${meetingId}:v${version}:p${personId}`,
  reminder: (meetingId: number, personId: number) => `minutes-reminder:m${meetingId}:p${personId}`,
} as const;

/** The version a post or a copy carries, read back from its key; null for a reminder. */
export function versionOfKey(key: string): number | null {
  const found = /^minutes(?:-copy)?:m\d+:v(\d+)\b/.exec(key);
  return found ? Number(found[1]) : null;
}

/**
 * The last day for comments (yyyy-mm-dd): five working days after `today`,
 * or the day before the next meeting when that is earlier (never before today).
 */
export function commentsDueDate(today: string, nextMeetingDay: string | null): string {
  const standard = shiftWorkingDays(today, COMMENT_WORKING_DAYS);
  if (!nextMeetingDay) return standard;
  const before = shiftDate(nextMeetingDay, -1);
  const earlier = before < standard ? before : standard;
  return earlier < today ? today : earlier;
}

/** When the comments are due for a person: the end of that day in their zone. */
export function commentsDueAt(dir: Directory, person: PersonEntry, due: string): Date {
  return wallClock(shiftDate(due, 1), 0, zoneOf(dir, person));
}

/** Who gets the draft to comment on: the people of member delegations, the secretariat (its authors) aside. */
export function minutesReaders(dir: Directory): PersonEntry[] {
  const members = new Set(dir.delegations.filter((d) => d.isMember).map((d) => d.id));
  return dir.persons.filter((p) => members.has(p.delegationId) && !p.roles.includes("secretariat"));
}

export interface CirculationPlan {
  meetingId: number;
  version: number;
  /** yyyy-mm-dd */
  commentsDue: string;
}

export function planCirculation(
  dir: Directory,
  plan: CirculationPlan,
  settings: CycleSettings,
  now: Date,
): PlannedDelivery[] {
  const { meetingId, version, commentsDue } = plan;
  const planned: PlannedDelivery[] = [
    { key: MINUTES_KEYS.post(meetingId, version), kind: "minutes", meetingId, dueAt: now },
  ];
  const promptAt = minutesOf(settings.promptTime) ?? 9 * 60;
  for (const person of minutesReaders(dir)) {
    const zone = zoneOf(dir, person);
    const copyAt = allowedFrom(now, zone);
    const expiresAt = commentsDueAt(dir, person, commentsDue);
    planned.push({
      key: MINUTES_KEYS.copy(meetingId, version, person.id),
      kind: "minutes-copy",
      meetingId,
      personId: person.id,
      dueAt: copyAt,
    });
    const remindAt = nextAllowed(shiftWorkingDays(commentsDue, -settings.reminderDays), promptAt, zone);
    // A reminder on or before the copy's own day would only repeat it.
    const apart = remindAt.getTime() - copyAt.getTime() >= DAY_MS;
    if (settings.reminderDays > 0 && apart && remindAt.getTime() < expiresAt.getTime()) {
      planned.push({
        key: MINUTES_KEYS.reminder(meetingId, person.id),
        kind: "minutes-reminder",
        meetingId,
        personId: person.id,
        dueAt: remindAt,
        expiresAt,
      });
    }
  }
  return planned;
}
