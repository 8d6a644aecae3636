// The committee's formal style for Word: Times New Roman 12 pt in British
// English, headings in black (items bold, sub-items bold italic), item
// numbers from Word's own numbering ("1.", "5.1") so inserting an item
// renumbers the rest, and a plain bullet list for an agenda item's notes.
import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LevelSuffix } from "docx";
import { LANGUAGE } from "./docx-properties.ts";

const FONT = "Times New Roman";
/** Sizes are in half-points. */
const BODY = 24;
export const ITEMS = "items";
export const NOTES = "notes";

export const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: BODY, language: { value: LANGUAGE } } },
    heading1: {
      run: { font: FONT, size: BODY, bold: true, color: "000000" },
      paragraph: { spacing: { before: 320, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: BODY, bold: true, italics: true, color: "000000" },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
};

// "%1." and "%1.%2", followed by a space, flush left: the committee's "1. PRESENT:" and "5.1 Victim Assistance".
const itemLevel = (level: number, text: string) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.SPACE,
  style: { paragraph: { indent: { left: 0, hanging: 0 } } },
});

export const numbering: INumberingOptions = {
  config: [
    { reference: ITEMS, levels: [itemLevel(0, "%1."), itemLevel(1, "%1.%2")] },
    {
      reference: NOTES,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

interface NumberedHeading {
  level: 1 | 2;
  number: string | null;
}

/**
 * True when Word's numbering gives exactly the numbers on record (1, 2, …,
 * 5, 5.1, …). Minutes keep the agenda's numbers, and when those skip (the
 * next meeting moved last) the numbers are typed instead.
 */
export function wordNumbersMatch(headings: readonly NumberedHeading[]): boolean {
  let top = 0;
  let sub = 0;
  for (const heading of headings) {
    if (heading.level === 1) {
      top += 1;
      sub = 0;
      if (heading.number !== String(top)) return false;
    } else {
      sub += 1;
      if (heading.number !== `${top}.${sub}`) return false;
    }
  }
  return true;
}
