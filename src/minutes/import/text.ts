// The minutes document as clean lines and as prose: page numbers, running
// headers and form feeds out; lines a PDF broke mid-sentence joined again.

/** "2", "- 2 -", "Page 2", "Page 2 of 5", "2/5": a line that is only a page number. */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;

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
    if (PAGE_NUMBER.test(line) && line !== "") pageBreaks.add(index);
  });
  const headers = runningHeaders(lines, pageBreaks);
  return lines.map((line) => (PAGE_NUMBER.test(line) || headers.has(line) ? "" : line));
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

const HEADING = /^(?:item\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s/i;

/** Does `block` carry on the sentence `previous` left unfinished (a page break in between)? */
function continues(previous: string, block: string): boolean {
  if (/[.:;!?"”)]$/.test(previous) || HEADING.test(previous) || HEADING.test(block)) return false;
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
