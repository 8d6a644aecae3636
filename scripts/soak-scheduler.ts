// `npm run soak:scheduler [-- --days 365 --seed 7]`: a year of fortnightly
// meetings for a committee of 40 people on a fake clock, driven through the
// chat core as the secretariat and coordinators would drive it (scheduling,
// a move, a cancellation, updates early, late and never, absences, action
// items), with the platforms faked and misbehaving: ambiguous failures after
// the message arrived, rate limits, a refused DM, and workers killed between
// send and mark. Ends with one line scripts can read:
//   soak: planned N, sent N, duplicates N, missed N, wall N s
// Exit 0 when duplicates and missed are both 0, else 1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { manualClock } from "../src/clock.ts";
import { createCore } from "../src/core/core.ts";
import type { Reply } from "../src/core/reply.ts";
import { DeliveryError, type DeliveryPlatform, type DeliveryPort } from "../src/delivery/port.ts";
import { silentLogger } from "../src/log.ts";
import { prepareStore } from "../src/prepare-store.ts";
import { renderPlainText } from "../src/render/plain-text.ts";
import { type Scheduler, startScheduler } from "../src/schedule/scheduler.ts";

const { values } = parseArgs({
  options: { days: { type: "string", default: "365" }, seed: { type: "string", default: "7" } },
});
const DAYS = Number(values.days);
const started = performance.now();

// mulberry32: a deterministic run for a given seed.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const START = new Date("2017-01-02T07:00:00Z");
const END = new Date(START.getTime() + DAYS * DAY);
const LEASE_MS = 5 * 60_000;

const dir = mkdtempSync(join(tmpdir(), "rapporteur-soak-"));
const clock = manualClock(START);
const store = await prepareStore(`file:${dir}/soak.db`, clock, silentLogger);
const db = store.db;
const core = createCore({ db, clock, logger: silentLogger });
const committee = await db.committee.findFirstOrThrow();

// --- the committee: the seeded one, grown to 40 people across several zones ---
const ZONES: Record<string, string> = {
  Australia: "Australia/Sydney",
  Chile: "America/Santiago",
  Mexico: "America/Mexico_City",
  "New Zealand": "Pacific/Auckland",
  Zambia: "Africa/Lusaka",
  Iraq: "Asia/Baghdad",
  "Costa Rica": "America/Costa_Rica",
};
const delegations = await db.delegation.findMany({ where: { committeeId: committee.id, isMember: true } });
for (const delegation of delegations) {
  const zone = ZONES[delegation.name];
  if (zone) await db.person.updateMany({ where: { delegationId: delegation.id }, data: { timeZone: zone } });
}
let extra = 0;
while ((await db.person.count()) < 40) {
  const delegation = delegations[extra % delegations.length];
  if (!delegation) break;
  extra += 1;
  const person = await db.person.create({
    data: {
      committeeId: committee.id,
      delegationId: delegation.id,
      name: `Delegate ${extra} ${delegation.name}`,
      familyName: `Delegate ${extra}`,
      timeZone: ZONES[delegation.name] ?? null,
      listOrder: 100 + extra,
    },
  });
  await db.committeeRole.create({ data: { committeeId: committee.id, personId: person.id, role: "member" } });
}
const people = await db.person.findMany({
  include: { delegation: true, roles: true },
  orderBy: { id: "asc" },
});
// Most on Slack, some on Teams (a few of whom never opened the app), a few not linked at all.
for (const [index, person] of people.entries()) {
  if (index % 10 === 9) continue;
  if (index % 7 === 3) {
    await db.chatIdentity.create({
      data: { personId: person.id, platform: "teams", workspaceId: "tenant", userId: `aad-${person.id}` },
    });
    if (index % 14 !== 3) {
      await db.chatConversation.create({
        data: {
          committeeId: committee.id,
          platform: "teams",
          workspaceId: "tenant",
          conversationId: `a:dm-${person.id}`,
          kind: "dm",
          purpose: "dm",
          personId: person.id,
          reference: JSON.stringify({ conversation: { id: `a:dm-${person.id}` } }),
          updatedAt: clock.now(),
        },
      });
    }
    continue;
  }
  await db.chatIdentity.create({
    data: { personId: person.id, platform: "slack", workspaceId: "T1", userId: `U${person.id}` },
  });
}

