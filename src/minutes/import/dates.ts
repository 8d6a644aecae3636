// Dates and times as minutes write them: "Friday 4 November 2016",
// "Wednesday, 7 December 2016", "4th of Novmber 2016" (typos in the month
// are forgiven by its first three letters), "November 4, 2016", "04.11.2016"
// (day first, as in Geneva); "10:00", "10.00", "10h00", "10:00h", "2 p.m.".

import { MONTH_NAMES } from "../../domain/period.ts";

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

export type Found = { value: string; index: number; end: number };

const MONTH_WORD = "([A-Za-z]{3,10}\\.?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})\\b`, "g");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+${DAY},?\\s+(\\d{4})\\b`, "g");
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_WORD}\\b(?!,?\\s+\\d{4})`, "g");

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every full date in the text, in order of appearance. */
export function findDates(text: string): Found[] {
  const found: Found[] = [];
  const add = (match: RegExpMatchArray, value: string | undefined) => {
    const index = match.index ?? 0;
    if (value && !found.some((f) => index < f.end && index + match[0].length > f.index)) {
      found.push({ value, index, end: index + match[0].length });
    }
  };
  for (const m of text.matchAll(ISO)) add(m, iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[2]!);
    add(m, month ? iso(Number(m[3]), month, Number(m[1])) : undefined);
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[1]!);
    add(m, month ? iso(Number(m[3]), month, Number(m[2])) : undefined);
  }
  for (const m of text.matchAll(NUMERIC)) add(m, iso(Number(m[3]), Number(m[2]), Number(m[1])));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A date without its year ("7 December"), placed on or after `after` (yyyy-mm-dd):
 * the next meeting's date is written so when it falls in the same season.
 */
export function findDateWithoutYear(text: string, after: string): Found | undefined {
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2]!);
    if (!month) continue;
    const year = Number(after.slice(0, 4));
    const candidate = iso(year, month, Number(m[1]));
    const value = candidate && candidate >= after ? candidate : iso(year + 1, month, Number(m[1]));
    if (value) return { value, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  return undefined;
}

const CLOCK = "(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|h(?:rs?|ours)?\\b)?";
const RANGE = new RegExp(`${CLOCK}\\s*(?:[-–—]|to|until|till)\\s*${CLOCK}`, "gi");
const SINGLE = new RegExp(`\\b(?:at|from|starting at)\\s+${CLOCK}`, "gi");

function clock(hours: string, minutes: string | undefined, suffix: string | undefined): string | undefined {
  let h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  const s = (suffix ?? "").toLowerCase().replace(/\./g, "");
  if (s === "pm" && h < 12) h += 12;
  if (s === "am" && h === 12) h = 0;
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** A written time, not a bare number: it has minutes, am/pm or "h"/"hours". */
function looksLikeTime(minutes: string | undefined, suffix: string | undefined): boolean {
  return minutes !== undefined || suffix !== undefined;
}

export type TimeRange = { start: string | null; end: string | null; index: number; after: number };

/** "from 10:00 – 11:30 hours", "10.00 - 11.30", "from 10:00h to 11:30h", "2 to 4 p.m."; else a lone "at 10:00". */
export function findTimeRange(text: string): TimeRange | undefined {
  for (const m of text.matchAll(RANGE)) {
    const [, h1, m1, s1, h2, m2, s2] = m;
    if (!looksLikeTime(m1, s1) && !looksLikeTime(m2, s2)) continue;
    // "2 to 4 p.m.": the first time takes the second one's half of the day
    const firstSuffix = s1 ?? (/^[ap]/i.test(s2 ?? "") && Number(h1) <= Number(h2) ? s2 : undefined);
    const start = clock(h1!, m1, firstSuffix);
    const end = clock(h2!, m2, s2);
    if (start && end) return { start, end, index: m.index ?? 0, after: (m.index ?? 0) + m[0].length };
  }
  for (const m of text.matchAll(SINGLE)) {
    const [, h, min, suffix] = m;
    if (!looksLikeTime(min, suffix)) continue;
    const start = clock(h!, min, suffix);
    if (start) return { start, end: null, index: m.index ?? 0, after: (m.index ?? 0) + m[0].length };
  }
  return undefined;
}
