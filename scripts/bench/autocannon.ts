// Load generation shared by the Slack and Teams benchmarks: autocannon runs
// in this process against a server in a child process, and each command's
// figures are set against a bare app's (same receiver, same HTTP server, a
// listener that does nothing) measured in the same run at the same
// concurrency.
//
// Each case sends a fixed number of requests and waits for every answer,
// rather than stopping at a deadline: a deadline drops the requests still in
// flight, which for a slow server are the slowest ones (or all of them), and
// leaves a backlog the next case would pay for. The number is sized from the
// target's measured rate so a case lasts about the planned seconds, and is
// never less than one request per connection; a case that ends far too soon
// (the rate was underestimated) is run again at the size it showed, and only
// the last run counts.
//
// Latency is the load generator's own, per request: from writing the request
// to reading the whole answer, so time queued in the server (at accept, in
// its event loop) is counted. An answer later than the platform's deadline
// (Slack gives up after 3 s) is counted as late, whatever it contains; a
// request that timed out is late too.
import autocannon from "autocannon";
import type { BenchOptions, BenchRow } from "./types.ts";

/** A rate measured on a short run is low (connections, JIT); each rerun sizes from a better one. */
const MAX_RERUNS = 2;
/** Seconds a request may take before it counts as an error; far beyond any platform's patience. */
const TIMEOUT_SECONDS = 60;

/**
 * The concurrencies to measure, the planned seconds of load per case, and of
 * warm-up per target. The quick run leaves out 200 connections: one request
 * per connection already takes our server several seconds there.
 */
export function plan(quick: boolean): { connections: number[]; seconds: number; warmupSeconds: number } {
  return quick
    ? { connections: [50], seconds: 1, warmupSeconds: 0.5 }
    : { connections: [50, 200], seconds: 10, warmupSeconds: 2 };
}
/** The first, cold, warm-up round: enough to measure a rate, few enough for the slowest target. */
const FIRST_WARMUP_REQUESTS = 10;

export interface LoadRequest {
  /** Full URL of the route. */
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Replaces `[<id>]` in the body with a fresh id per request (Teams deduplicates activity ids). */
  idReplacement?: boolean;
  /** A cheap check of each response body; failures count as errors. */
  verifyBody?: (body: string) => boolean;
}

/**
 * A check of answers that arrive outside the HTTP response (Teams replies
 * through the connector): called before a run, it returns how many of the
 * run's `ok` 2xx requests were not answered as they should have been.
 */
export type OutsideCheck = () => (ok: number) => number;

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts, non-2xx answers and failed body checks. */
  errors: number;
  /** Answers that came back later than `lateMs` after their request was written, and timeouts. */
  late: number;
  /** 2xx answers. */
  ok: number;
  /** How long the run took. */
  seconds: number;
}

export async function runLoad(
  request: LoadRequest,
  connections: number,
  amount: number,
  lateMs = Number.POSITIVE_INFINITY,
): Promise<LoadResult> {
  let late = 0;
  const instance = autocannon({
    url: request.url,
    method: "POST",
    connections,
    amount,
    timeout: TIMEOUT_SECONDS,
    // A run with `amount` notices it is done only at a sample (every second by
    // default), which would round short runs up to whole seconds.
    sampleInt: 20,
    headers: request.headers,
    body: request.body,
    ...(request.idReplacement ? { idReplacement: true } : {}),
    ...(request.verifyBody ? { verifyBody: request.verifyBody } : {}),
  });
  instance.on("response", (_client, _status, _bytes, responseMs) => {
    if (responseMs > lateMs) late += 1;
  });
  const result = await instance;
  return {
    requestsPerSec: result.requests.total / Math.max(result.duration, 0.001),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    late: late + result.timeouts,
    ok: result["2xx"],
    seconds: result.duration,
  };
}

/** Requests for about `seconds` at `rate`, a whole number per connection, at least one each. */
function amountFor(rate: number, seconds: number, connections: number): number {
  return connections * Math.max(1, Math.round((rate * seconds) / connections));
}

/** One case: about `seconds` of load at `connections`, sized from `rate`. */
async function measureCase(
  request: () => LoadRequest,
  connections: number,
  rate: number,
  seconds: number,
  lateMs: number,
  outside: OutsideCheck | undefined,
): Promise<LoadResult & { amount: number }> {
  const run = async (amount: number) => {
    const unanswered = outside?.();
    const result = await runLoad(request(), connections, amount, lateMs);
    if (unanswered) result.errors += unanswered(result.ok);
    return result;
  };
  const minimum = amountFor(0, seconds, connections);
  let amount = amountFor(rate, seconds, connections);
  let result = await run(amount);
  for (let rerun = 0; rerun < MAX_RERUNS && result.seconds < seconds / 3 && amount > minimum; rerun += 1) {
    amount = amountFor(result.requestsPerSec, seconds, connections);
    result = await run(amount);
  }
  return { ...result, amount };
}

export interface OurTarget {
  /** "status Lao PDR, large committee": the rows' label. */
  label: string;
  request: () => LoadRequest;
  /** Checks answers sent outside the HTTP response; its failures count as errors. */
  outside?: OutsideCheck;
}

export interface Comparison {
  /** "slack" or "teams": the table's part and the headlines' prefix. */
  part: string;
  /** "bare bolt", "bare botbuilder". */
  bareName: string;
  /** The platform's own answer deadline, for the p99 rows' target and the late count. */
  deadlineMs: number;
  /** Why that deadline, e.g. "Slack's limit". */
  deadlineName: string;
  /** Builds a request to the bare app. */
  bare: () => LoadRequest;
  bareOutside?: OutsideCheck;
  /** Each command on each server under test. */
  ours: readonly OurTarget[];
}

