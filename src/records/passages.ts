// Splits the committee's documents into quotable passages: minutes by agenda
// item and paragraph (page breaks that cut a sentence are mended), papers by
// their numbered paragraphs.

export interface Passage {
  reference: string;
  agendaNumber?: string;
  text: string;
}

const ITEM_HEADING = /^(\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S.{2,150})$/;
const ENDS_SENTENCE = /[.!?:;”")]\s*$/;

function isHeading(paragraph: string): boolean {
  return ITEM_HEADING.test(paragraph) && paragraph.length < 160 && !/[.!?]\s*$/.test(paragraph);
}

function paragraphs(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  const mended: string[] = [];
  for (const block of blocks) {
    const previous = mended.at(-1);
    if (
      previous !== undefined &&
      !ENDS_SENTENCE.test(previous) &&
      !isHeading(previous) &&
      !isHeading(block) &&
      !/^\d{1,2}[.,]\s/.test(block)
    ) {
      mended[mended.length - 1] = `${previous} ${block}`;
    } else {
      mended.push(block);
    }
  }
  return mended;
}

/** Minutes: every paragraph under its agenda item; the attendance list (item 1) is left to the attendance records. */
export function splitMinutes(text: string): Passage[] {
  const passages: Passage[] = [];
  let item: { number: string; title: string } | null = null;
  for (const paragraph of paragraphs(text)) {
    const heading = isHeading(paragraph) ? ITEM_HEADING.exec(paragraph) : null;
    if (heading) {
      item = { number: heading[1] ?? "", title: (heading[2] ?? "").replace(/:$/, "") };
      continue;
    }
    if (!item || item.number === "1") continue;
    passages.push({
      reference: `item ${item.number} (${item.title})`,
      agendaNumber: item.number,
      text: paragraph,
    });
  }
  return passages;
}

/** A paper with numbered paragraphs ("1.", "4," as scanned): one passage per paragraph, bullets folded in. */
export function splitNumberedPaper(text: string): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of paragraphs(text)) {
    const numbered = /^(\d{1,2})[.,]\s+(.*)$/.exec(paragraph);
    if (numbered) {
      passages.push({ reference: `paragraph ${numbered[1]}`, text: numbered[2] ?? "" });
    } else if (passages.length > 0) {
      const last = passages[passages.length - 1] as Passage;
      if (!/^[*»•-]\s/.test(paragraph)) {
        last.text = `${last.text} ${paragraph}`;
        continue;
      }
      // a list, its items one after another as scanned ("» Clearance … » Stockpile destruction"): each
      // item after a semicolon, the first straight after the colon that opens the list
      for (const item of paragraph.split(/(?:^|\s+)[*»•-]\s+/).filter((part) => part.trim())) {
        last.text = `${last.text}${/:$/.test(last.text) ? " " : "; "}${item.trim()}`;
      }
    }
  }
  return passages;
}
