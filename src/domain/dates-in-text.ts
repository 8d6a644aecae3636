// Dates written out in prose or typed in chat, read with chrono-node (the
// English locale, day first as a Geneva reader means "7/12"). Documents keep
// their typos ("4 Novmber 2016", "9 Febuary 2017"), and chrono does not know
// those months: a near miss next to a day or a year is mended first, and the
// positions found are mapped back onto the text as written.
// the English locale alone: the whole package loads a dozen locales and costs start-up time
import * as en from "chrono-node/en";
import { MONTH_NAMES } from "./period.ts";

const MONTHS: readonly string[] = MONTH_NAMES;

/** 1-12 for a month name, its abbreviation or a near miss ("Novmber", "Sept"); undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const exact = MONTHS.indexOf(w);
  if (exact >= 0) return exact + 1;
  if (w === "may") return 5;
  const byPrefix = MONTHS.findIndex((month) => month.startsWith(w.slice(0, 3)) && month !== "may");
  if (byPrefix < 0) return undefined;
  const month = MONTHS[byPrefix]!;
  // "Sept", "Nov": an abbreviation; "Novmber", "Decmber": a typo; "Decision": another word
  if (w.length <= 4 || (month.startsWith(w) && w.length <= month.length)) return byPrefix + 1;
  return commonLetters(w, month) >= month.length - 2 && w.length <= month.length + 2
    ? byPrefix + 1
    : undefined;
}

/** Length of the longest common subsequence of two short words. */
function commonLetters(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) {
      next[j] = ca === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    }
    row = next;
  }
  return row[b.length]!;
}

export type MendedText = { text: string; original: (index: number) => number };

// Only a word beside a day or a year is taken for a month: "Junior" alone stays a word.
const MONTH_BESIDE_NUMBER =
  /(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)([A-Za-z]{3,11})\b|\b([A-Za-z]{3,11})(?=\.?,?\s+\d{1,4}\b)/g;

/** The text with misspelt month names replaced by the month, and a map from mended positions back. */
export function mendMonthTypos(text: string): MendedText {
  const edits: { at: number; delta: number }[] = [];
  let shift = 0;
  const mended = text.replace(MONTH_BESIDE_NUMBER, (word: string, _a, _b, offset: number) => {
    const month = monthNumber(word);
    const name = month ? MONTHS[month - 1]! : undefined;
    // abbreviations ("Sept", "Feb") chrono reads as written
    if (!name || name.startsWith(word.toLowerCase()) || word.length <= 4) return word;
    const spelt = word[0] === word[0]!.toUpperCase() ? name[0]!.toUpperCase() + name.slice(1) : name;
    edits.push({ at: offset + shift + spelt.length, delta: spelt.length - word.length });
    shift += spelt.length - word.length;
    return spelt;
  });
  const original = (index: number) =>
    edits.reduce((position, edit) => (index >= edit.at ? position - edit.delta : position), index);
  return { text: mended, original };
}

/** A date named in a text: where it is, and its parts; `year` is null when the text does not say it. */
export type DateMention = {
  index: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** 0 (Sunday) - 6, when the text names the weekday. */
  weekday: number | null;
};

const LEADING_WORDS = /^(?:(?:on|the|of|from|by|until|since|at)\s+)+/i;
/** Where a time joined to the date starts: "7 December 2016 from 10:00h", "14 June at 10:00". */
const TIME_AFTER = /,?\s+(?:from|at|between|starting)\b.*$|,?\s+\d{1,2}\s*(?:[:.h]\d{2}|[ap]\.?m\b|h\b).*$/i;
const MONTH_WORD = /[A-Za-z]{3,}/;

/**
 * Every day-and-month date in the text, in order: "Friday 4 November 2016",
 * "17th January 2017", "November 4, 2016", "04.11.2016", "2016-12-07", and
 * "Thursday 14 June" with its year unknown. A number alone, "March 2017" or
 * "next week" is not a date here.
 */
export function datesInText(text: string, reference = new Date(Date.UTC(2000, 0, 1))): DateMention[] {
  const mended = mendMonthTypos(text);
  const found: DateMention[] = [];
  for (const result of en.GB.parse(mended.text, { instant: reference })) {
    const start = result.start;
    if (!start.isCertain("day") || !start.isCertain("month")) continue;
    const yearKnown = start.isCertain("year");
    const core = result.text.replace(TIME_AFTER, "");
    // "5.1" or "7/12" in a document is an item or a ratio unless a month is written out
    if (!/\d/.test(core) || !(yearKnown || MONTH_WORD.test(core.replace(LEADING_WORDS, "")))) continue;
    const lead = LEADING_WORDS.exec(core)?.[0].length ?? 0;
    const from = result.index + lead;
    const to = result.index + core.replace(/[\s,.;:]+$/, "").length;
    found.push({
      index: mended.original(from),
      end: mended.original(to),
      year: yearKnown ? start.get("year")! : null,
      month: start.get("month")!,
      day: start.get("day")!,
      weekday: start.isCertain("weekday") ? start.get("weekday")! : null,
    });
  }
  return found;
}

/** "2016-11-04"; with the year unknown, ISO 8601's "--11-04". */
export function isoDate(year: number | null, month: number, day: number): string {
  const monthDay = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year === null ? `--${monthDay}` : `${year}-${monthDay}`;
}

/** Is month-day a real day of that year (29 February only in a leap year)? */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
