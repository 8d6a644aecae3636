// Start-up: from spawning the server (the command of package.json's start
// script, without npm: server-command.ts) and from spawning `npm start` (npm,
// its prestart script if any, then the same command) to the first 200 on
// GET /healthz, on a copy of the generated committee. stdin is not a
// terminal, so no console chat opens. Each child runs in its own process
// group and the whole group is stopped afterwards: nothing is left running.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../../test/fixtures/free-port.ts";
import {
  BENCH_NOW,
  committeeFile,
  copyCommittee,
  FULL_SCALE,
  QUICK_SCALE,
  ROOT,
} from "./generate-committee.ts";
import { median, round } from "./measure.ts";
import { serverCommand } from "./server-command.ts";
import type { BenchOptions, BenchPart, BenchRow } from "./types.ts";

const PART = "start-up";
const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 5;
/** How long the start-up line may trail the first answer on /healthz through the stderr pipe under load. */
const LINE_GRACE_MS = 5_000;
const STOP_GRACE_MS = 5000;

interface Start {
  label: string;
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  headline: string;
  target: string;
}

function starts(log: (line: string) => void): Start[] {
  const server = serverCommand(log);
  return [
    {
      label: server.label,
      command: process.execPath,
      args: server.nodeArgs,
      env: server.env,
      headline: "startup ms",
      target: "< 500 ms",
    },
    {
      label: "npm start",
      command: "npm",
      args: ["start"],
      env: {},
      headline: "npm start ms",
      target: "< 1 s",
    },
  ];
}

/** The parent's environment without platform credentials, so both adapters start as in a fresh checkout. */
function childEnv(databaseUrl: string, port: number, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SLACK_|MICROSOFT_)/.test(name)),
  );
  return {
    ...env,
    ...extra,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    RAPPORTEUR_NOW: BENCH_NOW.toISOString(),
  };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the child's whole process group (npm, sh, tsx, node), forcefully after a grace period. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  if (groupAlive(pid)) process.kill(-pid, "SIGTERM");
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(20);
  if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
  while (groupAlive(pid)) await sleep(20);
}

/** Milliseconds from spawn to the first 200 on /healthz, and to the start-up line on stderr. */
async function timeStart(
  { command, args, env }: Start,
  databaseUrl: string,
): Promise<{ healthzMs: number; lineMs: number }> {
  const port = await freePort();
  let stderr = "";
  let exited: string | null = null;
  let lineMs = Number.NaN;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: childEnv(databaseUrl, port, env),
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  // Read stderr for the child's whole life: a full pipe would stall it.
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    if (Number.isNaN(lineMs) && stderr.includes("Rapporteur on http")) lineMs = performance.now() - started;
  });
  child.once("exit", (code, signal) => {
    exited = String(code ?? signal);
  });
  try {
    for (;;) {
      if (exited !== null)
        throw new Error(
          `${command} ${args.join(" ")} exited (${exited}) before /healthz answered: ${stderr}`,
        );
      if (performance.now() - started > READY_TIMEOUT_MS)
        throw new Error(
          `${command} ${args.join(" ")}: no 200 on /healthz within ${READY_TIMEOUT_MS / 1000} s: ${stderr}`,
        );
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
          signal: AbortSignal.timeout(2000),
        });
        await response.arrayBuffer();
        if (response.status === 200) {
          const healthzMs = performance.now() - started;
          // the start-up line is written before the server listens, but its pipe may be read after the answer
          for (
            let waited = 0;
            Number.isNaN(lineMs) && exited === null && waited < LINE_GRACE_MS;
            waited += POLL_MS
          )
            await sleep(POLL_MS);
          return { healthzMs, lineMs };
        }
      } catch {
        // Not listening yet.
      }
      await sleep(POLL_MS);
    }
  } finally {
    await stopGroup(child);
  }
}

export async function runStartup(opts: BenchOptions): Promise<BenchPart> {
  const scale = opts.quick ? QUICK_SCALE : FULL_SCALE;
  const runs = opts.quick ? 1 : 3;
  const file = await committeeFile(scale, opts.log);
  const work = mkdtempSync(join(tmpdir(), "rapporteur-bench-start-"));
  const rows: BenchRow[] = [];
  const headlines: Record<string, number> = {};
  try {
    for (const start of starts(opts.log)) {
      const times: number[] = [];
      const lines: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh copy each time: the server's first scheduler sweep writes to it.
        const url = copyCommittee(file, work, `start-${start.headline.replace(/\W+/g, "-")}-${i}.db`);
        const { healthzMs, lineMs } = await timeStart(start, url);
        opts.log(
          `${PART}: ${start.label}: start-up line after ${round(lineMs)} ms, first 200 on /healthz after ${round(healthzMs)} ms`,
        );
        times.push(healthzMs);
        lines.push(lineMs);
      }
      const value = round(median(times));
      const data = `${scale.actions} action items; median of ${runs}`;
      rows.push({
        part: PART,
        name: `spawn to first 200 on /healthz: ${start.label} (${data})`,
        value,
        unit: "ms",
        target: start.target,
      });
      // The line is printed once the port is open, just before the scheduler's first sweep starts.
      rows.push({
        part: PART,
        name: `spawn to the start-up line: ${start.label} (${data})`,
        value: round(median(lines)),
        unit: "ms",
      });
      headlines[start.headline] = value;
    }
    return { rows, headlines };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
