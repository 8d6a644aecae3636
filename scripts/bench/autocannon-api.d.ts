// The part of autocannon 9's programmatic API the benchmark uses (the package
// ships no types, and @types/autocannon describes version 7).
declare module "autocannon" {
  interface Options {
    url: string;
    method?: "GET" | "POST" | "PUT";
    connections?: number;
    /** Seconds. */
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    body?: string;
    /** Replaces every `[<id>]` in the body with a fresh id per request. */
    idReplacement?: boolean;
    verifyBody?: (body: string) => boolean;
    timeout?: number;
    /** Milliseconds between samples; a run with `amount` only ends on a sample. */
    sampleInt?: number;
  }

  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
    total: number;
  }

  interface Result {
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    /** Milliseconds. */
    latency: Histogram;
    requests: Histogram & { sent: number };
    "2xx": number;
  }

  interface Instance extends PromiseLike<Result> {
    stop(): void;
    /** Every answer, with its latency in milliseconds from the request's write. */
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseMs: number) => void,
    ): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
