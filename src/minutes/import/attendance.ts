// "PRESENT:" and "Apologies:" lists: a delegation line ("Germany - 7MSP
// President") followed by its persons ("H.E. Michael Biontino", "Mr. Toralf
// Pilz"). Honorifics are what tell a person from a delegation; a line may also
// carry both ("Germany: H.E. Michael Biontino, Mr. Toralf Pilz"), or be a
// bullet ("- Croatia"). A list ends at the next item heading or at prose.

import { ITEM_HEADING, ITEM_NUMBER_ALONE, ITEM_PREFIX } from "./numbering.ts";

export type AttendancePerson = { honorific: string | null; name: string };
export type AttendanceEntry = { delegation: string; role: string | null; persons: AttendancePerson[] };

const HONORIFIC_WORD =
  "(?:H\\.\\s?E\\.|S\\.\\s?E\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Mx\\.?|Dr\\.?|Prof\\.?|Amb\\.|Ambassador|Sir|Dame|Mme\\.?|Madam|Col\\.|Gen\\.|Lt\\.)";
/** One or more honorifics in a row ("H.E. Ms."), then the name. */
const HONORIFIC = new RegExp(
  `(?:^|(?<=[\\s,;:(–—-]))(${HONORIFIC_WORD}(?:\\s+${HONORIFIC_WORD})*)\\s+(?=\\p{Lu})`,
  "u",
);
const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC.source.replace("(?:^|(?<=[\\s,;:(–—-]))", "")}`, "u");

const PRESENT_HEADING = new RegExp(
  `^${ITEM_PREFIX}(?:present|in attendance|attendance|list of participants|participants|attendees|members present)\\b\\s*:?\\s*(.*)$`,
  "i",
);
const APOLOGIES_HEADING = new RegExp(
  `^${ITEM_PREFIX}(?:apologies|absent(?:\\s+with\\s+apologies)?|excused|regrets)\\b\\s*:?\\s*(.*)$`,
  "i",
);
/** The rest of a heading, not names: "APOLOGIES RECEIVED FROM", "ABSENT WITH" / "APOLOGIES". */
const HEADING_WORDS =
  /^(?:(?:received|from|with|apologies|for|absence|of|the|delegations?|were|was|by|regrets)\b[\s:]*)+$/i;
const BULLET = /^[-–—•*·▪‣◦]\s+/;

export type Attendance = { present: AttendanceEntry[]; apologies: AttendanceEntry[] };

export function parseAttendance(lines: string[]): Attendance {
  const present: AttendanceEntry[] = [];
  const apologies: AttendanceEntry[] = [];
  let target: AttendanceEntry[] | undefined;
  for (const line of lines) {
    if (line === "") continue;
    const presentHeading = PRESENT_HEADING.exec(line);
    const apologiesHeading = APOLOGIES_HEADING.exec(line);
    if (presentHeading && line.length < 40 + (presentHeading[1]?.length ?? 0) && !endsProse(line)) {
      target = present;
      if (presentHeading[1]) readLine(presentHeading[1], target);
      continue;
    }
    if (apologiesHeading && !endsProse(line.replace(/[.]$/, ""))) {
      target = apologies;
      const inline = apologiesHeading[1] ?? "";
      if (inline && !HEADING_WORDS.test(inline)) readInline(inline, target);
      continue;
    }
    if (!target) continue;
    if (ITEM_HEADING.test(line) || ITEM_NUMBER_ALONE.test(line) || endsProse(line)) {
      target = undefined;
      continue;
    }
    if (HEADING_WORDS.test(line)) continue;
    readLine(line.replace(BULLET, ""), target);
  }
  return { present: present.filter(hasName), apologies: apologies.filter(hasName) };
}

/** A long line ending in a full stop is prose: the list is over. */
function endsProse(line: string): boolean {
  return line.split(/\s+/).length > 9 && /[.!?]$/.test(line);
}

function hasName(entry: AttendanceEntry): boolean {
  return entry.delegation !== "" || entry.persons.length > 0;
}

/** One line of the list: a delegation, persons, or a delegation followed by its persons. */
function readLine(line: string, entries: AttendanceEntry[]): void {
  const at = HONORIFIC.exec(line);
  const head = at ? line.slice(0, at.index).replace(/[\s,;:–—-]+$/, "") : line;
  const persons = at ? readPersons(line.slice(at.index)) : [];
  if (head !== "") {
    entries.push({ ...delegationAndRole(head), persons });
    return;
  }
  const current = entries.at(-1);
  if (current) current.persons.push(...persons);
  else entries.push({ delegation: "", role: null, persons });
}

/** "Apologies: Chile, France and Mr. X (Italy)": inline, comma-separated delegations. */
function readInline(inline: string, entries: AttendanceEntry[]): void {
  // "Apologies for absence were received from the delegations of Chile and France."
  const text = inline.replace(/^(?:(?:\S+\s+){0,8}?from\s+)?(?:the\s+delegations?\s+of\s+)?/i, "");
  if (HONORIFIC.test(text)) {
    readLine(text, entries);
    return;
  }
  for (const name of text
    .replace(/\.$/, "")
    .split(
      /\s*(?:,|;|\band\b(?!\s+(?:Herzegovina|Tobago|Barbuda|Nevis|the Grenadines|Principe|Príncipe)))\s*/,
    )) {
    if (name.trim()) entries.push({ ...delegationAndRole(name.trim()), persons: [] });
  }
}

/** "H.E. Michael Biontino, Mr. Toralf Pilz" -> two persons; "Ms. Sheila Mweemba, Director" -> one. */
function readPersons(text: string): AttendancePerson[] {
  const persons: AttendancePerson[] = [];
  let rest = text.trim();
  while (rest) {
    const start = HONORIFIC_AT_START.exec(rest);
    const honorific = start ? start[1]!.replace(/\s+/g, " ") : null;
    const afterHonorific = start ? rest.slice(start[0].length) : rest;
    const next = HONORIFIC.exec(afterHonorific);
    const chunk = next ? afterHonorific.slice(0, next.index) : afterHonorific;
    const name = personName(chunk);
    if (name) persons.push({ honorific, name });
    rest = next ? afterHonorific.slice(next.index) : "";
  }
  return persons;
}

/** The name without a trailing position ("Ms. Sheila Mweemba, Director") or separators. */
function personName(chunk: string): string {
  return chunk
    .replace(/\s*[(,;–—].*$/, "")
    .replace(/\s+-\s.*$/, "")
    .replace(/\s+and\s*$/i, "")
    .replace(/[\s,;.:]+$/, "")
    .trim();
}

/** "Germany - 7MSP President", "Germany (Presidency)", "ISU-CCM": hyphens inside a name stay. */
function delegationAndRole(text: string): Pick<AttendanceEntry, "delegation" | "role"> {
  const clean = text.replace(/[:;,.]+$/, "").trim();
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(clean);
  if (dash) return { delegation: dash[1]!.trim(), role: dash[2]!.trim() };
  const bracket = /^(.+?)\s*\((.+)\)$/.exec(clean);
  // "Implementation Support Unit (ISU-CCM)": an acronym in brackets is part of the name
  if (bracket && !/^[A-Z][A-Z0-9-]+$/.test(bracket[2]!))
    return { delegation: bracket[1]!.trim(), role: bracket[2]!.trim() };
  const colon = /^(.+?):\s*(.+)$/.exec(clean);
  if (colon) return { delegation: colon[1]!.trim(), role: colon[2]!.trim() };
  return { delegation: clean, role: null };
}
