// Several bot replicas on one database, on a fake clock: the replicas start
// together on an empty database (so they race to migrate and seed), the
// committee gets Slack accounts, a channel and four meetings, and then every
// replica sweeps at each step of the clock at the same moment, so they race
// for the same rows. One replica is killed with SIGKILL just after the
// platform kept one of its messages and before it could record the send.
// Every message goes to one recorder (scripts/replicas/recorder.ts), which is
// how duplicates and misses are counted.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { nextDueAt } from "../../src/store/delivery-queue.ts";
import { openStore } from "../../src/store/open.ts";
import { type Recorded, startRecorder } from "./recorder.ts";
import type { FromReplica } from "./replica.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REPLICA = fileURLToPath(new URL("./replica.ts", import.meta.url));
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const START = new Date("2016-11-21T08:00:00Z");
/** The seeded meeting of 7 December 2016, then three more a fortnight or so apart. */
const MEETINGS = ["2016-12-07", "2016-12-21", "2017-01-11", "2017-01-25"];
const LEASE_MS = 5 * 60_000;

export interface ReplicaOptions {
  /** The database, empty: the replicas migrate and seed it. */
  url: string;
  replicas?: number;
  /** The victim is killed right after the platform keeps its n-th message. */
  killAtSend?: number;
}

export interface ReplicaCounts {
  /** Delivery rows the replicas planned. */
  planned: number;
  /** Distinct messages the platform received. */
  sent: number;
  duplicates: number;
  /** Rows due before the end and never settled, rows marked sent that never arrived, and the reverse. */
  missed: number;
  /** Planned and rightly not sent (withdrawn, skipped), and not yet due at the end. */
  notSent: { withdrawn: number; skipped: number; notYetDue: number };
  killed: { replica: string; atSend: number } | null;
  replicas: number;
  sweeps: number;
  sweepErrors: string[];
  sentBy: Record<string, number>;
  committees: number;
  wallSeconds: number;
}

interface Replica {
  id: string;
  child: ChildProcess;
  alive: boolean;
  stderr: string;
  ask(message?: unknown): Promise<FromReplica | "dead">;
}

