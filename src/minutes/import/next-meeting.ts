// "Date of the next meeting": the item so titled (or, failing that, a
// sentence about the next meeting) gives the date, the time and the place.

import { monthNumber } from "../../domain/dates-in-text.ts";
import { findDates, findDateWithoutYear, findTimeRange } from "./dates.ts";
import type { MeetingFields } from "./heading.ts";
import { trimPlace } from "./heading.ts";
import type { ItemSpan } from "./items.ts";
import { paragraphs, sentences } from "./text.ts";

const NEXT_TITLE = /\bnext\b.*\bmeeting\b|\bdate\b.*\bnext\b|\bnext\s+session\b/i;
const NEXT_SENTENCE = /\bnext\s+(?:\S+\s+){0,3}?(?:meeting|session)\b|\bmeet\s+again\b/i;

export function parseNextMeeting(
  lines: string[],
  items: ItemSpan[],
  meetingDate: string | null,
): MeetingFields | null {
  const at = items.findIndex((item) => NEXT_TITLE.test(item.title));
  const candidates: string[] = [];
  if (at >= 0) {
    const from = items[at]!.line + 1;
    const to = items[at + 1]?.line ?? lines.length;
    candidates.push(...paragraphs(lines.slice(from, to)).flatMap(sentences));
  }
  candidates.push(
    ...paragraphs(lines)
      .flatMap(sentences)
      .filter((s) => NEXT_SENTENCE.test(s)),
  );
  for (const sentence of candidates) {
    const found = fromSentence(sentence, meetingDate);
    if (found) return found;
  }
  return null;
}

function fromSentence(sentence: string, meetingDate: string | null): MeetingFields | null {
  const dated = findDates(sentence).find((d) => !meetingDate || d.value > meetingDate);
  const date = dated ?? (meetingDate ? findDateWithoutYear(sentence, meetingDate) : undefined);
  if (!date) return null;
  const relative = findTimeRange(sentence.slice(date.index));
  const time = relative ? { ...relative, after: relative.after + date.index } : findTimeRange(sentence);
  const tail = sentence.slice(Math.max(date.end, time?.after ?? 0));
  return {
    date: date.value,
    start: time?.start ?? null,
    end: time?.end ?? null,
    place: placeIn(tail) ?? placeIn(sentence),
  };
}

const PLACE =
  /\b(?:in|at)\s+((?:the\s+)?(?:\p{Lu}|conference\b|room\b|premises\b|offices?\b|headquarters\b|mission\b)[^.;]*)/giu;

function placeIn(text: string): string | null {
  for (const match of text.matchAll(PLACE)) {
    const raw = match[1]!;
    const first = raw.replace(/^the\s+/i, "").split(/\s+/)[0] ?? "";
    if (monthNumber(first) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(first))
      continue;
    const place = trimPlace(raw);
    if (place) return place;
  }
  return null;
}
