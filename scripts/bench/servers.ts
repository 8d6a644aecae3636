// The servers under test in the HTTP parts: Rapporteur started as `npm start`
// starts it (server-command.ts), once over the demo committee and once over
// the large one, each with Slack and Teams both on (Slack's Web API and the
// Bot Framework connector are the fakes in this process). The Slack and Teams
// parts share them, so the server measured last has carried both loads, as a
// deployed one would. Each server's resident memory (VmRSS, read from /proc)
// is taken once it has finished starting and after each part's load.
import { readFile } from "node:fs/promises";
import { type BenchDatabase, largeDatabase, seededDatabase } from "./bench-db.ts";
import { type BenchFakes, startFakes } from "./fakes.ts";
import { type BenchProcess, onRelease, startProcess } from "./processes.ts";
import { serverCommand } from "./server-command.ts";
import type { BenchOptions, BenchRow } from "./types.ts";

export const SLACK_SECRET = "5ec7e75be0c40000aaaabbbbccccdddd";

/**
 * After its first 200 on /healthz a server counts as started once it has used
 * under 10 % of a core (5 ticks of Linux's 1/100 s in /proc/<pid>/stat) in
 * each of 5 samples of 0.5 s in a row: the server puts start-up work off by
 * a second or two (botbuilder's load, the catch-up sweep), and a single quiet
 * half second would count it started before that work, and its memory, came.
 */
const IDLE_SAMPLE_MS = 500;
const IDLE_TICKS = 5;
const IDLE_SAMPLES = 5;
const IDLE_TIMEOUT_MS = 60_000;

export interface ServerUnderTest {
  /** "demo committee", "large committee". */
  committee: string;
  database: BenchDatabase;
  process: BenchProcess;
  /** VmRSS once started, before any request but /healthz. */
  idleRssMb: number;
  /** The highest VmRSS read after a load so far. */
  loadedRssMb: number;
}

export interface HttpServers {
  fakes: BenchFakes;
  /** The command line the servers run, e.g. "node --import tsx src/main.ts". */
  command: string;
  /** Demo committee first, then the large one. */
  servers: ServerUnderTest[];
}

let shared: Promise<HttpServers> | null = null;

async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** Waits for /healthz, then for the start-up work (Teams' SDK, the first scheduler sweep) to finish. */
async function waitStarted(server: BenchProcess, log: (line: string) => void, label: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${server.base}/healthz`).catch(() => null);
    await response?.arrayBuffer();
    if (response?.status === 200) break;
    if (performance.now() - started > IDLE_TIMEOUT_MS) throw new Error(`${label}: no 200 on /healthz`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  let before = await cpuTicks(server.pid);
  for (let quiet = 0; quiet < IDLE_SAMPLES; ) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
    const now = await cpuTicks(server.pid);
    quiet = now - before < IDLE_TICKS ? quiet + 1 : 0;
    if (performance.now() - started > IDLE_TIMEOUT_MS)
      throw new Error(`${label}: still busy ${IDLE_TIMEOUT_MS / 1000} s after start-up`);
    before = now;
  }
  const ms = Math.round(performance.now() - started);
  log(`${label}: started and idle ${ms} ms after its start-up line`);
}

async function startServers(opts: BenchOptions): Promise<HttpServers> {
  const fakes = await startFakes();
  const databases: BenchDatabase[] = [];
  onRelease(async () => {
    await fakes.close();
    for (const database of databases) database.remove();
  });
  const command = serverCommand(opts.log);
  databases.push(await seededDatabase(), await largeDatabase(opts.quick, opts.log));
  const servers: ServerUnderTest[] = [];
  for (const database of databases) {
    const label = `rapporteur (${database.label}: ${database.size})`;
    opts.log(`http: starting ${label}: ${command.label}`);
    const server = await startProcess(
      label,
      command.nodeArgs,
      {
        ...command.env,
        SLACK_SIGNING_SECRET: SLACK_SECRET,
        SLACK_BOT_TOKEN: "xoxb-bench-token",
        SLACK_API_URL: fakes.slackApiUrl,
        DATABASE_URL: database.url,
        RAPPORTEUR_NOW: database.now,
        LOG_LEVEL: "info",
      },
      { keep: true },
    );
    await waitStarted(server, opts.log, label);
    const idleRssMb = server.rssMb();
    opts.log(`${label}: resident memory once started ${idleRssMb} MB`);
    servers.push({ committee: database.label, database, process: server, idleRssMb, loadedRssMb: 0 });
  }
  return { fakes, command: command.label, servers };
}

/** The servers under test, started on first use and kept until bench.ts releases them. */
export function httpServers(opts: BenchOptions): Promise<HttpServers> {
  if (!shared) {
    shared = startServers(opts);
    onRelease(async () => {
      shared = null;
    });
  }
  return shared;
}

/**
 * Reads every server's resident memory after `part`'s load: a row each,
 * and the headlines, which are the large committee's server's: its memory
 * once started, and the highest read after a load (in this part or before).
 */
export function memoryAfterLoad(
  http: HttpServers,
  part: string,
): { rows: BenchRow[]; headlines: Record<string, number> } {
  const rows: BenchRow[] = [];
  for (const server of http.servers) {
    const rss = server.process.rssMb();
    server.loadedRssMb = Math.max(server.loadedRssMb, rss);
    const large = server.committee === "large committee";
    rows.push(
      {
        part,
        name: `server resident memory once started, ${server.committee} (VmRSS of ${http.command})`,
        value: server.idleRssMb,
        unit: "MB",
        ...(large ? { target: "< 150 MB" } : {}),
      },
      {
        part,
        name: `server resident memory after the ${part} load, ${server.committee}`,
        value: rss,
        unit: "MB",
        ...(large ? { target: "< 200 MB" } : {}),
      },
    );
  }
  const large = http.servers.find((server) => server.committee === "large committee");
  return {
    rows,
    headlines: large ? { "server idle rss mb": large.idleRssMb, "server rss mb": large.loadedRssMb } : {},
  };
}
