// Fuzz: the minutes import parser on hostile documents: random text, the real
// minutes of 4 November 2016 and the fixture minutes with hostile lines spliced
// in, lines swapped or cut, and 100 KB pastes. parseMinutes never throws, no
// field reader fails inside it (each failure would cost that field), and the
// result always has the shape of the `--json` contract.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type FieldProblem, type MinutesImport, parseMinutes } from "../../src/minutes/import/parse.ts";
import { ATTACKS, hostileInput, hostilePiece, hostileText, hugePaste } from "./arbitraries.ts";
import { count, failure, failures, fuzzParams, report, tally } from "./figures.ts";

const t = tally("import");
afterAll(() => report(t));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const DOCUMENTS = [
  read("src/seed/documents/minutes-2016-11-04.txt"),
  read("test/fixtures/minutes/2017-01-17-geneva-page-breaks.txt"),
  read("test/fixtures/minutes/2017-02-08-missing-sections.txt"),
  read("test/fixtures/minutes/2017-05-12-pdf-wrapped.txt"),
  read("test/fixtures/minutes/2017-09-05-pdf-page-marks.txt"),
  read("test/fixtures/minutes/2017-11-30-apologies-capitals.txt"),
  read("test/fixtures/minutes/2018-01-25-pdf-agenda-item-alone.txt"),
  read("test/fixtures/minutes/series-yearless-no-context.txt"),
];

const isString = (value: unknown) => typeof value === "string";
const stringOrNull = (value: unknown) => value === null || typeof value === "string";

function meetingProblems(where: string, meeting: unknown): string[] {
  if (!meeting || typeof meeting !== "object") return [`${where} is not an object`];
  const fields = meeting as Record<string, unknown>;
  const keys = ["date", "start", "end", "place"];
  const problems = keys
    .filter((key) => !stringOrNull(fields[key]))
    .map((key) => `${where}.${key} is not string|null`);
  if (Object.keys(fields).sort().join() !== [...keys].sort().join()) problems.push(`${where} has other keys`);
  // "--06-14": a day read without its year (ISO 8601 month-day)
  if (isString(fields.date) && !/^(?:\d{4}|-)-\d{2}-\d{2}$/.test(fields.date as string))
    problems.push(`${where}.date not yyyy-mm-dd or --mm-dd`);
  return problems;
}

function attendanceProblems(where: string, entries: unknown): string[] {
  if (!Array.isArray(entries)) return [`${where} is not an array`];
  return entries.flatMap((entry, index) => {
    const e = entry as Record<string, unknown>;
    const ok =
      isString(e.delegation) &&
      stringOrNull(e.role) &&
      Array.isArray(e.persons) &&
      e.persons.every((p: Record<string, unknown>) => stringOrNull(p.honorific) && isString(p.name));
    return ok ? [] : [`${where}[${index}] is malformed`];
  });
}

/** What breaks the `--json` contract in one result; empty when it holds. */
function contractProblems(result: MinutesImport): string[] {
  const problems = [
    ...meetingProblems("meeting", result.meeting),
    ...attendanceProblems("present", result.present),
    ...attendanceProblems("apologies", result.apologies),
  ];
  if (result.nextMeeting !== null) problems.push(...meetingProblems("nextMeeting", result.nextMeeting));
  if (!Array.isArray(result.items) || !result.items.every((i) => isString(i.number) && isString(i.title)))
    problems.push("items malformed");
  const candidates = result.actionCandidates;
  if (
    !Array.isArray(candidates) ||
    !candidates.every(
      (c) => Array.isArray(c.owners) && c.owners.every(isString) && isString(c.text) && stringOrNull(c.due),
    )
  )
    problems.push("actionCandidates malformed");
  try {
    JSON.stringify(result);
  } catch {
    problems.push("not serialisable as JSON");
  }
  return problems;
}

function parseChecked(text: string): boolean {
  const before = failures(t);
  t.tried += 1;
  const problems: FieldProblem[] = [];
  try {
    const result = parseMinutes(text, problems);
    for (const problem of contractProblems(result)) failure(t, "crash", text, problem);
    if (result.meeting.date) count(t, "with a date");
  } catch (error) {
    failure(t, "crash", text, `threw ${String(error)}`);
  }
  for (const problem of problems)
    failure(t, "crash", text, `field ${problem.field} failed: ${problem.message}`);
  return failures(t) === before;
}

/** A real minutes document with lines replaced, inserted, swapped or cut. */
const mangled = fc
  .tuple(
    fc.constantFrom(...DOCUMENTS.keys()),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom("replace", "insert", "append", "cut", "swap"), hostileText(5)),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
  )
  .map(([index, edits]) => {
    const lines = (DOCUMENTS[index] ?? "").split("\n");
    for (const [at, how, text] of edits) {
      const i = at % lines.length;
      if (how === "replace") lines[i] = text;
      else if (how === "insert") lines.splice(i, 0, text);
      else if (how === "append") lines[i] = `${lines[i]} ${text}`;
      else if (how === "cut") lines.splice(i, 1 + (at % 20));
      else [lines[i], lines[0]] = [lines[0] ?? "", lines[i] ?? ""];
    }
    return lines.join("\n");
  });

/** Minutes-shaped lines made of hostile pieces: headings, numbered items, "Present:", dates. */
const shaped = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "",
        "1. ",
        "5.4 ",
        "PRESENT",
        "Apologies: ",
        "Held on Friday 4 November 2016 ",
        "at the ",
        "Mr. ",
        "H.E. Ms. ",
        "asked ",
        " to ",
        " by 7 December",
      ),
      hostilePiece,
      fc.constantFrom("\n", " ", "\n\n", "\f", "\r\n", ". "),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.map((p) => p.join("")).join(""));

describe("fuzz: minutes import", () => {
  it("reads hostile text into the contract, never throwing", () => {
    fc.assert(fc.property(fc.oneof(hostileInput, shaped), parseChecked), fuzzParams(1_000));
  }, 60_000);

  it("reads mangled real minutes into the contract", () => {
    fc.assert(fc.property(mangled, parseChecked), fuzzParams(600));
  }, 60_000);

  it("reads 100 KB pastes and 100 KB minutes into the contract", () => {
    const huge = fc.oneof(
      hugePaste(),
      mangled.map((doc) => doc.repeat(Math.ceil(102_400 / Math.max(doc.length, 1))).slice(0, 102_400)),
      fc.constantFrom(...ATTACKS).map((attack) => `${attack} asked Norway to `.repeat(4_000)),
    );
    fc.assert(fc.property(huge, parseChecked), fuzzParams(30));
  }, 60_000);

  it("keeps the regression examples", () => {
    for (const text of [
      "",
      "\u0000",
      "\uD800",
      "1.",
      "PRESENT\n\n\n",
      "\f".repeat(1000),
      DOCUMENTS[0] ?? "",
    ]) {
      expect(parseChecked(text), JSON.stringify(text.slice(0, 40))).toBe(true);
    }
    expect(t.crashes).toBe(0);
  });
});
