// The servers under load run in child processes, so autocannon (in the bench
// process) never shares their event loop. Every child started here is
// remembered and stopped at the end, also when a part crashes or the bench is
// interrupted: nothing is left running.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/** Both our server's start-up line and the bare apps' say "... on http://127.0.0.1:<port>". */
const READY = / on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;
/** How much of a child's stderr is kept to explain a failure. */
const TAIL_CHARS = 4000;

const running = new Set<ChildProcess>();

export interface BenchProcess {
  /** "http://127.0.0.1:<port>" */
  base: string;
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
}

/** Runs `script` (a repo path) under tsx with `env` and waits for its "on http://..." line. */
export async function startProcess(
  label: string,
  script: string,
  env: Record<string, string>,
): Promise<BenchProcess> {
  // BENCH_PROF=<dir> writes a CPU profile of each server under test there (see BENCHMARKS.md)
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
      "--import",
      "tsx",
      script,
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, PORT: "0", ...env },
    },
  );
  running.add(child);
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
    return { base, tail: () => tail, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** Stops every child still running. */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

/** For process exit, where nothing can be awaited. */
export function killAllProcessesNow(): void {
  for (const child of running) child.kill("SIGKILL");
}
