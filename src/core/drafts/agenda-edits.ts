// Edits of an agenda draft: add, move, drop. Pure functions over the entry
// list; an item moves or drops together with its sub-items, and the numbers
// follow from the new order.
import { fold } from "../../domain/names.ts";
import { UserError } from "../errors.ts";
import { type AgendaEntry, type NumberedEntry, numberEntries } from "./agenda-items.ts";

export type Placement = { where: "before" | "after" | "under"; target: string };

export interface EditResult {
  entries: AgendaEntry[];
  /** What changed, as the version history shows it: "added 8 Lao PDR seminar". */
  change: string;
}

/** The entry a user means by "5.4", "item 5.4" or words of its title. */
export function findEntry(numbered: readonly NumberedEntry[], reference: string): NumberedEntry {
  const number = /^(?:item\s+)?(\d+(?:\.\d+)?)\.?$/i.exec(reference.trim())?.[1];
  if (number) {
    const found = numbered.find((entry) => entry.number === number);
    if (!found) {
      throw new UserError(
        `The agenda has no item ${number}; its items run from 1 to ${numbered.filter((e) => e.level === 1).length}.`,
      );
    }
    return found;
  }
  const words = fold(reference).trim();
  const matching = words ? numbered.filter((entry) => fold(entry.title).includes(words)) : [];
  if (matching.length === 1 && matching[0]) return matching[0];
  if (matching.length > 1) {
    throw new UserError(
      `"${reference}" could be item ${matching.map((e) => e.number).join(", ")}; give the item number.`,
    );
  }
  throw new UserError(`No agenda item is numbered or titled "${reference}"; give its number, e.g. 5.4.`);
}

/** The entry at `index` with its sub-items. */
function blockAt(entries: readonly AgendaEntry[], index: number): { start: number; end: number } {
  let end = index + 1;
  if (entries[index]?.level === 1) {
    while (end < entries.length && entries[end]?.level === 2) end += 1;
  }
  return { start: index, end };
}

function indexOfKey(entries: readonly AgendaEntry[], key: string): number {
  return entries.findIndex((entry) => entry.key === key);
}

/** Where a block lands and at which level, relative to the target entry. */
function insertionPoint(
  entries: readonly AgendaEntry[],
  placement: Placement,
): { index: number; level: 1 | 2; target: NumberedEntry } {
  const target = findEntry(numberEntries(entries), placement.target);
  const at = indexOfKey(entries, target.key);
  if (placement.where === "before") return { index: at, level: target.level, target };
  if (placement.where === "under") {
    if (target.level === 2) {
      throw new UserError(
        `Item ${target.number} is a sub-item; sub-items cannot have sub-items of their own.`,
      );
    }
    return { index: blockAt(entries, at).end, level: 2, target };
  }
  return { index: blockAt(entries, at).end, level: target.level, target };
}

function nextAddedKey(entries: readonly AgendaEntry[]): string {
  const used = entries.map((e) => Number(/^added:(\d+)$/.exec(e.key)?.[1] ?? 0));
  return `added:${Math.max(0, ...used) + 1}`;
}

/** A new item; by default a top-level item just before "Any other business" (else at the end). */
export function addEntry(entries: readonly AgendaEntry[], title: string, placement?: Placement): EditResult {
  const clean = title.trim().replace(/\.$/, "");
  if (!clean) throw new UserError("The new agenda item needs a title.");
  const entry: AgendaEntry = { key: nextAddedKey(entries), title: clean, level: 1 };
  let index: number;
  if (placement) {
    const point = insertionPoint(entries, placement);
    index = point.index;
    entry.level = point.level;
  } else {
    const aob = indexOfKey(entries, "aob");
    const next = indexOfKey(entries, "next-meeting");
    index = aob >= 0 ? aob : next >= 0 ? next : entries.length;
  }
  const result = [...entries.slice(0, index), entry, ...entries.slice(index)];
  const number = numberEntries(result).find((e) => e.key === entry.key)?.number;
  return { entries: result, change: `added ${number} ${clean}` };
}

export function moveEntry(
  entries: readonly AgendaEntry[],
  reference: string,
  placement: Placement,
): EditResult {
  const moving = findEntry(numberEntries(entries), reference);
  const from = indexOfKey(entries, moving.key);
  const block = blockAt(entries, from);
  const point = insertionPoint(entries, placement);
  if (point.index > block.start && point.index < block.end) {
    throw new UserError(`Item ${moving.number} cannot be moved inside itself.`);
  }
  if (block.end - block.start > 1 && point.level === 2) {
    throw new UserError(
      `Item ${moving.number} has sub-items, so it cannot become a sub-item; move its sub-items first.`,
    );
  }
  const moved = entries
    .slice(block.start, block.end)
    .map((entry, i) => (i === 0 ? { ...entry, level: point.level } : entry));
  const rest = [...entries.slice(0, block.start), ...entries.slice(block.end)];
  const index = point.index > block.start ? point.index - (block.end - block.start) : point.index;
  const result = [...rest.slice(0, index), ...moved, ...rest.slice(index)];
  const now = numberEntries(result).find((e) => e.key === moving.key)?.number;
  return { entries: result, change: `moved ${moving.number} ${moving.title} to ${now}` };
}

export function dropEntry(entries: readonly AgendaEntry[], reference: string): EditResult {
  const dropping = findEntry(numberEntries(entries), reference);
  const block = blockAt(entries, indexOfKey(entries, dropping.key));
  const subItems = block.end - block.start - 1;
  const result = [...entries.slice(0, block.start), ...entries.slice(block.end)];
  if (result.length === 0) throw new UserError("The agenda cannot be left without items.");
  const withSubs = subItems ? ` with its ${subItems} sub-item${subItems === 1 ? "" : "s"}` : "";
  return { entries: result, change: `dropped ${dropping.number} ${dropping.title}${withSubs}` };
}