// --- the platforms: record every message, misbehave now and then ---
interface Sent {
  key: string;
  platform: DeliveryPlatform;
  conversationId: string;
}
const sent: Sent[] = [];
let hung: (() => void) | undefined;
let crashes = 0;
let ambiguous = 0;
let rateLimited = 0;

function platformPort(platform: DeliveryPlatform, lookup: boolean): DeliveryPort {
  const port: DeliveryPort = {
    platform,
    async send(target, _reply: Reply, key) {
      await new Promise((resolve) => setImmediate(resolve));
      if (target.conversationId === `U${people[4]?.id}`) throw new DeliveryError("channel_not_found", true);
      const roll = random();
      if (platform === "slack" && roll < 0.01) {
        rateLimited += 1;
        throw new DeliveryError("rate limited", false, 30_000);
      }
      sent.push({ key, platform, conversationId: target.conversationId });
      if (platform === "slack" && roll > 0.995 && hung !== undefined) {
        // The process dies after Slack posted the message and before it was recorded.
        crashes += 1;
        return new Promise(() => hung?.());
      }
      if (platform === "slack" && roll > 0.98) {
        ambiguous += 1;
        throw new DeliveryError("socket hang up after the request was written", false);
      }
      return { messageId: `${platform}-${sent.length}`, conversationId: target.conversationId };
    },
  };
  if (lookup) {
    port.findSent = async (target, key) => {
      const found = sent.find((s) => s.key === key && s.conversationId === target.conversationId);
      return found ? { messageId: `${platform}-found`, conversationId: found.conversationId } : null;
    };
  }
  return port;
}
const ports = [platformPort("slack", true), platformPort("teams", false)];

let workers = 0;
function newScheduler(): Scheduler {
  workers += 1;
  return startScheduler({
    db,
    clock,
    logger: silentLogger,
    ports,
    timer: false,
    workerId: `soak-${workers}`,
    leaseMs: LEASE_MS,
  });
}
let scheduler = newScheduler();

/** A sweep; a worker that hangs in a send is abandoned as dead and a new one starts once its lease is over. */
async function sweep(): Promise<void> {
  const died = new Promise<"died">((resolve) => {
    hung = () => resolve("died");
  });
  const outcome = await Promise.race([scheduler.sweep(), died]);
  hung = undefined;
  if (outcome === "died") {
    clock.advance(LEASE_MS + 60_000);
    scheduler = newScheduler();
    await scheduler.sweep();
  }
}

// --- what people type, and when ---
const secretariat = people.find((p) => p.roles.some((r) => r.role === "secretariat"));
if (!secretariat) throw new Error("no secretariat in the seed");
async function say(personId: number, text: string, channel = false): Promise<string> {
  const replies = await core.handle({
    speaker: { kind: "person", personId },
    conversation: channel
      ? { platform: "slack", id: "slack:T1:C_COMMITTEE", kind: "channel" }
      : { platform: "console", id: "console:soak", kind: "dm" },
    kind: "command",
    text,
  });
  const text0 = replies.map(renderPlainText).join("\n");
  if (/Something went wrong/.test(text0)) throw new Error(`fault on "${text}": ${text0}`);
  return text0;
}

interface Event {
  at: number;
  run: () => Promise<unknown>;
}
const events: Event[] = [];
const on = (at: Date, run: () => Promise<unknown>) => events.push({ at: at.getTime(), run });

