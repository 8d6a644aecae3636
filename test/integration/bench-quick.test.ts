// `npm run bench -- --quick --only slack,teams` end to end: it starts the real
// server (as `npm start` runs it) over the demo and the large committee and
// the bare apps, loads them, and prints the table and the headline lines
// scripts read. Timings are never asserted; what is checked is that every
// figure was taken, that answers were checked under load, and that the
// server's own memory was read.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStartScript } from "../../scripts/bench/server-command.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const HEADLINES = [
  "slack throughput vs bare bolt",
  "slack p99 vs bare bolt",
  "slack p99 ms",
  "slack answers past 3 s",
  "teams throughput vs bare botbuilder",
  "teams p99 vs bare botbuilder",
  "teams p99 ms",
  "server rss mb",
  "server idle rss mb",
  "errors",
];

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench.ts", ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The value column of the table row `part | measure`, or NaN. */
function rowValue(stdout: string, part: string, measure: string): number {
  for (const line of stdout.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells[1] === part && cells[2] === measure) return Number(cells[3]);
  }
  return Number.NaN;
}

describe("npm run bench -- --quick --only slack,teams", () => {
  it("loads both committees and prints the table and every headline as a number", {
    timeout: 300_000,
  }, async () => {
    const run = await runBench(["--quick", "--only", "slack,teams"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\| part +\| measure +\| value +\| unit +\| target +\|$/m);
    for (const committee of ["demo committee", "large committee"]) {
      expect(run.stdout).toMatch(
        new RegExp(
          `^\\| slack +\\| status Lao PDR, ${committee}, 50 conn: throughput vs bare bolt +\\|`,
          "m",
        ),
      );
      expect(run.stdout).toMatch(new RegExp(`^\\| teams +\\| help, ${committee}, 50 conn: p99 +\\|`, "m"));
    }
    const figures = new Map(
      [...run.stdout.matchAll(/^([a-z0-9 ]+): (\S+)$/gm)].map((match) => [match[1], match[2]]),
    );
    for (const name of HEADLINES) {
      expect(figures.has(name), `${name} in:\n${run.stdout}`).toBe(true);
      expect(Number.isFinite(Number(figures.get(name))), `${name}: ${figures.get(name)}`).toBe(true);
    }
    // A count of requests, measured by the load generator.
    expect(Number.isInteger(Number(figures.get("slack answers past 3 s")))).toBe(true);
    expect(Number(figures.get("slack answers past 3 s"))).toBeGreaterThanOrEqual(0);
    // Throughput was measured, not defaulted.
    expect(Number(figures.get("slack throughput vs bare bolt"))).toBeGreaterThan(0);
    expect(Number(figures.get("teams throughput vs bare botbuilder"))).toBeGreaterThan(0);
    // The server's memory, not the bench's: a Node server with its modules loaded holds tens of MB.
    expect(Number(figures.get("server idle rss mb"))).toBeGreaterThan(30);
    expect(Number(figures.get("server rss mb"))).toBeGreaterThan(30);
    // Each command was answered as it should be before the load, and answers were checked under it.
    expect(run.stderr).toContain("slack: each command answered as expected on 2 servers before the load");
    expect(run.stderr).toContain("teams: each command answered as expected on 2 servers before the load");
    const checked =
      "answers checked under load (our servers, all cases; each must be the command's own answer)";
    for (const part of ["slack", "teams"]) expect(rowValue(run.stdout, part, checked)).toBeGreaterThan(0);
  });

  it("refuses an unknown part without running anything", async () => {
    const run = await runBench(["--only", "slack,nonsense"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown part(s): nonsense");
  });
});

describe("the server command the bench runs, from npm start's script", () => {
  it("runs tsx as node --import tsx, node as written, and refuses a shell line", () => {
    expect(parseStartScript("tsx src/main.ts").nodeArgs).toEqual(["--import", "tsx", "src/main.ts"]);
    expect(parseStartScript("node --enable-source-maps dist/main.js")).toEqual({
      label: "node --enable-source-maps dist/main.js",
      nodeArgs: ["--enable-source-maps", "dist/main.js"],
      env: {},
    });
    expect(parseStartScript("NODE_ENV=production node dist/main.js").env).toEqual({ NODE_ENV: "production" });
    expect(() => parseStartScript("npm run build && node dist/main.js")).toThrow(/shell/);
    expect(() => parseStartScript("bun src/main.ts")).toThrow(/neither/);
  });
});
