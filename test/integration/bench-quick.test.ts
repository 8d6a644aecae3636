// `npm run bench -- --quick --only slack,teams` end to end: it starts the real
// server (as `npm start` runs it) over the demo and the large committee and
// the bare apps, loads them, and prints the table and the headline lines
// scripts read. Timings are never compared with their targets; what is
// checked is that every headline is printed under its exact name with a
// measured value, that no request failed, that answers were checked under
// load, and that the server's own memory was read.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStartScript } from "../../scripts/bench/server-command.ts";

const ROOT = join(import.meta.dirname, "..", "..");
/** Every headline of the slack and teams parts, by the exact name scripts read, and what its value must be. */
const HEADLINES: Record<string, (value: number) => boolean> = {
  // Ratios and latencies that were measured: a part that measured nothing prints 0 or Infinity.
  "slack throughput vs bare bolt": positive,
  "slack p99 vs bare bolt": positive,
  "slack p99 ms": (value) => Number.isInteger(value) && value > 0,
  "slack answers past 3 s": count,
  "slack errors": none,
  "teams throughput vs bare botbuilder": positive,
  "teams p99 vs bare botbuilder": positive,
  "teams p99 ms": (value) => Number.isInteger(value) && value > 0,
  "teams answers past 15 s": count,
  "teams errors": none,
  // The server's memory, not the bench's: a Node server with its modules loaded holds tens of MB.
  "server idle rss mb": (value) => value > 30,
  "server rss mb": (value) => value > 30,
  errors: none,
};

function positive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
function count(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
function none(value: number): boolean {
  return value === 0;
}

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
    // The headline lines follow the table, one `name: value` a line.
    const lines = run.stdout
      .slice(run.stdout.lastIndexOf("|\n\n") + 3)
      .trim()
      .split("\n");
    const figures = new Map(
      lines.map((line) => {
        const match = /^([a-z0-9 ]+): (\S+)$/.exec(line);
        expect(match, `a headline line: ${line}`).not.toBeNull();
        return [match?.[1] ?? "", Number(match?.[2])] as const;
      }),
    );
    expect([...figures.keys()].sort()).toEqual(Object.keys(HEADLINES).sort());
    for (const [name, fits] of Object.entries(HEADLINES)) {
      expect(fits(figures.get(name) ?? Number.NaN), `${name}: ${figures.get(name)}`).toBe(true);
    }
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
