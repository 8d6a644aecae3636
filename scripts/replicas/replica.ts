// One bot replica, as scripts/replicas/run.ts starts three of them: the real
// store (migrated and seeded by whichever replica gets there first) and the
// real scheduler, on a fake clock the parent sets before each sweep (over the
// IPC channel of child_process.fork). Its "Slack" is the parent's recorder on
// loopback: a send is a POST that returns once the recorder has the message,
// and the lookup after a crash asks the recorder whether the key arrived, as
// the Slack adapter asks Slack.
//   node --import tsx scripts/replicas/replica.ts <database url> <id> <recorder url> <start iso> <lease ms>
import { manualClock } from "../../src/clock.ts";
import type { DeliveryPort, SentMessage } from "../../src/delivery/port.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { startScheduler } from "../../src/schedule/scheduler.ts";

export type ToReplica = { sweepAt: string } | { stop: true };
export type FromReplica =
  | { ready: true }
  | { swept: string; sent: number }
  | { swept: string; error: string }
  | { stopped: true };

const [url, id, recorder, start, leaseMs] = process.argv.slice(2);
if (!url || !id || !recorder || !start || !leaseMs || !process.send) {
  throw new Error(
    "usage: fork scripts/replicas/replica.ts <database url> <id> <recorder url> <start iso> <lease ms>",
  );
}
const send = (message: FromReplica) => process.send?.(message);

const clock = manualClock(new Date(start));
const store = await prepareStore(url, clock, silentLogger);

async function call(path: string, body: unknown): Promise<SentMessage | null> {
  const response = await fetch(`${recorder}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`recorder answered ${response.status}`);
  return (await response.json()) as SentMessage;
}

const slack: DeliveryPort = {
  platform: "slack",
  async send(target, _reply, key) {
    const sent = await call("/send", { key, conversationId: target.conversationId, replica: id });
    if (!sent) throw new Error("the recorder lost a message");
    return sent;
  },
  findSent: (target, key) => call("/find", { key, conversationId: target.conversationId }),
};

const scheduler = startScheduler({
  db: store.db,
  clock,
  logger: silentLogger,
  ports: [slack],
  timer: false,
  workerId: id,
  leaseMs: Number(leaseMs),
});

process.on("message", async (message: ToReplica) => {
  if ("stop" in message) {
    await scheduler.stop();
    await store.close();
    send({ stopped: true });
    process.disconnect();
    return;
  }
  clock.set(new Date(message.sweepAt));
  try {
    const result = await scheduler.sweep();
    send({ swept: message.sweepAt, sent: result.sent });
  } catch (error) {
    send({ swept: message.sweepAt, error: String(error) });
  }
});
send({ ready: true });
