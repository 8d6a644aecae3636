// The servers under load run in child processes, so autocannon (in the bench
// process) never shares their event loop. Every child started here is
// remembered and stopped at the end, also when a part crashes or the bench is
// interrupted: nothing is left running. A child started with `keep` (a
// server under test shared by the Slack and Teams parts) survives
// `stopAllProcesses(true)`, which bench.ts calls between parts; the other
// cleanups registered with `onRelease` run with it at the end.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/** Both our server's start-up line and the bare apps' say "... on http://127.0.0.1:<port>". */
const READY = / on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;
/** How much of a child's stderr is kept to explain a failure. */
const TAIL_CHARS = 4000;

const running = new Set<ChildProcess>();
const kept = new Set<ChildProcess>();
const releases: (() => Promise<void>)[] = [];

export interface BenchProcess {
  /** "http://127.0.0.1:<port>" */
  base: string;
  pid: number;
  /** The process's resident memory (VmRSS in /proc/<pid>/status), in MB. */
  rssMb(): number;
  /** The last few KB the process wrote to stderr. */
  tail(): string;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
  kept.delete(child);
}

/** VmRSS of a live process, from /proc (Linux), in MB. */
export function processRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Math.round((Number(kb) / 1024) * 10) / 10;
}

/** Node arguments that run a TypeScript file of this repo under tsx. */
export function tsxScript(script: string): string[] {
  return ["--import", "tsx", script];
}

/** Runs this Node with `nodeArgs` and `env`, and waits for its "on http://..." line. */
export async function startProcess(
  label: string,
  nodeArgs: string[],
  env: Record<string, string>,
  options: { keep?: boolean } = {},
): Promise<BenchProcess> {
  // BENCH_PROF=<dir> writes a CPU profile of each server under test there (see BENCHMARKS.md)
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
      ...nodeArgs,
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, PORT: "0", ...env },
    },
  );
  running.add(child);
  if (options.keep) kept.add(child);
  let tail = "";
  let startup = "";
  let ready = false;
  // Keep reading stderr for the child's whole life: a full pipe would stall it.
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    tail = (tail + chunk).slice(-TAIL_CHARS);
    if (!ready) startup += chunk;
  });
  child.on("exit", () => running.delete(child));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${label}: no start-up line within ${START_TIMEOUT_MS / 1000} s: ${tail}`)),
        START_TIMEOUT_MS,
      );
      const check = () => {
        const match = READY.exec(startup);
        if (!match?.[1]) return;
        ready = true;
        clearTimeout(timer);
        child.stderr?.off("data", check);
        resolve(match[1]);
      };
      child.stderr?.on("data", check);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${label} exited (${code ?? signal}) before it was ready: ${tail}`));
      });
    });
    startup = "";
    const pid = child.pid ?? 0;
    return { base, pid, rssMb: () => processRssMb(pid), tail: () => tail, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** Stops every child still running; with `keepKept`, all but those started with `keep`. */
export async function stopAllProcesses(keepKept = false): Promise<void> {
  await Promise.all([...running].filter((child) => !(keepKept && kept.has(child))).map(stopChild));
}

/** Something to undo when the kept servers go (their fakes, their databases). */
export function onRelease(release: () => Promise<void>): void {
  releases.push(release);
}

/** Stops every child, kept ones included, and runs the registered releases. */
export async function releaseAll(): Promise<void> {
  await stopAllProcesses();
  for (const release of releases.splice(0).reverse()) await release();
}

/** For process exit, where nothing can be awaited. */
export function killAllProcessesNow(): void {
  for (const child of running) child.kill("SIGKILL");
}
