// Numbered agenda items ("2. Opening Remarks by the President", "5.3 Stockpile
// Destruction (Croatia and Mexico)"). A numbered line counts as a heading only
// where the numbering goes on from the previous heading and the line starts a
// paragraph, so a numbered list inside the text or a line a PDF began with
// "2 States Parties" is not taken for an item.

import { monthNumber } from "../../domain/dates-in-text.ts";
import { ITEM_HEADING } from "./numbering.ts";

export type Item = { number: string; title: string };
export type ItemSpan = Item & { line: number };

export function parseItems(lines: string[]): ItemSpan[] {
  const items: ItemSpan[] = [];
  let top = 0;
  let sub = 0;
  lines.forEach((line, index) => {
    const match = ITEM_HEADING.exec(line);
    if (!match || !startsParagraph(lines, index)) return;
    const major = Number(match[1]);
    const minor = match[2] === undefined ? undefined : Number(match[2]);
    const title = headingTitle(match[3]!, lines[index + 1]);
    if (!title) return;
    if (minor === undefined) {
      if (!(top === 0 ? major <= 2 : major === top + 1 || major === top + 2)) return;
      top = major;
      sub = 0;
    } else {
      // "5.1" may come before a heading "5." was recognised (or with it missing)
      const sameItem = major === top && (minor === sub + 1 || minor === sub + 2);
      const newItem = minor === 1 && (major === top + 1 || (top === 0 && major <= 2));
      if (!sameItem && !newItem) return;
      top = major;
      sub = minor;
    }
    items.push({ number: minor === undefined ? String(major) : `${major}.${minor}`, title, line: index });
  });
  return items;
}

function startsParagraph(lines: string[], index: number): boolean {
  const previous = lines[index - 1];
  return (
    previous === undefined || previous === "" || /[.:;!?"”)]$/.test(previous) || ITEM_HEADING.test(previous)
  );
}

/**
 * The title as written, without a trailing colon; a heading wrapped onto a
 * short lower-case second line is joined. Prose is not a title.
 */
function headingTitle(text: string, nextLine: string | undefined): string | null {
  let title = text.trim();
  if (
    nextLine &&
    /^\p{Ll}/u.test(nextLine) &&
    nextLine.length < 60 &&
    !/[.:]$/.test(title) &&
    !/[.]$/.test(nextLine)
  ) {
    title = `${title} ${nextLine.trim()}`;
  }
  title = title.replace(/\s*:$/, "").trim();
  const words = title.split(/\s+/).length;
  if (words > 20 || title.length > 160) return null;
  if (!/^[\p{Lu}\d"“(]/u.test(title)) return null;
  // "4 November 2016" on a line of its own is a date
  if (monthNumber(title.split(/\s+/)[0] ?? "") && /^\S+\s+\d{4}\b/.test(title)) return null;
  // "2 States Parties had made contributions ..." is a sentence, not a heading
  if (words > 10 && /[.]$/.test(title)) return null;
  return title.replace(/\.$/, "");
}
