// The minutes fixtures, one per layout the committee has used (dash-bulleted
// attendance, "Agenda Item N:" headings, a heading without a year, PDF text
// with page marks and split headings, apologies under a heading in capitals,
// month typos), each read and scored field by field against its expected
// JSON. The per-layout table is printed so the figures can go into a note.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseMinutes } from "../../src/minutes/import/parse.ts";
import {
  layoutTable,
  markdownTable,
  type Score,
  scoreMinutes,
  totalScore,
} from "../fixtures/minutes-score.ts";

const DIR = new URL("../fixtures/minutes/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), "utf8");

const meeting = z.strictObject({
  date: z
    .string()
    .regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/)
    .nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  place: z.string().nullable(),
});
const entry = z.strictObject({
  delegation: z.string(),
  role: z.string().nullable(),
  persons: z.array(z.strictObject({ honorific: z.string().nullable(), name: z.string() })),
});
/** The `--json` contract, key order included (outside scripts read it). */
const MINUTES = z.strictObject({
  meeting,
  present: z.array(entry),
  apologies: z.array(entry),
  items: z.array(z.strictObject({ number: z.string(), title: z.string() })),
  nextMeeting: meeting.nullable(),
  actionCandidates: z.array(
    z.strictObject({ owners: z.array(z.string()), text: z.string(), due: z.string().nullable() }),
  ),
});
const LAYOUTS = z.record(z.string(), z.array(z.string()).min(1)).parse(JSON.parse(read("layouts.json")));

const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith(".txt"));
const results: { layouts: string[]; score: Score }[] = [];

afterAll(() => {
  process.stdout.write(
    `\nMinutes fixtures, fields matched / total per layout:\n${markdownTable(layoutTable(results))}\n`,
  );
});

describe("the minutes fixtures, field by field", () => {
  it("are at least twelve, each with its layouts and its expected JSON", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(LAYOUTS).sort()).toEqual([...FIXTURES].sort());
  });

  it.each(FIXTURES)("%s", (name) => {
    const expected = MINUTES.parse(JSON.parse(read(name.replace(/\.txt$/, ".expected.json"))));
    const actual = parseMinutes(read(name), [], { fileName: name });
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    MINUTES.parse(actual);
    const scores = scoreMinutes(expected, actual);
    const score = totalScore(scores);
    results.push({ layouts: LAYOUTS[name] ?? [], score });
    // the structure never fails: meeting, attendance and items are read in full
    for (const field of ["meeting", "present", "apologies", "items", "nextMeeting"] as const) {
      expect({ field, ...scores[field] }).toEqual({
        field,
        matched: scores[field].total,
        total: scores[field].total,
      });
    }
    expect(score.matched / score.total).toBeGreaterThanOrEqual(0.95);
  });

  it("match at least 95% of their fields in every layout", () => {
    for (const row of layoutTable(results)) {
      expect({ layout: row.layout, enough: row.matched / row.total >= 0.95 }).toEqual({
        layout: row.layout,
        enough: true,
      });
    }
  });
});

describe("the scorer", () => {
  const seed = MINUTES.parse(JSON.parse(read("2016-11-04-seed.expected.json")));

  it("counts every field of a perfect read as matched", () => {
    const score = totalScore(scoreMinutes(seed, seed));
    expect(score.matched).toBe(score.total);
    // 4 meeting + 19 delegations x 2 + 23 persons x 2 + 16 items x 2 + 4 next meeting + 15 candidates x 3
    expect(score.total).toBe(4 + 38 + 46 + 32 + 4 + 45);
  });

  it("counts a made-up delegation against the total and a missed one as unmatched", () => {
    const misread = {
      ...seed,
      present: [
        { delegation: "RECEIVED FROM", role: null, persons: [] },
        ...seed.present.filter((e) => e.delegation !== "Chile"),
      ],
    };
    const scores = scoreMinutes(seed, misread);
    expect(scores.present).toEqual({ matched: 84 - 4, total: 84 + 2 });
  });
});
