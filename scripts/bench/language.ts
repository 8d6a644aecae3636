// Language: how long the bot takes to understand and answer one plain
// message (the NLU corpus, each case a chat message to the core, on the
// seeded committee of 21 November 2016, as `npm run eval:nlu` runs it), and
// how long the minutes draft of a big meeting takes: the meeting of 4
// November 2016 grown to 200 updates (every area and 192 coalitions) and 300
// action items, as a draft, as Markdown and as .docx.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manualClock } from "../../src/clock.ts";
import { minutesDocument } from "../../src/core/drafts/document.ts";
import { toDocx } from "../../src/core/drafts/docx.ts";
import { exportMinutes } from "../../src/core/drafts/exports.ts";
import { toMarkdown } from "../../src/core/drafts/markdown.ts";
import { buildMinutesDraft } from "../../src/core/drafts/minutes.ts";
import { calendarDate } from "../../src/domain/format.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { seedCommittee } from "../../src/seed/load.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { type Db, openStore } from "../../src/store/open.ts";
import { loadCorpus } from "../nlu/corpus.ts";
import { medianUnderstandAndAnswerMs } from "../nlu/evaluate.ts";
import { addCoalitions, loadCtx } from "./committee-people.ts";
import { addActions, addUpdates } from "./committee-records.ts";
import { ROOT } from "./generate-committee.ts";
import { median, round, timeRuns } from "./measure.ts";
import type { BenchOptions, BenchPart, BenchRow } from "./types.ts";
import { seededRandom } from "./words.ts";

const PART = "language";
/** As scripts/eval-nlu.ts: between the meetings of 4 November and 7 December 2016, asked by Norway's coordinator. */
const EVAL_NOW = new Date("2016-11-21T08:00:00Z");
const EVAL_SPEAKER = "Malgorzata Hauge";
const MINUTES_DAY = "2016-11-04";
const UPDATES = 200;
const ACTIONS = 300;

async function nluMedian(opts: BenchOptions, work: string): Promise<{ ms: number; cases: number }> {
  const clock = manualClock(EVAL_NOW);
  const store = await prepareStore(`file:${join(work, "nlu.db")}`, clock, silentLogger);
  try {
    const all = loadCorpus(join(ROOT, "test", "nlu", "corpus.jsonl"));
    // Quick: every fourth case, still every kind of question.
    const corpus = opts.quick ? all.filter((_, i) => i % 4 === 0) : all;
    const deps = { db: store.db, clock, logger: silentLogger, defaultSpeaker: EVAL_SPEAKER };
    await medianUnderstandAndAnswerMs(deps, corpus.slice(0, 10)); // warm-up
    return { ms: await medianUnderstandAndAnswerMs(deps, corpus), cases: corpus.length };
  } finally {
    await store.close();
  }
}

/** The seeded committee with the meeting of 4 November 2016 grown to 200 updates and 300 action items. */
async function bigMeeting(db: Db): Promise<number> {
  const { committeeId } = await seedCommittee(db, { now: EVAL_NOW });
  const committee = await db.committee.findUniqueOrThrow({ where: { id: committeeId } });
  const meetings = await db.meeting.findMany({ where: { committeeId }, orderBy: { startsAt: "asc" } });
  const meeting = meetings.find((m) => calendarDate(m.startsAt, committee.timeZone) === MINUTES_DAY);
  if (!meeting) throw new Error(`the seed has no meeting on ${MINUTES_DAY}`);
  await db.$transaction(
    async (tx) => {
      const ctx = await loadCtx(tx, committeeId, seededRandom(1104), EVAL_NOW);
      await addCoalitions(ctx, UPDATES - ctx.areas.length - ctx.coalitions.length);
      await addUpdates(ctx, UPDATES, [meeting]);
      const recorded = await tx.actionItem.count({ where: { sourceMeetingId: meeting.id } });
      await addActions(ctx, ACTIONS - recorded, [meeting], meetings);
    },
    { timeout: 120_000 },
  );
  return meeting.id;
}

