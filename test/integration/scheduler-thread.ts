// A scheduler in its own thread, on its own connection to the test's
// database: a second worker as a second process would be, with its own event
// loop (two connections in one event loop would block each other on SQLite's
// busy wait, which two processes never do). The parent sends it "now" to sweep at.
import { parentPort, workerData } from "node:worker_threads";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { startScheduler } from "../../src/schedule/scheduler.ts";
import { openStore } from "../../src/store/open.ts";
import { recordingPort } from "./scheduler-harness.ts";

const { url, workerId } = workerData as { url: string; workerId: string };
const store = await openStore(url);
const clock = manualClock(new Date(0));
const port = recordingPort("slack", clock, true);
const scheduler = startScheduler({
  db: store.db,
  clock,
  logger: silentLogger,
  ports: [port],
  timer: false,
  workerId,
});

parentPort?.on("message", async (message: { now?: string; close?: boolean }) => {
  if (message.close) {
    await scheduler.stop();
    await store.close();
    parentPort?.postMessage({ closed: true });
    return;
  }
  clock.set(new Date(message.now ?? 0));
  const from = port.sent.length;
  await scheduler.sweep();
  const sent = port.sent.slice(from).map((record) => ({ key: record.key, at: record.at.toISOString() }));
  parentPort?.postMessage({ sent });
});
