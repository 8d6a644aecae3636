// Coordinators' updates for a meeting, first submitted first, read from the
// records in memory.
import type { UpdateRecord } from "../store/updates.ts";
import type { Records } from "./records.ts";

export function listUpdatesForMeeting(records: Records, meetingId: number): readonly UpdateRecord[] {
  return records.updatesByMeeting.get(meetingId) ?? [];
}
