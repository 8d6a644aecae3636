// `npm run bench -- --quick --only slack,teams` end to end: it starts the real
// server and the bare apps, loads them, and prints the table and the headline
// lines scripts read. Only the shape is checked, never a timing.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const HEADLINES = [
  "slack throughput vs bare bolt",
  "slack p99 vs bare bolt",
  "slack p99 ms",
  "teams throughput vs bare botbuilder",
  "teams p99 vs bare botbuilder",
  "teams p99 ms",
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

describe("npm run bench -- --quick --only slack,teams", () => {
  it("prints the table and every headline as a number", { timeout: 300_000 }, async () => {
    const run = await runBench(["--quick", "--only", "slack,teams"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\| part +\| measure +\| value +\| unit +\| target +\|$/m);
    expect(run.stdout).toMatch(/^\| slack +\| status Lao PDR, 50 conn: throughput vs bare bolt +\|/m);
    expect(run.stdout).toMatch(/^\| teams +\| help, 50 conn: p99 +\|/m);
    const figures = new Map(
      [...run.stdout.matchAll(/^([a-z0-9 ]+): (\S+)$/gm)].map((match) => [match[1], match[2]]),
    );
    for (const name of HEADLINES) {
      expect(figures.has(name), `${name} in:\n${run.stdout}`).toBe(true);
      expect(Number.isFinite(Number(figures.get(name))), `${name}: ${figures.get(name)}`).toBe(true);
    }
  });

  it("refuses an unknown part without running anything", async () => {
    const run = await runBench(["--only", "slack,nonsense"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown part(s): nonsense");
  });
});
