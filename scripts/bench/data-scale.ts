// Data scale, in process: the generated committee (generate-committee.ts)
// answers `status Lao PDR`, `actions overdue` and `agenda` through the real
// core as a coordinator would ask them on the console, timed over many runs
// after a warm-up; then a write followed by the read that must show it
// (write-read.ts); then one scheduler sweep over a queue of 10,000 due
// deliveries; then this (bench) process's resident memory after all that.
// The server's own memory is read in the HTTP parts (servers.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { buildAgendaDraft } from "../../src/core/drafts/agenda.ts";
import type { Reply } from "../../src/core/reply.ts";
import { silentLogger } from "../../src/log.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { findNextMeeting } from "../../src/read-model/meetings.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { openStore } from "../../src/store/open.ts";
import { BENCH_NOW, committeeFile, copyCommittee, FULL_SCALE, QUICK_SCALE } from "./generate-committee.ts";
import { percentile, round, rssMb, timeRuns } from "./measure.ts";
import { measureSweep } from "./sweep.ts";
import type { BenchOptions, BenchPart, BenchRow } from "./types.ts";
import { timeWriteThenRead } from "./write-read.ts";

const PART = "data scale";
const SPEAKER = "Malgorzata Hauge"; // Norway, coordinator: an ordinary member's view

/** The commands timed, what their answer must look like (a refusal would time the wrong thing), and their headline. */
const COMMANDS = [
  {
    text: "status Lao PDR",
    expect: /^Lao PDR country coalition/,
    headline: "status p99 ms",
    target: "< 1 ms",
  },
  {
    text: "actions overdue",
    expect: /^\d+ overdue action items?\./,
    headline: "overdue p99 ms",
    target: "< 1 ms",
  },
  { text: "agenda", expect: /Agenda for the meeting of/, headline: "agenda p99 ms", target: "< 5 ms" },
] as const;

function ask(core: Core, personId: number, text: string): Promise<Reply[]> {
  return core.handle({
    speaker: { kind: "person", personId },
    conversation: { platform: "console", id: "console:bench", kind: "dm" },
    kind: "command",
    text,
  });
}

