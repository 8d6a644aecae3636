// What the intent layer makes of one message: the intent, the records it
// names, and the references it leaves to the previous turn.
import type { AreaEntry, CoalitionEntry, DelegationEntry, PersonEntry } from "../../store/directory.ts";

export const INTENTS = [
  "greeting",
  "thanks",
  "help",
  "coalition.status",
  "coalition.list",
  "coalition.lead",
  "who.coordinates",
  "area.list",
  "who.is",
  "actions.list",
  "action.detail",
  "meeting.next",
  "meeting.last",
  "meeting.attendance",
  "meeting.agenda",
  "meeting.minutes",
  "updates.status",
  "updates.content",
  "record",
  "activity",
  "unknown",
] as const;

export type Intent = (typeof INTENTS)[number];

export type ActionFilter = "mine" | "overdue" | "done" | "open" | "all" | "undated";

/** A meeting the message points at: found in the records, or named but not on record. */
export type MeetingRef =
  | { found: true; id: number; date: string; how: "next" | "last" | "date" | "month" }
  /** `after`: named as the meeting after the one of `text` ("the meeting after the 7 December one"), and none is. */
  | { found: false; text: string; after?: boolean };

export interface Entities {
  delegations: DelegationEntry[];
  areas: AreaEntry[];
  coalitions: CoalitionEntry[];
  persons: PersonEntry[];
  /** One surname or first name that fits several people ("Muñoz"): a question to ask back. */
  ambiguousPersons: PersonEntry[][];
  meeting?: MeetingRef;
  /** "due before the end of January": the last calendar day (yyyy-mm-dd) asked about. */
  dueBy?: string;
  /** An agenda item named ("under 5.2", "item 3 on 6/10"): "5.2", "3". */
  agendaItem?: string;
  /** Action item numbers named ("A-3", "#8", "action 2"). */
  actions: number[];
  /** "the second one": a position in the previous answer's list (1-based; -1 for the last). */
  ordinal?: number;
  /** Action item filters asked for ("my", "overdue", "still open"). */
  filters: ActionFilter[];
  /** Capitalised names that match no record ("Peru", "Ms. Smith"). */
  unknownNames: string[];
  /** Places the records speak of, named in the message ("Lebanon", "Bangkok"). */
  places: string[];
  /** Content words left once names and question words are taken out. */
  leftovers: string[];
  /** Every word that is not part of a name. */
  unmatched: string[];
}

export interface Understanding {
  intent: Intent;
  entities: Entities;
  /** The message leaned on the previous turn ("and Cambodia?", "the second one"). */
  followUp: boolean;
  /** Why the bot cannot answer, when intent is "unknown": shapes the examples it offers. */
  reason?: "outside" | "unsupported" | "other-meeting" | "unknown-name" | "future" | "no-match";
  /** Folded text the rules read. */
  folded: string;
}

export function emptyEntities(): Entities {
  return {
    delegations: [],
    areas: [],
    coalitions: [],
    persons: [],
    ambiguousPersons: [],
    actions: [],
    filters: [],
    unknownNames: [],
    places: [],
    leftovers: [],
    unmatched: [],
  };
}
