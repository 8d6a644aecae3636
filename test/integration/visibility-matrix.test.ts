// Confidentiality, cell by cell (issue 17, item 7): the Lao PDR coalition's
// record and two of its action items carry a marker word; the record is kept
// at each visibility level in turn, and each kind of asker reaches it by every
// path a platform has, through the real adapters (Slack's /slack/events and
// Teams' /api/messages on 127.0.0.1, with local fakes of Slack's Web API and
// the Bot Connector) and the console as its session calls the core. A cell
// passes when the marker reaches exactly those who may read it and never the
// channel unless the record is open to the committee. Paths a platform does
// not have (App Home outside Slack; buttons, channels and scheduled posts on
// the console) are not cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReplies, requestFor } from "../../adapters/console/session.ts";
import { startScheduler } from "../../src/schedule/scheduler.ts";
import type { Db } from "../../src/store/open.ts";
import { createdChatId } from "../fixtures/bot-connector.ts";
import { blockActions, eventCallback, interactivity, slashCommand } from "../fixtures/slack-requests.ts";
import {
  botInstalled,
  channelMention,
  executeInvoke,
  personalConversationId,
  personalMessage,
  type TeamsUser,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";
import { startTeams, type TeamsHarness } from "./teams-harness.ts";
import { readBy, type Seen, settle, slackSeen, teamsSeen } from "./visibility-observe.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const AFTER_MEETING = new Date("2016-12-08T12:00:00Z");
const MARKER = "Zephyr";
const LEVELS = ["committee", "coordinators", "secretariat"] as const;
type Level = (typeof LEVELS)[number];
const ASKERS = ["observer", "coordinator", "secretariat"] as const;
type Asker = (typeof ASKERS)[number];
const PERSON: Record<Asker, string> = {
  observer: "Amélie Chayer", // Cluster Munition Coalition
  coordinator: "Malgorzata Hauge", // Norway
  secretariat: "Sheila Mweemba", // ISU-CCM
};
const MAY_READ: Record<Asker, readonly Level[]> = {
  observer: ["committee"],
  coordinator: ["committee", "coordinators"],
  secretariat: LEVELS,
};
const SLACK_USER: Record<Asker, string> = {
  observer: USERS.observer,
  coordinator: USERS.coordinator,
  secretariat: USERS.secretariat,
};
const TEAMS_USER: Record<Asker, TeamsUser> = {
  observer: teamsUser(PERSON.observer, "3c4d5e6f-7081-4a2b-9c3d-4e5f6a7b8c9d"),
  coordinator: teamsUser(PERSON.coordinator, "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"),
  secretariat: teamsUser(PERSON.secretariat, "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"),
};
const STATUS = "status Lao PDR";
const QUESTION = "what is the status of the Lao PDR coalition?";
type Surface =
  | "command"
  | "question"
  | "button"
  | "share button"
  | "agenda"
  | "minutes"
  | "scheduled"
  | "App Home";
/** Drafts go to the whole committee, whoever asks for them. */
const DRAFTS: readonly Surface[] = ["agenda", "minutes"];

interface Cell {
  platform: "slack" | "teams" | "console";
  where: "channel" | "dm" | "personal page";
  surface: Surface;
  level: Level;
  asker: Asker;
  seen: Seen;
  inChannel: boolean;
  ids: string[];
}

const cells: string[] = [];
const failures: string[] = [];

/** Asserts one cell: the asker reads the marker exactly when allowed; the channel only when open to all. */
function judge(cell: Cell): void {
  const name = `${cell.platform} ${cell.where} ${cell.surface}, ${cell.level} record, ${cell.asker}`;
  cells.push(name);
  // What goes to the whole committee (a draft, the channel's share, a scheduled channel post) shows only open records.
  const forEveryone =
    DRAFTS.includes(cell.surface) ||
    cell.surface === "share button" ||
    (cell.surface === "scheduled" && cell.where === "channel");
  const allowed = MAY_READ[cell.asker].includes(cell.level) && (!forEveryone || cell.level === "committee");
  const read = readBy(cell.seen, cell.ids, cell.inChannel).includes(MARKER);
  const leaked = cell.level !== "committee" && cell.seen.channel.includes(MARKER);
  if (read !== allowed)
    failures.push(`${name}: ${allowed ? "did not reach the asker" : "reached the asker"}`);
  if (leaked) failures.push(`${name}: reached the channel`);
}

/** The cells of a scheduler run: what the channel showed, and what each asker got directly. */
function judgeScheduled(
  platform: "slack" | "teams",
  level: Level,
  seen: Seen,
  idsOf: (asker: Asker) => string[],
): void {
  for (const asker of ASKERS) {
    for (const where of ["channel", "dm"] as const) {
      const ids = where === "dm" ? idsOf(asker) : [];
      judge({
        platform,
        where,
        surface: "scheduled",
        level,
        asker,
        seen,
        inChannel: where === "channel",
        ids,
      });
    }
  }
}

/** The Lao PDR record and two of its items (one due by the next meeting, one overdue), owned by every asker. */
async function plant(db: Db, level: Level): Promise<void> {
  const lao = await db.countryCoalition.findFirstOrThrow({ where: { name: "Lao PDR" } });
  await db.countryCoalition.update({
    where: { id: lao.id },
    data: { visibility: level, challenges: `${MARKER} funding gap` },
  });
  if (await db.actionItem.findFirst({ where: { text: { contains: MARKER } } })) return;
  const { committeeId } = lao;
  const held = await db.meeting.findFirstOrThrow({
    where: { committeeId, status: "held" },
    orderBy: { startsAt: "desc" },
  });
  const top = await db.actionItem.aggregate({ where: { committeeId }, _max: { number: true } });
  const persons = await db.person.findMany({ where: { name: { in: Object.values(PERSON) } } });
  for (const [offset, data] of [
    { text: `Draft the ${MARKER} donor matrix`, dueKind: "next-meeting", sourceMeetingId: held.id },
    { text: `Send the ${MARKER} survey`, dueKind: "date", dueOn: "2016-11-22" },
  ].entries()) {
    await db.actionItem.create({
      data: {
        committeeId,
        number: (top._max.number ?? 0) + 1 + offset,
        coalitionId: lao.id,
        createdAt: NOW,
        ...data,
        owners: {
          create: persons.map((person) => ({ personId: person.id, ownerKey: `person:${person.id}` })),
        },
      },
    });
  }
}

async function setLevel(db: Db, level: Level): Promise<void> {
  await db.countryCoalition.updateMany({ where: { name: "Lao PDR" }, data: { visibility: level } });
}

/** Runs the scheduler with the mount's own delivery port from NOW until after the meeting of 7 December. */
async function runSchedule(
  db: Db,
  clock: { now(): Date; set(at: Date): void },
  port: unknown,
): Promise<void> {
  const scheduler = startScheduler({
    db,
    clock,
    logger: (await import("../../src/log.ts")).silentLogger,
    ports: [port as never],
    timer: false,
    workerId: "matrix",
  });
  // Every 6 hours at least: the scheduler plans a meeting's rows only when it sweeps.
  for (let i = 0; i < 400 && clock.now() < AFTER_MEETING; i += 1) {
    const now = clock.now().getTime();
    const due = (await scheduler.nextDueAt())?.getTime() ?? Number.POSITIVE_INFINITY;
    const step = Math.min(Math.max(due, now + 60_000), now + 6 * 3600_000, AFTER_MEETING.getTime());
    clock.set(new Date(step));
    await scheduler.sweep();
  }
  await scheduler.stop();
}

describe("Slack", () => {
  let h: SlackHarness;
  const dmOf = (asker: Asker) => `D0${SLACK_USER[asker].slice(1)}`;
  const idsOf = (asker: Asker) => [SLACK_USER[asker], dmOf(asker)];

  beforeAll(async () => {
    h = await startSlackHarness({ now: NOW });
    await plant(h.db, "committee");
  }, 60_000);
  afterAll(async () => h?.close());

  async function observe(asker: Asker, send: () => Promise<{ body: string }>): Promise<Seen> {
    const from = h.api.calls.length;
    const { body } = await send();
    // An empty acknowledgement means the answer comes through the Web API or response_url.
    await settle(() => h.api.calls.length, body.trim() === "" ? from : undefined);
    return slackSeen(h.api, from, SLACK_USER[asker], body);
  }

  const slash = (asker: Asker, text: string, channelId: string) => () =>
    h.post(
      slashCommand(SECRET, { text, userId: SLACK_USER[asker], channelId, responseUrl: h.responseUrl() }),
    );
  const message = (asker: Asker, text: string, where: "channel" | "dm") => () =>
    h.post(
      eventCallback(SECRET, {
        type: where === "channel" ? "app_mention" : "message",
        ...(where === "dm" ? { channel_type: "im" } : {}),
        user: SLACK_USER[asker],
        text: where === "channel" ? `<@UBOT> ${text}` : text,
        ts: `${Date.now() / 1000}`,
        channel: where === "channel" ? "C0COMMITTEE" : dmOf(asker),
        event_ts: `${Date.now() / 1000}`,
      }),
    );
  const press = (asker: Asker, actionId: string, value: string, channelId: string) => () =>
    h.post(
      interactivity(
        SECRET,
        blockActions({ userId: SLACK_USER[asker], actionId, value, channelId, responseUrl: h.responseUrl() }),
      ),
    );

  for (const level of LEVELS) {
    it(`keeps a ${level} record where it belongs, for every asker and path`, async () => {
      await setLevel(h.db, level);
      for (const asker of ASKERS) {
        for (const where of ["channel", "dm"] as const) {
          const channelId = where === "channel" ? "C0COMMITTEE" : dmOf(asker);
          const paths: [Surface, () => Promise<{ body: string }>][] = [
            ["command", slash(asker, STATUS, channelId)],
            ["question", message(asker, QUESTION, where)],
            ["button", press(asker, "run", STATUS, channelId)],
            ...(where === "channel"
              ? [
                  ["share button", press(asker, "share", STATUS, channelId)] as [
                    Surface,
                    () => Promise<{ body: string }>,
                  ],
                ]
              : []),
            ["agenda", slash(asker, "agenda", channelId)],
            ["minutes", slash(asker, "minutes", channelId)],
          ];
          for (const [surface, send] of paths) {
            const seen = await observe(asker, send);
            judge({
              platform: "slack",
              where,
              surface,
              level,
              asker,
              seen,
              inChannel: where === "channel",
              ids: idsOf(asker),
            });
          }
        }
        const home = await observe(asker, () =>
          h.post(
            eventCallback(SECRET, {
              type: "app_home_opened",
              user: SLACK_USER[asker],
              channel: dmOf(asker),
              tab: "home",
              event_ts: `${Date.now() / 1000}`,
            }),
          ),
        );
        judge({
          platform: "slack",
          where: "personal page",
          surface: "App Home",
          level,
          asker,
          seen: home,
          inChannel: false,
          ids: idsOf(asker),
        });
      }
    }, 120_000);

    it(`posts nothing of a ${level} record on schedule to those who may not read it`, async () => {
      const s = await startSlackHarness({ now: NOW });
      try {
        await plant(s.db, level);
        await s.post(
          slashCommand(SECRET, {
            text: "settings channel here",
            userId: USERS.secretariat,
            channelId: "C0COMMITTEE",
            responseUrl: s.responseUrl(),
          }),
        );
        const from = s.api.calls.length;
        await runSchedule(s.db, s.clock, s.mount.delivery);
        await settle(() => s.api.calls.length);
        const seen = slackSeen(s.api, from, "nobody");
        judgeScheduled("slack", level, seen, idsOf);
      } finally {
        await s.close();
      }
    }, 120_000);
  }
});

describe("Teams", () => {
  let h: TeamsHarness;
  const idsOf = (asker: Asker) => [
    personalConversationId(TEAMS_USER[asker]),
    createdChatId(TEAMS_USER[asker].id),
  ];

  async function prepare(t: TeamsHarness): Promise<void> {
    for (const asker of ASKERS) {
      await t.link(TEAMS_USER[asker], PERSON[asker]);
      await t.post(botInstalled(t.connector.url, TEAMS_USER[asker], "personal"));
    }
    await t.post(botInstalled(t.connector.url, TEAMS_USER.secretariat, "team"));
  }

  beforeAll(async () => {
    h = await startTeams();
    await prepare(h);
    await plant(h.db, "committee");
  }, 60_000);
  afterAll(async () => h?.close());

  async function observe(activity: unknown, asker: Asker): Promise<Seen> {
    const from = h.connector.calls.length;
    const { body } = await h.post(activity);
    // A message is answered through the connector; an invoke may answer in its own response.
    await settle(() => h.connector.calls.length, body === undefined ? from : undefined);
    const invoke =
      (activity as { type: string }).type === "invoke" ? { body, presser: idsOf(asker)[0] ?? "" } : undefined;
    return teamsSeen(h.connector, from, invoke);
  }

  for (const level of LEVELS) {
    it(`keeps a ${level} record where it belongs, for every asker and path`, async () => {
      await setLevel(h.db, level);
      const url = h.connector.url;
      for (const asker of ASKERS) {
        const user = TEAMS_USER[asker];
        for (const where of ["channel", "dm"] as const) {
          const say = (text: string) =>
            where === "channel" ? channelMention(url, user, text) : personalMessage(url, user, text);
          const press = (verb: string) =>
            executeInvoke(url, user, where === "channel" ? "channel" : "personal", {
              verb,
              data: { value: STATUS },
            });
          const paths: [Surface, unknown][] = [
            ["command", say(STATUS)],
            ["question", say(QUESTION)],
            ["button", press("run")],
            ...(where === "channel" ? [["share button", press("share")] as [Surface, unknown]] : []),
            ["agenda", say("agenda")],
            ["minutes", say("minutes")],
          ];
          for (const [surface, activity] of paths) {
            const seen = await observe(activity, asker);
            judge({
              platform: "teams",
              where,
              surface,
              level,
              asker,
              seen,
              inChannel: where === "channel",
              ids: idsOf(asker),
            });
          }
        }
      }
    }, 120_000);

    it(`posts nothing of a ${level} record on schedule to those who may not read it`, async () => {
      const t = await startTeams();
      try {
        await prepare(t);
        await plant(t.db, level);
        await t.post(channelMention(t.connector.url, TEAMS_USER.secretariat, "settings channel here"));
        const from = t.connector.calls.length;
        await runSchedule(t.db, t.clock, t.mount.delivery);
        await settle(() => t.connector.calls.length);
        const seen = teamsSeen(t.connector, from);
        judgeScheduled("teams", level, seen, idsOf);
      } finally {
        await t.close();
      }
    }, 120_000);
  }
});

describe("console", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeams();
    await plant(h.db, "committee");
  }, 60_000);
  afterAll(async () => h?.close());

  for (const level of LEVELS) {
    it(`keeps a ${level} record where it belongs, for every asker and path`, async () => {
      await setLevel(h.db, level);
      for (const asker of ASKERS) {
        const person = await h.db.person.findFirstOrThrow({ where: { name: PERSON[asker] } });
        for (const [surface, text] of [
          ["command", STATUS],
          ["question", QUESTION],
          ["agenda", "agenda"],
          ["minutes", "minutes"],
        ] as const) {
          const printed = formatReplies(await h.core.handle(requestFor(person.id, text)));
          const seen: Seen = { channel: "", personal: new Map([["console", printed]]) };
          judge({
            platform: "console",
            where: "dm",
            surface,
            level,
            asker,
            seen,
            inChannel: false,
            ids: ["console"],
          });
        }
      }
    });
  }
});

describe("the matrix", () => {
  it("has every cell asserted, and none failed", () => {
    // Slack: 6 channel + 5 DM interactive paths, 2 scheduled, App Home; Teams the same without App Home; console 4.
    expect(cells).toHaveLength((14 + 13 + 4) * LEVELS.length * ASKERS.length);
    expect(failures).toEqual([]);
  });
});
