// The in-process benchmark parts in their quick variants: each runs to the
// end and returns rows and headlines of finite, positive figures. Timings are
// never asserted; only that every measure was taken.
import { describe, expect, it } from "vitest";
import { runDataScale } from "../../scripts/bench/data-scale.ts";
import { runLanguage } from "../../scripts/bench/language.ts";
import { runStartup } from "../../scripts/bench/startup.ts";
import type { BenchOptions, BenchPart } from "../../scripts/bench/types.ts";

const PART_TIMEOUT_MS = 120_000;

function quick(): BenchOptions & { lines: string[] } {
  const lines: string[] = [];
  return { quick: true, log: (line) => lines.push(line), lines };
}

function expectShape(result: BenchPart, part: string, headlines: string[]): void {
  expect(result.rows.length).toBeGreaterThan(0);
  for (const row of result.rows) {
    expect(row.part).toBe(part);
    expect(row.name.trim(), JSON.stringify(row)).not.toBe("");
    expect(row.unit.trim(), JSON.stringify(row)).not.toBe("");
    expect(Number.isFinite(row.value), JSON.stringify(row)).toBe(true);
    expect(row.value, JSON.stringify(row)).toBeGreaterThan(0);
  }
  expect(Object.keys(result.headlines)).toEqual(expect.arrayContaining(headlines));
  for (const [name, value] of Object.entries(result.headlines)) {
    expect(Number.isFinite(value), name).toBe(true);
    expect(value, name).toBeGreaterThan(0);
  }
}

describe("bench: in-process parts, quick", () => {
  it(
    "data scale: status, overdue and agenda latency, the scheduler sweep and memory",
    async () => {
      const opts = quick();
      const result = await runDataScale(opts);
      expectShape(result, "data scale", [
        "status p99 ms",
        "overdue p99 ms",
        "agenda p99 ms",
        "scheduler sweep ms",
        "rss mb",
      ]);
      expect(result.rows.filter((row) => row.target).length).toBeGreaterThanOrEqual(5);
      expect(opts.lines.join("\n")).toMatch(/catch-up sweep over \d+ due/);
    },
    PART_TIMEOUT_MS,
  );

  it(
    "start-up: the server process and npm start both answer /healthz",
    async () => {
      const result = await runStartup(quick());
      expectShape(result, "start-up", ["startup ms", "npm start ms"]);
    },
    PART_TIMEOUT_MS,
  );

  it(
    "language: NLU median and the minutes of a 200-update, 300-action meeting",
    async () => {
      const result = await runLanguage(quick());
      expectShape(result, "language", ["nlu median ms", "minutes draft ms", "minutes docx ms"]);
    },
    PART_TIMEOUT_MS,
  );
});