async function minutesFigures(
  opts: BenchOptions,
  work: string,
  rows: BenchRow[],
): Promise<Record<string, number>> {
  const store = await openStore(`file:${join(work, "minutes.db")}`);
  try {
    const { db } = store;
    const meetingId = await bigMeeting(db);
    const dir = await loadDirectory(db);
    const records = await loadRecords(db, dir.committee.id);
    const runs = { iterations: opts.quick ? 3 : 9, warmup: 1 };
    const draft = await buildMinutesDraft(dir, records, meetingId, EVAL_NOW);
    const paragraphs = draft.items.flatMap((item) => item.paragraphs);
    const updates = paragraphs.filter((p) => p.kind === "update").length;
    const actions = paragraphs.filter((p) => p.kind === "action").length;
    if (updates !== UPDATES || actions !== ACTIONS)
      throw new Error(
        `the minutes draft shows ${updates} updates and ${actions} action items, not ${UPDATES} and ${ACTIONS}`,
      );
    const document = minutesDocument(draft);
    const docx = await toDocx(document);
    const markdown = toMarkdown(document);
    const draftMs = round(
      median(await timeRuns(() => buildMinutesDraft(dir, records, meetingId, EVAL_NOW), runs)),
    );
    const markdownMs = round(median(await timeRuns(async () => toMarkdown(minutesDocument(draft)), runs)));
    const docxMs = round(median(await timeRuns(() => toDocx(minutesDocument(draft)), runs)));
    // the first export builds the .docx; later ones of the unchanged draft reuse it (src/core/drafts/exports.ts)
    const started = performance.now();
    await exportMinutes(dir, records, meetingId, EVAL_NOW);
    const exportMs = round(performance.now() - started);
    const repeatMs = round(
      median(await timeRuns(() => exportMinutes(dir, records, meetingId, EVAL_NOW), runs)),
    );
    const docxKb = round(docx.byteLength / 1024);
    opts.log(
      `${PART}: minutes of ${MINUTES_DAY} with ${updates} updates and ${actions} action items: draft ${draftMs} ms, ` +
        `.md ${markdownMs} ms (${round(markdown.length / 1024)} KB), .docx ${docxMs} ms (${docxKb} KB), all three ${exportMs} ms (again ${repeatMs} ms)`,
    );
    const what = `minutes, ${updates} updates and ${actions} action items`;
    rows.push({
      part: PART,
      name: `${what}: draft from the store (median of ${runs.iterations})`,
      value: draftMs,
      unit: "ms",
    });
    rows.push({ part: PART, name: `${what}: Markdown from the draft`, value: markdownMs, unit: "ms" });
    rows.push({ part: PART, name: `${what}: .docx from the draft`, value: docxMs, unit: "ms" });
    rows.push({
      part: PART,
      name: `${what}: draft, Markdown and .docx (exportMinutes, first)`,
      value: exportMs,
      unit: "ms",
    });
    rows.push({
      part: PART,
      name: `${what}: the same, draft unchanged (.docx reused; median of ${runs.iterations})`,
      value: repeatMs,
      unit: "ms",
    });
    rows.push({ part: PART, name: `${what}: .docx size`, value: docxKb, unit: "KB" });
    return {
      "minutes draft ms": draftMs,
      "minutes docx ms": docxMs,
      "minutes export ms": exportMs,
      "minutes docx kb": docxKb,
    };
  } finally {
    await store.close();
  }
}

export async function runLanguage(opts: BenchOptions): Promise<BenchPart> {
  const work = mkdtempSync(join(tmpdir(), "rapporteur-bench-language-"));
  const rows: BenchRow[] = [];
  try {
    const nlu = await nluMedian(opts, work);
    const nluMs = round(nlu.ms);
    opts.log(`${PART}: understand and answer one message: median ${nluMs} ms over ${nlu.cases} corpus cases`);
    rows.push({
      part: PART,
      name: `understand and answer one message (median of ${nlu.cases} corpus cases)`,
      value: nluMs,
      unit: "ms",
    });
    const minutes = await minutesFigures(opts, work, rows);
    return { rows, headlines: { "nlu median ms": nluMs, ...minutes } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
