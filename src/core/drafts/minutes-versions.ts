// Versions of a meeting's minutes: the document frozen when a draft is
// circulated, its items read back by number (what a comment or an edit
// names) and what changed from one version to the next.
import type { MinutesVersionRecord } from "../../read-model/minutes.ts";
import type { Records } from "../../read-model/records.ts";
import { type Block, headingText, type PrintDocument } from "./document.ts";

export interface DocumentItem {
  number: string;
  title: string;
  level: 1 | 2;
  /** Its paragraphs, one a line; the attendance list under "PRESENT:". */
  text: string;
}

export function versionsOf(records: Records, meetingId: number): readonly MinutesVersionRecord[] {
  return records.minutes.versionsByMeeting.get(meetingId) ?? [];
}

export function latestVersion(records: Records, meetingId: number): MinutesVersionRecord | null {
  return versionsOf(records, meetingId).at(-1) ?? null;
}

/** The stored document, its date revived (JSON keeps it as a string). */
export function readDocument(json: string): PrintDocument {
  const parsed = JSON.parse(json) as PrintDocument & { preparedAt: string };
  return { ...parsed, preparedAt: new Date(parsed.preparedAt) };
}

/** The document as circulated as version `version`: marked so on every page. */
export function asVersion(document: PrintDocument, version: number): PrintDocument {
  return { ...document, status: `DRAFT (version ${version})` };
}

function blockText(block: Block): string {
  if (block.kind === "paragraph") return block.text;
  if (block.kind === "list") return block.items.join("\n");
  if (block.kind === "attendance")
    return block.delegations.map((d) => [d.name, ...d.persons].join(", ")).join("\n");
  return "";
}

/** The numbered items of a document with their text, in order. */
export function documentItems(document: PrintDocument): DocumentItem[] {
  const items: DocumentItem[] = [];
  for (const block of document.blocks) {
    if (block.kind === "heading") {
      items.push({ number: block.number ?? "", title: block.title, level: block.level, text: "" });
      continue;
    }
    const current = items.at(-1);
    if (!current) continue;
    const text = blockText(block);
    current.text = current.text ? `${current.text}\n${text}` : text;
  }
  return items;
}

/** The item a member or the secretariat names: "5.4", "item 5.4", "5.4."; null when there is none. */
export function findItem(items: readonly DocumentItem[], reference: string): DocumentItem | null {
  const number = reference
    .trim()
    .replace(/^item\s+/i, "")
    .replace(/\.$/, "");
  return items.find((item) => item.number !== "" && item.number === number) ?? null;
}

function label(item: DocumentItem): string {
  return headingText(item.number, item.title, item.level);
}

/** "5.4 Clearance …: reworded", "8. Any Other Business: added", in the new version's order. */
export function changesBetween(previous: PrintDocument | null, next: PrintDocument): string[] {
  if (!previous) return [];
  const before = new Map(documentItems(previous).map((item) => [`${item.number}|${item.title}`, item]));
  const after = documentItems(next);
  const changes: string[] = [];
  for (const item of after) {
    const old = before.get(`${item.number}|${item.title}`);
    if (!old) changes.push(`${label(item)}: added`);
    else if (old.text !== item.text) changes.push(`${label(item)}: reworded`);
    before.delete(`${item.number}|${item.title}`);
  }
  for (const item of before.values()) changes.push(`${label(item)}: removed`);
  return changes;
}
