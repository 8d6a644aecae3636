// What a parsed command is: the grammar's output, read by the dispatcher and
// the commands. Apart from the parser so its parts can share it.
import { USAGE } from "./usage.ts";

export type ActionsFilter =
  | { kind: "open" | "mine" | "overdue" | "done" | "all" }
  | { kind: "subject"; text: string };

export type Command =
  | { name: "help"; topic?: string }
  | { name: "status"; subject?: string }
  | { name: "coalitions" }
  | { name: "areas" }
  | { name: "who"; subject: string }
  | { name: "actions"; filter: ActionsFilter }
  | { name: "action-add"; text: string; owners: string[]; due?: string }
  | { name: "action-done"; handle: string }
  | { name: "meeting"; which: "next" | "last" }
  | { name: "meeting-schedule"; when: string; confirm: boolean }
  | { name: "meeting-move"; when: string; confirm: boolean }
  | { name: "meeting-cancel"; meeting?: string; confirm: boolean }
  | { name: "meeting-calendar" }
  | { name: "settings"; change?: string }
  | { name: "away"; until?: string }
  | { name: "updates" }
  | { name: "update"; subject?: string; body?: string }
  | { name: "agenda" }
  | { name: "agenda-add"; title: string; placement?: Placement }
  | { name: "agenda-move"; item: string; placement: Placement }
  | { name: "agenda-drop"; item: string }
  | { name: "agenda-history" }
  | { name: "note"; item: string; text: string }
  | { name: "decision"; item: string; text: string }
  | { name: "attended"; names: string[] }
  | { name: "minutes" }
  | { name: "minutes-circulate" }
  | { name: "minutes-comment"; item?: string; text: string }
  | { name: "minutes-comments" }
  | { name: "minutes-edit"; item: string; text?: string }
  | { name: "minutes-history" }
  | { name: "minutes-approve"; amended: boolean }
  | { name: "reported"; speaker: string; sentence: string }
  | { name: "link"; user: string; person: string }
  | { name: "unlink"; user: string }
  | { name: "history"; subject: string }
  | { name: "visibility"; of: "coalition" | "update"; subject: string; level: string };

/** Where an agenda item goes, relative to another ("after 5.9", "under 5"). */
export type Placement = { where: "before" | "after" | "under"; target: string };

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string; usage: string };

export function fail(error: string, usage: keyof typeof USAGE): ParseResult {
  return { ok: false, error, usage: USAGE[usage] };
}

export function ok(command: Command): ParseResult {
  return { ok: true, command };
}

/** What a person adds to a command that takes no arguments ("updates please"), which is no argument. */
export const POLITE = /^(?:please|pls|thanks|thank you)[.!]?$/i;
