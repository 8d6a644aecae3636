// `npm run bench [-- --quick] [-- --only <part,...>]`: runs the benchmark
// parts one after another, then prints one table of every measure and one
// `name: value` line per headline figure (for scripts to read). Progress goes
// to stderr. Exits 1 only when a part crashes (its figures are then missing);
// a missed target is a figure to read, not a failure.
import { parseArgs } from "node:util";
import { killAllProcessesNow, releaseAll, stopAllProcesses } from "./bench/processes.ts";
import type { BenchOptions, BenchPart, BenchRow } from "./bench/types.ts";

type Runner = (opts: BenchOptions) => Promise<BenchPart>;

/** In the order they run; each module is loaded only when its part runs. */
const PARTS: Record<string, () => Promise<Runner>> = {
  "data-scale": async () => (await import("./bench/data-scale.ts")).runDataScale,
  startup: async () => (await import("./bench/startup.ts")).runStartup,
  language: async () => (await import("./bench/language.ts")).runLanguage,
  slack: async () => (await import("./bench/http-slack.ts")).runHttpSlack,
  teams: async () => (await import("./bench/http-teams.ts")).runHttpTeams,
};

const USAGE = `Usage: npm run bench -- [--quick] [--only ${Object.keys(PARTS).join(",")}]`;

function selectedParts(only: string | undefined): string[] {
  if (!only) return Object.keys(PARTS);
  const wanted = only
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !(name in PARTS));
  if (unknown.length > 0 || wanted.length === 0)
    throw new Error(`Unknown part(s): ${unknown.join(", ") || "(none given)"}. ${USAGE}`);
  return Object.keys(PARTS).filter((name) => wanted.includes(name));
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

function table(rows: BenchRow[]): string {
  const header = ["part", "measure", "value", "unit", "target"];
  const cells = rows.map((row) => [row.part, row.name, formatValue(row.value), row.unit, row.target ?? ""]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? "").length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, column) => (column === 2 ? value.padStart(widths[column] ?? 0) : value.padEnd(widths[column] ?? 0))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...cells.map(line),
  ].join("\n");
}

/** Every part's headlines, plus `errors`: the sum of the parts' own error counts. */
function headlines(parts: BenchPart[]): Record<string, number> {
  const all: Record<string, number> = Object.assign({}, ...parts.map((part) => part.headlines));
  const counts = Object.entries(all).filter(([name]) => name.endsWith(" errors"));
  if (counts.length > 0 && !("errors" in all)) all.errors = counts.reduce((sum, [, value]) => sum + value, 0);
  return all;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { quick: { type: "boolean", default: false }, only: { type: "string" } },
    allowPositionals: false,
  });
  const names = selectedParts(values.only);
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const opts: BenchOptions = { quick: values.quick ?? false, log };
  const done: BenchPart[] = [];
  const crashed: string[] = [];
  for (const name of names) {
    const started = performance.now();
    log(`== ${name}${opts.quick ? " (quick)" : ""}`);
    try {
      const run = await PARTS[name]?.();
      if (run) done.push(await run(opts));
      // The servers under test are kept for the next HTTP part (scripts/bench/servers.ts).
      await stopAllProcesses(true);
    } catch (error) {
      crashed.push(name);
      log(`${name} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      // A part that crashed may have left its servers behind; the next part starts its own.
      await releaseAll();
    }
    log(`== ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await releaseAll();
  process.stdout.write(`${table(done.flatMap((part) => part.rows))}\n\n`);
  for (const [name, value] of Object.entries(headlines(done)))
    process.stdout.write(`${name}: ${formatValue(value)}\n`);
  if (crashed.length > 0) {
    log(`Crashed: ${crashed.join(", ")}`);
    return 1;
  }
  return 0;
}

process.on("exit", killAllProcessesNow);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    killAllProcessesNow();
    process.exit(130);
  });

main().then(
  // Exit explicitly: a part may leave handles (a database, a timer) that would keep the process alive.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
