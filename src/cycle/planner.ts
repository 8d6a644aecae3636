// The plan of one meeting, as a pure function of the meeting, the committee
// and its settings: each coordinating delegation's contact is asked for its
// area's update, reminded later if it has not answered, the agenda draft is
// posted at the deadline and the action items due "by next meeting" the
// morning after. Keys name meeting, area and person, never times, so a moved
// meeting or changed settings re-time the same rows instead of adding new ones.

import type { CycleSettings } from "../store/cycle-settings.ts";
import type { PlannedDelivery } from "../store/delivery-queue.ts";
import type { Directory } from "../store/directory.ts";
import { delegationContact, zoneOf } from "./people.ts";
import { meetingDay, minutesOf, nextAllowed, personSlot, previousAllowed, shiftDate } from "./slots.ts";

export interface PlannableMeeting {
  id: number;
  startsAt: Date;
  timeZone: string;
}

const DAY_MS = 24 * 3600_000;

/** When the agenda draft is posted, which is also when updates count as late. */
export function agendaDeadline(meeting: PlannableMeeting, settings: CycleSettings): Date {
  const day = shiftDate(meetingDay(meeting), -settings.agendaDays);
  const slot = previousAllowed(day, minutesOf(settings.agendaTime) ?? 9 * 60, meeting.timeZone);
  // A deadline on the meeting's own day must still come before it starts.
  return slot.getTime() < meeting.startsAt.getTime() ? slot : new Date(meeting.startsAt.getTime() - 3600_000);
}

export function planMeeting(
  dir: Directory,
  meeting: PlannableMeeting,
  settings: CycleSettings,
): PlannedDelivery[] {
  const day = meetingDay(meeting);
  const deadline = agendaDeadline(meeting, settings);
  const planned: PlannedDelivery[] = [];
  const promptAt = minutesOf(settings.promptTime) ?? 9 * 60;
  for (const area of dir.areas) {
    for (const delegationId of area.coordinatorIds) {
      const contact = delegationContact(dir, delegationId);
      if (!contact) continue;
      const timeZone = zoneOf(dir, contact);
      const common = {
        meetingId: meeting.id,
        personId: contact.id,
        areaId: area.id,
        expiresAt: meeting.startsAt,
      };
      const suffix = `m${meeting.id}:a${area.id}:p${contact.id}`;
      planned.push({
        ...common,
        key: `prompt:${suffix}`,
        kind: "prompt",
        dueAt: personSlot({
          meetingDay: day,
          daysBefore: settings.promptDays,
          minutes: promptAt,
          timeZone,
          latest: deadline,
        }),
      });
      if (settings.reminderDays > 0 && settings.reminderDays < settings.promptDays) {
        planned.push({
          ...common,
          key: `reminder:${suffix}`,
          kind: "reminder",
          dueAt: personSlot({
            meetingDay: day,
            daysBefore: settings.reminderDays,
            minutes: promptAt,
            timeZone,
            latest: deadline,
          }),
        });
      }
    }
  }
  planned.push({
    key: `agenda:m${meeting.id}`,
    kind: "agenda",
    meetingId: meeting.id,
    dueAt: deadline,
    expiresAt: meeting.startsAt,
  });
  const morningAfter = nextAllowed(shiftDate(day, 1), 9 * 60, meeting.timeZone);
  planned.push({
    key: `actions-due:m${meeting.id}`,
    kind: "actions-due",
    meetingId: meeting.id,
    dueAt: morningAfter,
    expiresAt: new Date(morningAfter.getTime() + 7 * DAY_MS),
  });
  return planned;
}