await say(secretariat.id, "settings channel here", true);
const meetingDays: Date[] = [];
for (
  let day = new Date("2017-01-11T09:00:00Z");
  day.getTime() < END.getTime();
  day = new Date(day.getTime() + 14 * DAY)
) {
  meetingDays.push(day);
}
for (const day of meetingDays) {
  const iso = day.toISOString().slice(0, 10);
  await say(secretariat.id, `meeting schedule ${iso} 10:00-11:30 Palais des Nations confirm`);
}
const areas = await db.thematicArea.findMany({ include: { coordinators: true } });
for (const [index, day] of meetingDays.entries()) {
  const iso = day.toISOString().slice(0, 10);
  if (index === 9) {
    on(new Date(day.getTime() - 10 * DAY), () =>
      say(secretariat.id, `meeting move ${iso} 15:00-16:30 confirm`),
    );
  }
  if (index === 17)
    on(new Date(day.getTime() - 3 * DAY), () => say(secretariat.id, "meeting cancel confirm"));
  for (const area of areas) {
    const roll = random();
    if (roll > 0.92) continue; // never answered
    // Early (before the reminder), between reminder and deadline, or late.
    const before =
      roll < 0.55 ? 3 + random() * 3.5 : roll < 0.8 ? 1.2 + random() * 0.7 : 0.1 + random() * 0.8;
    const delegationId = area.coordinators[0]?.delegationId;
    const author = people.find(
      (p) => p.delegationId === delegationId && p.roles.some((r) => r.role === "coordinator"),
    );
    if (!author) continue;
    on(new Date(day.getTime() - before * DAY), () =>
      say(author.id, `update ${area.name}: progress report ${iso}`),
    );
  }
  // Action items from each meeting: one due by the next meeting, one on a date; most get done.
  on(new Date(day.getTime() + 3 * HOUR), async () => {
    const owner = delegations[Math.floor(random() * delegations.length)]?.name ?? "Norway";
    const dueOn = new Date(day.getTime() + 10 * DAY).toISOString().slice(0, 10);
    const first = await say(
      secretariat.id,
      `action add Circulate the note ${iso} owner ${owner} due next meeting`,
    );
    const second = await say(
      secretariat.id,
      `action add Report on the seminar ${iso} owner ${owner} due ${dueOn}`,
    );
    for (const reply of [first, second]) {
      const handle = /A-\d+/.exec(reply)?.[0];
      if (handle && random() < 0.7)
        on(new Date(day.getTime() + (4 + random() * 20) * DAY), () =>
          say(secretariat.id, `action done ${handle}`),
        );
    }
  });
}
for (let i = 0; i < 8; i++) {
  const person = people[Math.floor(random() * people.length)];
  if (!person) continue;
  const from = new Date(START.getTime() + random() * (DAYS - 20) * DAY);
  const until = new Date(from.getTime() + (5 + random() * 10) * DAY).toISOString().slice(0, 10);
  on(from, () => say(person.id, `away until ${until}`));
}
events.sort((a, b) => a.at - b.at);

// --- the year, on the fake clock: wake at every due time and every event, at least twice a day ---
let next = 0;
let sweeps = 0;
while (clock.now().getTime() < END.getTime()) {
  const now = clock.now().getTime();
  const due = (await scheduler.nextDueAt())?.getTime() ?? Number.POSITIVE_INFINITY;
  const event = events[next]?.at ?? Number.POSITIVE_INFINITY;
  const target = Math.min(Math.max(due, now + 60_000), event, now + 12 * HOUR, END.getTime());
  clock.set(new Date(Math.max(target, now)));
  while (next < events.length && (events[next]?.at ?? 0) <= clock.now().getTime()) {
    await events[next]?.run();
    next += 1;
  }
  await sweep();
  sweeps += 1;
}

// --- the tally ---
const planned = await db.delivery.count();
const seen = new Map<string, number>();
for (const s of sent) seen.set(s.key, (seen.get(s.key) ?? 0) + 1);
const duplicates = [...seen.values()].reduce((sum, n) => sum + n - 1, 0);
const unsettled = await db.delivery.count({
  where: {
    status: { in: ["pending", "sending", "failed"] },
    dueAt: { lt: new Date(END.getTime() - 2 * HOUR) },
  },
});
const tooLate = await db.delivery.count({
  where: { status: "skipped", lastError: "the meeting had started before it could be sent" },
});
const possibly = await db.delivery.count({ where: { status: "possibly-sent" } });
const byStatus = await db.delivery.groupBy({ by: ["status"], _count: true });
const missed = unsettled + tooLate;
const wall = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `soak details: ${DAYS} days, ${meetingDays.length} meetings, ${people.length} people, ${sweeps} sweeps, ${workers} workers (${crashes} killed mid-send), ${ambiguous} ambiguous failures, ${rateLimited} rate limits, ${possibly} possibly sent; rows by status ${byStatus.map((row) => `${row.status} ${row._count}`).join(", ")}\n`,
);
process.stdout.write(
  `soak: planned ${planned}, sent ${sent.length}, duplicates ${duplicates}, missed ${missed}, wall ${wall} s\n`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
process.exit(duplicates === 0 && missed === 0 ? 0 : 1);
