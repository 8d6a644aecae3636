// A seeded committee on a real database (SQLite, or PostgreSQL with
// RAPPORTEUR_TEST_PG_URL), a manual clock, the core, and
// recording fake delivery ports (the platforms are the only thing faked): what
// the scheduler tests drive and inspect.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  DeliveryError,
  type DeliveryPlatform,
  type DeliveryPort,
  type DeliveryTarget,
} from "../../src/delivery/port.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { type Scheduler, startScheduler } from "../../src/schedule/scheduler.ts";
import { type Db, type OpenedStore, openStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

export interface SentRecord {
  key: string;
  target: DeliveryTarget;
  reply: Reply;
  text: string;
  at: Date;
  messageId: string;
}

export interface RecordingPort extends DeliveryPort {
  sent: SentRecord[];
  /** Refuse direct messages to these conversation ids, as Slack does with channel_not_found. */
  refuse: Set<string>;
  /** A send matching this is recorded by the platform and then never returns: the worker "dies" there. */
  hang: (key: string, target: DeliveryTarget) => boolean;
}

/** A fake platform that records every message; with `lookup`, it can find one by key as Slack can. */
export function recordingPort(
  platform: DeliveryPlatform,
  clock: ManualClock,
  lookup: boolean,
  log: SentRecord[] = [],
): RecordingPort {
  const refuse = new Set<string>();
  const port: RecordingPort = {
    platform,
    sent: log,
    refuse,
    hang: () => false,
    async send(target, reply, key) {
      // Yield first, so two workers in one process really interleave.
      await new Promise((resolve) => setImmediate(resolve));
      if (refuse.has(target.conversationId)) {
        throw new DeliveryError(platform === "teams" ? "403 Forbidden" : "channel_not_found", true);
      }
      const messageId = `${platform}-${log.length + 1}`;
      log.push({ key, target, reply, text: renderPlainText(reply), at: clock.now(), messageId });
      if (port.hang(key, target)) return new Promise(() => {});
      return { messageId, conversationId: target.conversationId };
    },
  };
  if (lookup) {
    port.findSent = async (target, key) => {
      const found = log.find(
        (record) => record.key === key && record.target.conversationId === target.conversationId,
      );
      return found ? { messageId: found.messageId, conversationId: found.target.conversationId } : null;
    };
  }
  return port;
}

export interface SchedulerHarness {
  dir: string;
  /** The database URL, for another connection (a worker thread, a reopen). */
  url: string;
  store: OpenedStore;
  db: Db;
  clock: ManualClock;
  core: Core;
  personId(name: string): Promise<number>;
  /** Replies to a typed command from the named person, rendered as plain text. */
  say(
    name: string,
    text: string,
    conversation?: { platform: "slack"; id: string; kind: "channel" | "dm" },
  ): Promise<string[]>;
  /** Links a person to a Slack user id. */
  linkSlack(name: string, userId: string): Promise<void>;
  /** Binds a Slack channel as the committee channel. */
  bindChannel(channelId: string): Promise<void>;
  scheduler(ports: DeliveryPort[], options?: { db?: Db; workerId?: string }): Scheduler;
  /** Moves the clock forward to `end`, sweeping at each due time (and at least every 6 hours). */
  runUntil(scheduler: Scheduler, end: Date): Promise<void>;
  /** Another connection to the same database (another process, as far as the database is concerned). */
  reopen(): Promise<OpenedStore>;
  close(): Promise<void>;
}

const STEP_MS = 6 * 3600_000;

export async function schedulerHarness(start: Date): Promise<SchedulerHarness> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-scheduler-"));
  const clock = manualClock(start);
  const url = await tempDatabaseUrl(dir);
  const store = await prepareStore(url, clock, silentLogger);
  const db = store.db;
  const core = createCore({ db, clock, logger: silentLogger });
  const extra: OpenedStore[] = [];
  const ids = new Map<string, number>();
  const personId = async (name: string) => {
    const known = ids.get(name);
    if (known !== undefined) return known;
    const found = await db.person.findFirst({ where: { name } });
    if (!found) throw new Error(`no person named ${name}`);
    ids.set(name, found.id);
    return found.id;
  };
  const committeeId = async () => (await db.committee.findFirstOrThrow()).id;
  return {
    dir,
    url,
    store,
    db,
    clock,
    core,
    personId,
    async say(name, text, conversation = { platform: "slack", id: "slack:T1:D1", kind: "dm" }) {
      const replies = await core.handle({
        speaker: { kind: "person", personId: await personId(name) },
        conversation,
        kind: "command",
        text,
      });
      return replies.map(renderPlainText);
    },
    async linkSlack(name, userId) {
      await db.chatIdentity.create({
        data: { personId: await personId(name), platform: "slack", workspaceId: "T1", userId },
      });
    },
    async bindChannel(channelId) {
      await db.chatConversation.create({
        data: {
          committeeId: await committeeId(),
          platform: "slack",
          workspaceId: "T1",
          conversationId: channelId,
          kind: "channel",
          purpose: "committee",
          updatedAt: clock.now(),
        },
      });
    },
    scheduler(ports, options = {}) {
      return startScheduler({
        db: options.db ?? db,
        clock,
        logger: silentLogger,
        ports,
        timer: false,
        workerId: options.workerId ?? "test-worker",
      });
    },
    async runUntil(scheduler, end) {
      let previous = Number.NaN;
      for (;;) {
        const now = clock.now().getTime();
        const due = (await scheduler.nextDueAt())?.getTime() ?? Number.POSITIVE_INFINITY;
        // A row still due after a sweep at this instant waits for time to pass.
        const earliest = due <= now && previous === now ? now + 60_000 : now;
        const next = Math.min(Math.max(due, earliest), now + STEP_MS, end.getTime());
        previous = next;
        clock.set(new Date(next));
        await scheduler.sweep();
        if (next >= end.getTime()) return;
      }
    },
    async reopen() {
      const opened = await openStore(url);
      extra.push(opened);
      return opened;
    },
    async close() {
      for (const opened of extra) await opened.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The local wall-clock "HH:mm, weekday" of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** Who the meeting-cycle tests speak as and to: the secretariat, the committee channel, coordinators' Slack accounts. */
export const SECRETARIAT = "Sheila Mweemba";
export const COMMITTEE_CHANNEL = "C_COMMITTEE";
export const COORDINATOR_ACCOUNTS = {
  "Malgorzata Hauge": "U_HAUGE",
  "Silvia Cattaneo": "U_CATTANEO",
  "Hugh Watson": "U_WATSON",
  "Thuy Nguyen": "U_NGUYEN",
  "Sachi Claringbould": "U_CLARINGBOULD",
} as const;

/** Links each person's Slack account and binds the committee channel. */
export async function linkCommittee(h: SchedulerHarness, accounts: Record<string, string>): Promise<void> {
  for (const [name, user] of Object.entries(accounts)) await h.linkSlack(name, user);
  await h.bindChannel(COMMITTEE_CHANNEL);
}
