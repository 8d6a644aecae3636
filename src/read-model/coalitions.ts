// Country coalitions with members, activities and who last updated them,
// read from the records in memory.
import type { CoalitionRecord } from "../store/coalitions.ts";
import type { Records } from "./records.ts";

export function findCoalition(records: Records, id: number): CoalitionRecord | null {
  return records.coalitionById.get(id) ?? null;
}

/** By name. */
export function listCoalitions(records: Records): readonly CoalitionRecord[] {
  return records.coalitions;
}