export interface ComparisonResult {
  rows: BenchRow[];
  headlines: Record<string, number>;
  /** Requests to our servers whose answers were checked (HTTP body or connector reply), over the measured runs. */
  checked: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** "answers past 3 s" */
export function lateName(deadlineMs: number): string {
  return `answers past ${deadlineMs / 1000} s`;
}

function caseRows(
  part: string,
  label: string,
  result: LoadResult,
  deadline?: { ms: number; name: string },
): BenchRow[] {
  return [
    { part, name: `${label}: throughput`, value: Math.round(result.requestsPerSec), unit: "req/s" },
    { part, name: `${label}: p50`, value: result.p50Ms, unit: "ms" },
    {
      part,
      name: `${label}: p99`,
      value: result.p99Ms,
      unit: "ms",
      ...(deadline ? { target: `< ${deadline.ms} (${deadline.name})` } : {}),
    },
    { part, name: `${label}: errors`, value: result.errors, unit: "requests", target: "0" },
    ...(deadline
      ? [
          {
            part,
            name: `${label}: ${lateName(deadline.ms)} (client-side)`,
            value: result.late,
            unit: "requests",
            target: "0",
          },
        ]
      : []),
  ];
}

/**
 * A warm-up per target (which also measures its rate), then for each
 * concurrency the bare app and each of our targets. Headlines take the worst
 * case over commands, servers and concurrencies: the lowest throughput
 * ratio, the highest p99 ratio, the highest p99; late answers and errors are
 * summed.
 */
export async function compareWithBare(spec: Comparison, opts: BenchOptions): Promise<ComparisonResult> {
  const { part, bareName } = spec;
  const { connections: concurrencies, seconds, warmupSeconds } = plan(opts.quick);
  const [first = 50] = concurrencies;
  const targets = [
    { label: bareName, request: spec.bare, outside: spec.bareOutside, ours: false },
    ...spec.ours.map((target) => ({ ...target, ours: true })),
  ];
  const rates = new Map<string, number>();
  opts.log(`${part}: warming up`);
  for (const target of targets) {
    // A cold round measures the rate; a second, sized from it to last about
    // warmupSeconds, warms the JIT and measures it again.
    const cold = await runLoad(target.request(), FIRST_WARMUP_REQUESTS, FIRST_WARMUP_REQUESTS);
    const amount = Math.max(1, Math.round(cold.requestsPerSec * warmupSeconds));
    const warm = await runLoad(target.request(), Math.min(first, amount), amount);
    rates.set(target.label, warm.requestsPerSec);
  }

  const rows: BenchRow[] = [];
  let worstThroughput = Number.POSITIVE_INFINITY;
  let worstP99Ratio = 0;
  let worstP99 = 0;
  let errors = 0;
  let late = 0;
  let checked = 0;
  const deadline = { ms: spec.deadlineMs, name: spec.deadlineName };
  for (const connections of concurrencies) {
    let bare: LoadResult | undefined;
    for (const target of targets) {
      const result = await measureCase(
        target.request,
        connections,
        rates.get(target.label) ?? 0,
        seconds,
        spec.deadlineMs,
        target.outside,
      );
      rates.set(target.label, result.requestsPerSec);
      errors += result.errors;
      const label = `${target.label}, ${connections} conn`;
      opts.log(
        `${part}: ${label}: ${result.amount} requests, ${Math.round(result.requestsPerSec)} req/s, p99 ${result.p99Ms} ms, ` +
          `${result.errors} errors, ${result.late} past ${spec.deadlineMs / 1000} s`,
      );
      if (!target.ours || !bare) {
        bare = result;
        rows.push(...caseRows(part, label, result));
        continue;
      }
      late += result.late;
      checked += result.ok;
      const throughputRatio = result.requestsPerSec / Math.max(bare.requestsPerSec, 1);
      // Latencies are whole milliseconds; a bare p99 of 0 would make any ratio infinite.
      const p99Ratio = result.p99Ms / Math.max(bare.p99Ms, 1);
      rows.push(
        ...caseRows(part, label, result, deadline),
        {
          part,
          name: `${label}: throughput vs ${bareName}`,
          value: round(throughputRatio, 3),
          unit: "ratio",
          target: ">= 0.7",
        },
        {
          part,
          name: `${label}: p99 vs ${bareName}`,
          value: round(p99Ratio, 1),
          unit: "ratio",
          target: "<= 2",
        },
      );
      worstThroughput = Math.min(worstThroughput, throughputRatio);
      worstP99Ratio = Math.max(worstP99Ratio, p99Ratio);
      worstP99 = Math.max(worstP99, result.p99Ms);
    }
  }
  rows.push({
    part,
    name: `answers checked under load (our servers, all cases; each must be the command's own answer)`,
    value: checked,
    unit: "requests",
  });
  return {
    rows,
    checked,
    headlines: {
      [`${part} throughput vs ${bareName}`]: round(worstThroughput, 3),
      [`${part} p99 vs ${bareName}`]: round(worstP99Ratio, 1),
      [`${part} p99 ms`]: worstP99,
      [`${part} ${lateName(spec.deadlineMs)}`]: late,
      [`${part} errors`]: errors,
    },
  };
}
