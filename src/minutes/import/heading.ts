// The heading block: "MINUTES OF THE ... MEETING / Held on Friday 4 November
// 2016 / at the Permanent Mission of ..., from 10:00 – 11:30 hours". Each field
// is looked for on its own, so a heading without a place still gives its date.

import { findDates, findTimeRange } from "./dates.ts";

export type MeetingFields = {
  date: string | null;
  start: string | null;
  end: string | null;
  place: string | null;
};

/** The lines before attendance or the first numbered item: where the heading is. */
export function headingZone(lines: string[]): string[] {
  const end = lines.findIndex(
    (line) =>
      /^(?:\d+\.?\s*)?(?:present|attendance|participants|attendees|in attendance)\b/i.test(line) ||
      /^\d{1,2}\.\s+\S/.test(line),
  );
  return lines.slice(0, end < 0 ? Math.min(lines.length, 15) : end).filter(Boolean);
}

export function parseHeading(lines: string[]): MeetingFields {
  const text = headingZone(lines).join("\n");
  const date = findDates(text)[0];
  const time = findTimeRange(text);
  return {
    date: date?.value ?? null,
    start: time?.start ?? null,
    end: time?.end ?? null,
    place: findPlace(text),
  };
}

/** Words that open a place: "at the Permanent Mission of ...", "Venue: Palais des Nations". */
const LABELLED = /^\s*(?:venue|place|location|held at)\s*:\s*(.+)$/im;
const AT = /(?:^|\s|,)(?:at|in)\s+((?:the\s+)?\p{Lu}.+)$/imu;

/**
 * The place, up to the time or the date that follows it: from "at the Permanent
 * Mission of Germany, from 10:00 – 11:30 hours" -> "Permanent Mission of Germany".
 */
export function findPlace(text: string): string | null {
  const labelled = LABELLED.exec(text);
  const candidates = labelled ? [labelled[1]!] : [];
  for (const line of text.split("\n")) {
    const at = AT.exec(line);
    if (at?.[1]) candidates.push(at[1]);
  }
  for (const candidate of candidates) {
    const place = trimPlace(candidate);
    if (place) return place;
  }
  return null;
}

export function trimPlace(raw: string): string | null {
  let place = raw;
  const time = findTimeRange(place);
  if (time) place = place.slice(0, time.index);
  const date = findDates(place)[0];
  if (date) place = place.slice(0, date.index);
  place = place
    .replace(/\b(?:on|from|between|starting|at)\s*$/i, "")
    .replace(/,?\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i, "")
    .replace(/[\s,;:.–—-]+$/, "")
    .replace(/^the\s+/i, "")
    .trim();
  if (place.length < 3 || !/\p{Lu}/u.test(place)) return null;
  return place;
}
