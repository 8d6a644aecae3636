// Timing helpers shared by the in-process benchmarks: repeated runs after a
// warm-up, nearest-rank percentiles, and figures rounded for the table.

/** Nearest-rank percentile (p in 0..100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface RunPlan {
  iterations: number;
  /** Untimed runs first (JIT, statement caches). */
  warmup: number;
  /** Stop early once the timed runs have taken this long, after at least `minimum` of them. */
  budgetMs?: number;
  minimum?: number;
}

/** Milliseconds of each timed run of `run`. */
export async function timeRuns(run: () => Promise<unknown>, plan: RunPlan): Promise<number[]> {
  for (let i = 0; i < plan.warmup; i++) await run();
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < plan.iterations; i++) {
    const started = performance.now();
    await run();
    const ms = performance.now() - started;
    times.push(ms);
    spent += ms;
    if (plan.budgetMs !== undefined && spent > plan.budgetMs && times.length >= (plan.minimum ?? 0)) break;
  }
  return times;
}

/** Two decimals for small figures, one above 100: enough to compare runs, no false precision. */
export function round(value: number): number {
  return value >= 100 ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100;
}

export function rssMb(): number {
  return round(process.memoryUsage().rss / (1024 * 1024));
}