function startReplica(id: string, url: string, recorder: string): Replica {
  const child = fork(REPLICA, [url, id, recorder, START.toISOString(), String(LEASE_MS)], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  const inbox: FromReplica[] = [];
  let waiting: ((answer: FromReplica | "dead") => void) | null = null;
  const deliver = (answer: FromReplica | "dead") => {
    const resolve = waiting;
    waiting = null;
    resolve?.(answer);
  };
  const replica: Replica = {
    id,
    child,
    alive: true,
    stderr: "",
    ask(message) {
      if (message !== undefined && replica.alive) child.send(message as object);
      const queued = inbox.shift();
      if (queued) return Promise.resolve(queued);
      if (!replica.alive) return Promise.resolve("dead");
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
  };
  child.on("message", (answer: FromReplica) => (waiting ? deliver(answer) : inbox.push(answer)));
  // A send to a replica killed a moment ago fails here; its exit already says it is gone.
  child.on("error", () => {});
  child.stderr?.on("data", (chunk: Buffer) => {
    replica.stderr += chunk.toString("utf8");
  });
  child.once("exit", () => {
    replica.alive = false;
    deliver("dead");
  });
  return replica;
}

export async function runReplicas(options: ReplicaOptions): Promise<ReplicaCounts> {
  const started = performance.now();
  const count = options.replicas ?? 3;
  const killAtSend = options.killAtSend ?? 5;
  const victimId = count > 1 ? "r2" : null;
  let killed: ReplicaCounts["killed"] = null;
  const replicas: Replica[] = [];
  const recorder = await startRecorder((message: Recorded) => {
    if (message.replica !== victimId || killed) return true;
    const sentByVictim = recorder.messages.filter((m) => m.replica === victimId).length;
    if (sentByVictim < killAtSend) return true;
    replicas.find((r) => r.id === victimId)?.child.kill("SIGKILL");
    killed = { replica: message.replica, atSend: sentByVictim };
    return false;
  });
  for (let i = 1; i <= count; i++) replicas.push(startReplica(`r${i}`, options.url, recorder.url));
  const store = await openStore(options.url).catch(async (error: unknown) => {
    for (const replica of replicas) replica.child.kill("SIGKILL");
    await recorder.close();
    throw error;
  });
  const db = store.db;
  const sweepErrors: string[] = [];
  try {
    for (const replica of replicas) {
      const answer = await replica.ask();
      if (answer === "dead" || !("ready" in answer)) {
        throw new Error(`replica ${replica.id} did not start:\n${replica.stderr}`);
      }
    }

    // --- the committee: everyone on Slack, a committee channel, four meetings ---
    const committees = await db.committee.count();
    const committee = await db.committee.findFirstOrThrow();
    for (const person of await db.person.findMany({ orderBy: { id: "asc" } })) {
      await db.chatIdentity.create({
        data: { personId: person.id, platform: "slack", workspaceId: "T1", userId: `U${person.id}` },
      });
    }
    await db.chatConversation.create({
      data: {
        committeeId: committee.id,
        platform: "slack",
        workspaceId: "T1",
        conversationId: "C_COMMITTEE",
        kind: "channel",
        purpose: "committee",
        updatedAt: START,
      },
    });
    for (const day of MEETINGS) {
      const startsAt = new Date(`${day}T09:00:00Z`);
      const known = await db.meeting.findFirst({ where: { committeeId: committee.id, startsAt } });
      if (known) continue;
      await db.meeting.create({
        data: {
          committeeId: committee.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 1.5 * HOUR),
          timeZone: "Europe/Zurich",
          place: "Palais des Nations",
          status: "scheduled",
        },
      });
    }

    // --- the run: all replicas sweep at each step, at the same instant ---
    const end = new Date(`${MEETINGS.at(-1)}T09:00:00Z`).getTime() + 3 * DAY;
    let now = START.getTime();
    let sweeps = 0;
    while (now < end) {
      const due = (await nextDueAt(db))?.getTime() ?? end;
      // At least twice a day, so meetings coming into view are planned near when they would be.
      now = Math.min(Math.max(due, now + 60_000), now + 12 * HOUR, end);
      const at = new Date(now).toISOString();
      const answers = await Promise.all(replicas.map((replica) => replica.ask({ sweepAt: at })));
      for (const [index, answer] of answers.entries()) {
        if (answer !== "dead" && "error" in answer)
          sweepErrors.push(`${replicas[index]?.id} at ${at}: ${answer.error}`);
      }
      sweeps += 1;
    }
    for (const replica of replicas) await replica.ask({ stop: true });

    // --- the tally ---
    const rows = await db.delivery.findMany();
    const arrived = new Map<string, number>();
    for (const message of recorder.messages) arrived.set(message.key, (arrived.get(message.key) ?? 0) + 1);
    const duplicates = [...arrived.values()].reduce((sum, n) => sum + n - 1, 0);
    const settled = new Set(["sent", "skipped", "withdrawn"]);
    const lastDue = end - HOUR;
    const unsettled = rows.filter((row) => !settled.has(row.status) && row.dueAt.getTime() <= lastDue);
    const tooLate = rows.filter((row) => row.status === "skipped" && /had started/.test(row.lastError ?? ""));
    const phantom = rows.filter((row) => row.status === "sent" && !arrived.has(row.key));
    const unrecorded = [...arrived.keys()].filter(
      (key) => !rows.some((r) => r.key === key && r.status === "sent"),
    );
    const sentBy: Record<string, number> = {};
    for (const message of recorder.messages) sentBy[message.replica] = (sentBy[message.replica] ?? 0) + 1;
    return {
      planned: rows.length,
      sent: arrived.size,
      duplicates,
      missed: unsettled.length + tooLate.length + phantom.length + unrecorded.length,
      notSent: {
        withdrawn: rows.filter((row) => row.status === "withdrawn").length,
        skipped: rows.filter((row) => row.status === "skipped").length - tooLate.length,
        notYetDue: rows.filter((row) => row.status === "pending" && row.dueAt.getTime() > lastDue).length,
      },
      killed,
      replicas: count,
      sweeps,
      sweepErrors,
      sentBy,
      committees,
      wallSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    for (const replica of replicas) if (replica.alive) replica.child.kill("SIGKILL");
    await store.close();
    await recorder.close();
  }
}

/** The line the note quotes. */
export function countsLine(counts: ReplicaCounts): string {
  return `replicas: planned ${counts.planned}, sent ${counts.sent}, duplicates ${counts.duplicates}, missed ${counts.missed}`;
}

export function detailsLine(counts: ReplicaCounts): string {
  const kill = counts.killed
    ? `${counts.killed.replica} killed (SIGKILL) after its message ${counts.killed.atSend} reached the platform`
    : "none killed";
  const by = Object.entries(counts.sentBy)
    .map(([id, n]) => `${id} ${n}`)
    .join(", ");
  return `replica details: ${counts.replicas} replicas, ${kill}; messages by replica ${by}; not sent: ${counts.notSent.withdrawn} withdrawn, ${counts.notSent.skipped} skipped, ${counts.notSent.notYetDue} not yet due; ${counts.sweeps} sweeps each, ${counts.sweepErrors.length} sweep errors; ${counts.committees} committee seeded; wall ${counts.wallSeconds} s`;
}
