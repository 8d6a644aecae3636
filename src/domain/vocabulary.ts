// The closed vocabularies of the committee's records. The database stores
// them as strings; these lists are the single definition.
import * as z from "zod";

export const DELEGATION_KINDS = ["state", "organisation"] as const;
export const TREATY_STATUSES = ["state-party", "signatory", "non-state-party"] as const;
export const ROLES = ["president", "coordinator", "secretariat", "observer", "member"] as const;
export const COALITION_PHASES = [
  "idea",
  "regional-seminar",
  "country-seminar",
  "operational-plan",
  "active",
] as const;
export const COALITION_MEMBER_ROLES = ["affected", "lead", "donor", "io", "operator", "expert"] as const;
export const ACTIVITY_STATUSES = ["planned", "under-way", "held", "cancelled"] as const;
export const MEETING_STATUSES = ["scheduled", "held", "cancelled"] as const;
export const ACTION_STATUSES = ["open", "done", "dropped"] as const;
export const DUE_KINDS = ["date", "next-meeting", "none"] as const;
export const VISIBILITIES = ["committee", "coordinators", "secretariat"] as const;
export const CHAT_PLATFORMS = ["slack", "teams"] as const;

export type Role = (typeof ROLES)[number];
export type CoalitionPhase = (typeof COALITION_PHASES)[number];
export type CoalitionMemberRole = (typeof COALITION_MEMBER_ROLES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type DueKind = (typeof DUE_KINDS)[number];
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

export const chatPlatform = z.enum(CHAT_PLATFORMS);

export const PHASE_LABELS: Record<CoalitionPhase, string> = {
  idea: "Idea",
  "regional-seminar": "Tested at regional seminars",
  "country-seminar": "Country-specific seminar",
  "operational-plan": "Operational plan",
  active: "Activities under way",
};

export const MEMBER_ROLE_LABELS: Record<CoalitionMemberRole, string> = {
  affected: "affected country",
  lead: "lead",
  donor: "donor",
  io: "international organisation",
  operator: "operator",
  expert: "expert",
};

/** "A-12" for action item number 12. */
export function actionHandle(number: number): string {
  return `A-${number}`;
}

/** Accepts "A-12", "a12", "#12" or "12"; null when it is none of these. */
export function parseActionHandle(text: string): number | null {
  const match = /^(?:a-?|#)?(\d{1,6})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}
