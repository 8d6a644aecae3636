// The heading block: "MINUTES OF THE ... MEETING / Held on Friday 4 November
// 2016 / at the Permanent Mission of ..., from 10:00 – 11:30 hours". Each field
// is looked for on its own, so a heading without a place still gives its date,
// and a date without its year ("Thursday 14 June") takes it from the context.

import { findDates, findMeetingDate, findTimeRange } from "./dates.ts";
import { ITEM_HEADING, ITEM_PREFIX } from "./numbering.ts";

export type MeetingFields = {
  date: string | null;
  start: string | null;
  end: string | null;
  place: string | null;
};

const ATTENDANCE = new RegExp(
  `^${ITEM_PREFIX}(?:present|attendance|participants|attendees|in attendance|list of participants)\\b`,
  "i",
);
/** "12 May 2017 from 14:00" on its own line is the date, not item 12. */
const DATE_LINE = /^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,}\.?,?\s+\d{4}\b/;

/** The lines before attendance or the first numbered item: where the heading is. */
export function headingZone(lines: string[]): string[] {
  const end = lines.findIndex(
    (line) => ATTENDANCE.test(line) || (ITEM_HEADING.test(line) && !DATE_LINE.test(line)),
  );
  return lines.slice(0, end < 0 ? Math.min(lines.length, 15) : end).filter(Boolean);
}

/** `context`: full dates the rest of the document or its file name give, for a heading without a year. */
export function parseHeading(lines: string[], context: readonly string[] = []): MeetingFields {
  const text = headingZone(lines).join("\n");
  const date = findMeetingDate(text, context);
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
/** A heading line that is a place by itself: "Permanent Mission of Sri Lanka, Geneva, 15:00 – 16:30". */
const PLACE_LINE =
  /^(?:the\s+)?(?:Permanent\s+Mission|Mission|Palais|Conference\s+Room|Room|ISU\s+offices?|Offices?|Maison|Embassy|Headquarters|Centre|Center|Hotel|Hall|House)\b.*$/im;

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
  const line = PLACE_LINE.exec(text);
  if (line) candidates.push(line[0]);
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
