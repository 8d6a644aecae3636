// A minutes document in the committee's style, read into the import's data.
// Each field is read on its own and a field that cannot be read is null or
// empty: one odd paragraph never costs the whole import. The result is the
// `--json` contract of `npm run import:minutes` (scripts outside the repo rely on it).

import { type ActionCandidate, findActionCandidates } from "./actions.ts";
import { type AttendanceEntry, parseAttendance } from "./attendance.ts";
import { findDates } from "./dates.ts";
import { type MeetingFields, parseHeading } from "./heading.ts";
import { type ItemSpan, parseItems } from "./items.ts";
import { parseNextMeeting } from "./next-meeting.ts";
import { documentLines, paragraphs, sentences } from "./text.ts";

export type MinutesImport = {
  meeting: MeetingFields;
  present: AttendanceEntry[];
  apologies: AttendanceEntry[];
  items: { number: string; title: string }[];
  nextMeeting: MeetingFields | null;
  actionCandidates: ActionCandidate[];
};

/** What went wrong reading a field, for the CLI's stderr; the field itself degrades. */
export type FieldProblem = { field: keyof MinutesImport; message: string };

function attempt<T>(field: keyof MinutesImport, fallback: T, read: () => T, problems: FieldProblem[]): T {
  try {
    return read();
  } catch (error) {
    problems.push({ field, message: error instanceof Error ? error.message : String(error) });
    return fallback;
  }
}

/** Where the text came from: a file name such as "minutes-2018-06-14.txt" dates a heading without a year. */
export type MinutesSource = { fileName?: string };

export function parseMinutes(
  text: string,
  problems: FieldProblem[] = [],
  source: MinutesSource = {},
): MinutesImport {
  const lines = attempt("meeting", [] as string[], () => documentLines(text), problems);
  const emptyMeeting: MeetingFields = { date: null, start: null, end: null, place: null };
  const meeting = attempt(
    "meeting",
    emptyMeeting,
    () => parseHeading(lines, contextDates(lines, source)),
    problems,
  );
  const attendance = attempt(
    "present",
    { present: [], apologies: [] },
    () => parseAttendance(lines),
    problems,
  );
  const items = attempt("items", [] as ItemSpan[], () => parseItems(lines), problems);
  const nextMeeting = attempt(
    "nextMeeting",
    null,
    () => parseNextMeeting(lines, items, meeting.date),
    problems,
  );
  const actors = attendance.present.map((entry) => entry.delegation).filter(Boolean);
  const actionCandidates = attempt(
    "actionCandidates",
    [] as ActionCandidate[],
    () => findActionCandidates(proseAfterAttendance(lines, items), actors),
    problems,
  );
  return {
    meeting,
    present: attendance.present,
    apologies: attendance.apologies,
    items: items.map(({ number, title }) => ({ number, title })),
    nextMeeting,
    actionCandidates,
  };
}

/**
 * Full dates that place the meeting in time: those of the document (the
 * previous and the next meeting, deadlines) and one in the file name.
 */
function contextDates(lines: string[], source: MinutesSource): string[] {
  const inDocument = paragraphs(lines).flatMap((paragraph) => findDates(paragraph).map((d) => d.value));
  const named = /(?<!\d)((?:19|20)\d\d)(?:[-_.]?(\d\d)[-_.]?(\d\d))?(?!\d)/.exec(source.fileName ?? "");
  if (!named) return inDocument;
  // a year alone stands for its middle: the nearest fitting weekday then wins
  const fromName = named[2] ? `${named[1]}-${named[2]}-${named[3]}` : `${named[1]}-07-01`;
  return [...inDocument, fromName];
}

/** The body's paragraphs as sentences, from the first item after the attendance list. */
function proseAfterAttendance(lines: string[], items: ItemSpan[]): string[][] {
  const firstBodyItem = items.find(
    (item) => !/^(?:present|attendance|participants|apologies)/i.test(item.title),
  );
  const start = firstBodyItem ? firstBodyItem.line + 1 : 0;
  const body = lines
    .slice(start)
    .map((line, index) => (items.some((i) => i.line === index + start) ? "" : line));
  return paragraphs(body).map(sentences);
}
