// Dates and times as minutes write them. Dates are read by the shared
// chrono-based reader (domain/dates-in-text.ts: "Friday 4 November 2016",
// "4th of Novmber 2016", "04.11.2016" day first, as in Geneva); times here:
// "10:00", "10.00", "10h00", "10:00h", "2 p.m.".

import { type DateMention, datesInText, isoDate, isRealDate } from "../../domain/dates-in-text.ts";

export type Found = { value: string; index: number; end: number };

const asFound = (mention: DateMention, year: number | null): Found => ({
  value: isoDate(year, mention.month, mention.day),
  index: mention.index,
  end: mention.end,
});

/** Every full date (day, month and year) in the text, in order of appearance. */
export function findDates(text: string): Found[] {
  return datesInText(text)
    .filter((mention) => mention.year !== null && isRealDate(mention.year, mention.month, mention.day))
    .map((mention) => asFound(mention, mention.year));
}

/**
 * A date without its year ("7 December"), placed on or after `after`
 * (yyyy-mm-dd): the next meeting's date is written so when it falls in the
 * same season. With `after` itself yearless ("--06-14"), the year stays unknown.
 */
export function findDateWithoutYear(text: string, after: string): Found | undefined {
  const mention = datesInText(text).find((m) => m.year === null);
  if (!mention) return undefined;
  if (after.startsWith("--")) return asFound(mention, null);
  const year = Number(after.slice(0, 4));
  const sameYear = isoDate(year, mention.month, mention.day);
  return asFound(mention, sameYear >= after ? year : year + 1);
}

/**
 * The first date in the text, full or not. A date without a year takes the
 * year that puts it nearest the `context` dates (other dates of the document,
 * the year in its file name) and, when the weekday is written, on that
 * weekday; with no context its year stays unknown ("--06-14"), never dropped.
 */
export function findMeetingDate(text: string, context: readonly string[]): Found | undefined {
  const mention = datesInText(text)[0];
  if (!mention) return undefined;
  if (mention.year !== null) return asFound(mention, mention.year);
  const year = nearestYear(mention, context);
  return asFound(mention, year);
}

const DAY = 86_400_000;

function nearestYear(mention: DateMention, context: readonly string[]): number | null {
  const anchors = context
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .map((date) => Date.parse(`${date}T00:00:00Z`))
    .filter((at) => !Number.isNaN(at));
  if (anchors.length === 0) return null;
  const years = [...new Set(anchors.map((a) => new Date(a).getUTCFullYear()))].flatMap((y) => [
    y - 1,
    y,
    y + 1,
  ]);
  let best: { year: number; distance: number } | null = null;
  for (const year of years) {
    if (!isRealDate(year, mention.month, mention.day)) continue;
    const at = Date.UTC(year, mention.month - 1, mention.day);
    if (mention.weekday !== null && new Date(at).getUTCDay() !== mention.weekday) continue;
    const distance = Math.min(...anchors.map((a) => Math.abs(a - at)));
    if (!best || distance < best.distance) best = { year, distance };
  }
  // a weekday that fits no year near the context is a typo in the weekday or the context: say nothing
  return best && best.distance < 400 * DAY ? best.year : null;
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