export async function runDataScale(opts: BenchOptions): Promise<BenchPart> {
  const scale = opts.quick ? QUICK_SCALE : FULL_SCALE;
  // At most ~20 s a command in a full run, however slow it is: p99 over fewer runs then, said in the row.
  const runs = opts.quick
    ? { iterations: 20, warmup: 3 }
    : { iterations: 200, warmup: 20, budgetMs: 20_000, minimum: 50 };
  // Two timed pairs an iteration (add then read, done then read).
  const writePlan = opts.quick
    ? { iterations: 10, warmup: 2 }
    : { iterations: 100, warmup: 10, budgetMs: 20_000, minimum: 25 };
  const sweepPlan = opts.quick
    ? { target: 1000, catchUp: 100, routine: 3 }
    : { target: 10_000, catchUp: 1000, routine: 5 };
  const rows: BenchRow[] = [];
  const headlines: Record<string, number> = {};
  const file = await committeeFile(scale, opts.log);
  const work = mkdtempSync(join(tmpdir(), "rapporteur-bench-data-"));
  const store = await openStore(copyCommittee(file, work));
  try {
    const { db } = store;
    const clock = manualClock(BENCH_NOW);
    const core = createCore({ db, clock, logger: silentLogger });
    const speaker = await db.person.findFirstOrThrow({ where: { name: SPEAKER } });
    const rssBefore = rssMb();
    const size = `${scale.coalitions} coalitions, ${scale.actions} action items, ${scale.meetings} meetings, ${scale.updates} updates`;

    for (const command of COMMANDS) {
      const [first] = await ask(core, speaker.id, command.text);
      const text = first ? renderPlainText(first) : "(no reply)";
      if (!first || !command.expect.test(first.text))
        throw new Error(`"${command.text}" did not answer as expected: ${text.slice(0, 200)}`);
      const times = await timeRuns(() => ask(core, speaker.id, command.text), runs);
      const p50 = round(percentile(times, 50));
      const p99 = round(percentile(times, 99));
      opts.log(
        `${PART}: "${command.text}" (${first.text.split("\n")[0]?.slice(0, 60)}; ${text.length} chars) p50 ${p50} ms, p99 ${p99} ms over ${times.length} runs`,
      );
      const name = `"${command.text}" through the core (${size}; ${times.length} runs)`;
      rows.push({ part: PART, name: `${name} p50`, value: p50, unit: "ms" });
      rows.push({ part: PART, name: `${name} p99`, value: p99, unit: "ms", target: command.target });
      headlines[command.headline] = p99;
    }

    // A write through the core and the read that must show it, timed as a pair.
    const pairs = await timeWriteThenRead(core, speaker.id, writePlan);
    const pairP50 = round(percentile(pairs, 50));
    const pairP99 = round(percentile(pairs, 99));
    opts.log(
      `${PART}: write then read ("action add"/"action done", then "is A-n done?" showing it) p50 ${pairP50} ms, p99 ${pairP99} ms over ${pairs.length} pairs`,
    );
    const pairName = `write then read: "action add ... owner Norway" or "action done A-n", then "is A-n done?", which must show it (${pairs.length} pairs)`;
    rows.push({ part: PART, name: `${pairName} p50`, value: pairP50, unit: "ms" });
    rows.push({ part: PART, name: `${pairName} p99`, value: pairP99, unit: "ms", target: "< 20 ms" });
    headlines["write then read p99 ms"] = pairP99;

    // The agenda draft alone, without the core's request handling and the .docx/.md exports.
    const dir = await loadDirectory(db);
    const records = await loadRecords(db, dir.committee.id);
    const next = findNextMeeting(records, BENCH_NOW);
    if (!next) throw new Error("the generated committee has no meeting after the benchmark's now");
    const draftTimes = await timeRuns(() => buildAgendaDraft(dir, records, next, BENCH_NOW), runs);
    const draftP99 = round(percentile(draftTimes, 99));
    opts.log(
      `${PART}: buildAgendaDraft alone p50 ${round(percentile(draftTimes, 50))} ms, p99 ${draftP99} ms`,
    );
    rows.push({
      part: PART,
      name: "agenda draft alone (buildAgendaDraft) p50",
      value: round(percentile(draftTimes, 50)),
      unit: "ms",
    });
    rows.push({
      part: PART,
      name: "agenda draft alone (buildAgendaDraft) p99",
      value: draftP99,
      unit: "ms",
      target: "< 5 ms",
    });

    opts.log(
      `${PART}: ${sweepPlan.target} deliveries in the queue, ${sweepPlan.catchUp} of them overdue: sweeping`,
    );
    const sweep = await measureSweep(db, clock, sweepPlan);
    const { catchUp } = sweep;
    const perDelivery = round(sweep.catchUpMs / Math.max(1, sweep.processed));
    opts.log(
      `${PART}: catch-up sweep over ${sweep.due} due of ${sweep.queued} queued (${sweep.planned} planned by the planner): ` +
        `${round(sweep.catchUpMs)} ms, ${perDelivery} ms a delivery; sent ${catchUp.sent}, skipped ${catchUp.skipped}, ` +
        `withdrawn ${catchUp.withdrawn}, failed ${catchUp.failed}, retried ${catchUp.retried}; ` +
        `routine sweep (median of ${sweepPlan.routine}, ${sweep.routineSent} sent) ${round(sweep.routineMs)} ms`,
    );
    rows.push({
      part: PART,
      name: `routine scheduler sweep, ${sweep.queued} deliveries planned (median of ${sweepPlan.routine} a minute apart)`,
      value: round(sweep.routineMs),
      unit: "ms",
      target: "< 200 ms",
    });
    rows.push({
      part: PART,
      name: `catch-up sweep over ${sweep.processed} due deliveries (plan, claim, send, record)`,
      value: round(sweep.catchUpMs),
      unit: "ms",
    });
    rows.push({ part: PART, name: "catch-up sweep, per delivery", value: perDelivery, unit: "ms" });
    headlines["scheduler sweep ms"] = round(sweep.routineMs);
    headlines["sweep ms per delivery"] = perDelivery;

    const rss = rssMb();
    const heap = round(process.memoryUsage().heapUsed / (1024 * 1024));
    opts.log(`${PART}: rss ${rssBefore} MB before the load, ${rss} MB after (heap in use ${heap} MB)`);
    rows.push({
      part: PART,
      name: "bench process resident memory before the load (modules loaded, store open; not the server's)",
      value: rssBefore,
      unit: "MB",
    });
    rows.push({
      part: PART,
      name: "bench process resident memory after the load (the server's: server rss mb)",
      value: rss,
      unit: "MB",
    });
    rows.push({
      part: PART,
      name: "bench process JavaScript heap in use after the load (garbage included)",
      value: heap,
      unit: "MB",
    });
    headlines["rss mb"] = rss;
    return { rows, headlines };
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}
