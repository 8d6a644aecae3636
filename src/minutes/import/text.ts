// The minutes document as clean lines and as prose: page marks, running
// headers and form feeds out; an item number alone on its line joined to the
// title on the next, a heading a page break split joined again, and lines a
// PDF broke mid-sentence joined into their paragraph.

import { ITEM_HEADING, ITEM_NUMBER_ALONE } from "./numbering.ts";

/** "2", "- 2 -", "Page 2", "Page 2 of 5", "2/5": a line that is only a page number. */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;
/** "2 | Minutes of the CCM Coordination Committee", "Coordination Committee | 3": a footer with its page number. */
const BAR_PAGE_MARK = /^(?:\d{1,3}\s*\|.{0,120}|.{0,120}\|\s*(?:page\s+)?\d{1,3})$/i;

const isPageMark = (line: string) => line !== "" && (PAGE_NUMBER.test(line) || BAR_PAGE_MARK.test(line));

/** Lines of the document, trimmed, with page furniture removed; blank lines kept as "". */
export function documentLines(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n");
  const pageBreaks = new Set<number>();
  const lines = raw.map((line, index) => {
    if (line.includes("\f")) pageBreaks.add(index);
    return line
      .replace(/\f/g, "")
      .replace(/[ \t]+/g, " ")
      .trim();
  });
  lines.forEach((line, index) => {
    if (isPageMark(line)) pageBreaks.add(index);
  });
  const headers = runningHeaders(lines, pageBreaks);
  const furniture = lines.map((line) => isPageMark(line) || headers.has(line));
  return joinSplitHeadings(
    lines.map((line, index) => (furniture[index] ? "" : line)),
    furniture,
  );
}

/** The next line with text after `index`, within a few lines (a page break leaves blanks and furniture). */
function nextText(lines: string[], index: number): number | undefined {
  for (let k = index + 1; k < lines.length && k <= index + 8; k++) if (lines[k] !== "") return k;
  return undefined;
}

/** A title's last word that cannot end it: "General Status and Operation of the". */
const OPEN_END = /\b(?:of|the|and|on|for|to|by|in|from|with|a|an|at)$/i;

/**
 * "5." (or "Agenda Item 5") alone on its line takes the title on the next line
 * with text; a numbered heading cut by a page break ("4. General Status and
 * Operation of the" | page mark | "Convention") takes its last words back.
 */
function joinSplitHeadings(lines: string[], furniture: boolean[]): string[] {
  const out = [...lines];
  for (let index = 0; index < out.length; index++) {
    const line = out[index]!;
    const next = nextText(out, index);
    if (line === "" || next === undefined) continue;
    const following = out[next]!;
    if (ITEM_NUMBER_ALONE.test(line) && !ITEM_NUMBER_ALONE.test(following) && !ITEM_HEADING.test(following)) {
      out[index] = `${line} ${following}`;
      out[next] = "";
      continue;
    }
    const brokenByPage = furniture.slice(index + 1, next).some(Boolean);
    if (
      brokenByPage &&
      ITEM_HEADING.test(line) &&
      !/[.:;!?]$/.test(line) &&
      following.length < 60 &&
      !/[.:;]$/.test(following) &&
      !ITEM_HEADING.test(following) &&
      (OPEN_END.test(line) || /^\p{Ll}/u.test(following))
    ) {
      out[index] = `${line} ${following}`;
      out[next] = "";
    }
  }
  return out;
}

/**
 * A line repeated on several pages next to a page break ("CCM Coordination
 * Committee – Minutes", "Draft – not for circulation") is a running header.
 */
function runningHeaders(lines: string[], pageBreaks: Set<number>): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.length >= 8) counts.set(line, (counts.get(line) ?? 0) + 1);
  const nearBreak = (index: number) => [...pageBreaks].some((b) => Math.abs(b - index) <= 3);
  const headers = new Set<string>();
  lines.forEach((line, index) => {
    if ((counts.get(line) ?? 0) >= 2 && line.length < 120 && !/[.;]$/.test(line) && nearBreak(index)) {
      headers.add(line);
    }
  });
  return headers;
}

/**
 * Paragraphs of prose: lines of a paragraph joined, hyphenation undone, and a
 * paragraph that stops mid-sentence (page break) joined to the next one when
 * that one goes on in lower case.
 */
export function paragraphs(lines: string[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(joinLines(current));
    current = [];
  };
  for (const line of lines) {
    if (line === "") flush();
    else current.push(line);
  }
  flush();
  const joined: string[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (previous !== undefined && continues(previous, block)) {
      joined[joined.length - 1] = `${previous} ${block}`;
    } else {
      joined.push(block);
    }
  }
  return joined;
}

/** Does `block` carry on the sentence `previous` left unfinished (a page break in between)? */
function continues(previous: string, block: string): boolean {
  if (/[.:;!?"”)]$/.test(previous) || ITEM_HEADING.test(previous) || ITEM_HEADING.test(block)) return false;
  if (/^[\p{Ll}(]/u.test(block)) return true;
  return previous.length > 60 && !/^[\p{Lu}\d\s\W]+$/u.test(block);
}

function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (text === "") return line;
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
    return `${text} ${line}`;
  }, "");
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|e\.g|i\.e|No|Art|para|St|vs|cf|approx)\.$/i;

/** Sentences of a paragraph; "Mr." and "H.E." do not end one. */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const piece of paragraph.split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[\p{Lu}\d])/u)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current) && !/\b\p{Lu}\.$/u.test(current)) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}
