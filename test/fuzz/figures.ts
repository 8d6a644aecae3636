// Fuzz settings and figures. Runs are deterministic by default (a fixed seed,
// so CI sees the same inputs every time); FUZZ_SEED picks other inputs and
// FUZZ_RUNS sets the number of runs of every property. Each target counts what
// it tried, the crashes and the injections it saw, and prints one line:
// "fuzz <target>: tried N, crashes 0, injections 0".
import type fc from "fast-check";

const DEFAULT_SEED = 20_161_104;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const FUZZ_SEED = intFromEnv("FUZZ_SEED") ?? DEFAULT_SEED;

/** fast-check parameters for a property that runs `defaultRuns` times unless FUZZ_RUNS says otherwise. */
export function fuzzParams<T>(defaultRuns: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: intFromEnv("FUZZ_RUNS") ?? defaultRuns };
}

export interface Tally {
  target: string;
  tried: number;
  crashes: number;
  injections: number;
  /** Further counts worth reporting (refusals, records read back, ...). */
  extra: Record<string, number>;
  /** The first few failures, for the log when a figure is not 0. */
  examples: string[];
}

export function tally(target: string): Tally {
  return { target, tried: 0, crashes: 0, injections: 0, extra: {}, examples: [] };
}

export function count(t: Tally, key: string, by = 1): void {
  t.extra[key] = (t.extra[key] ?? 0) + by;
}

/**
 * Records a failure with the input that caused it: a crash (a throw, a fault
 * reply, a broken contract), an injection, or a mismatch (a record that does
 * not read back as the core accepted it).
 */
export function failure(
  t: Tally,
  kind: "crash" | "injection" | "mismatch",
  input: string,
  detail: string,
): void {
  if (kind === "crash") t.crashes += 1;
  else if (kind === "injection") t.injections += 1;
  else count(t, "mismatches");
  if (t.examples.length < 5) t.examples.push(`${kind}: ${detail} <- ${JSON.stringify(input.slice(0, 300))}`);
}

/** All failures so far: a property compares this before and after one input. */
export function failures(t: Tally): number {
  return t.crashes + t.injections + (t.extra.mismatches ?? 0);
}

export function report(t: Tally): void {
  const extra = Object.entries(t.extra)
    .map(([key, value]) => `, ${key} ${value}`)
    .join("");
  console.log(
    `fuzz ${t.target}: tried ${t.tried}, crashes ${t.crashes}, injections ${t.injections}${extra} (seed ${FUZZ_SEED})`,
  );
  for (const example of t.examples) console.log(`  ${example}`);
}
