// The stored ConversationReference is written when it changes, not on every
// activity: the adapter keeps what it stored per conversation. Each activity
// here comes a minute after the last on the manual clock, so the row's
// updatedAt tells whether that activity wrote it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mountTeams } from "../../adapters/teams/mount.ts";
import { REFRESH_AFTER_MS } from "../../adapters/teams/references.ts";
import { loadConfig } from "../../src/config.ts";
import { publicReply } from "../../src/core/reply.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import { markChatConversationDead } from "../../src/store/chat-conversations.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import {
  botInstalled,
  CHANNEL_ID,
  channelMention,
  personalConversationId,
  personalMessage,
  TENANT,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { startTeams, type TeamsHarness } from "./teams-harness.ts";

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
const pilz = teamsUser("Toralf Pilz", "3c4d5e6f-7081-4b2c-9d3e-4f5a6b7c8d9e");
const watson = teamsUser("Hugh Watson", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f");

let h: TeamsHarness;
let moved: FakeConnector;
let url = "";

beforeAll(async () => {
  h = await startTeams();
  moved = await startFakeConnector();
  url = h.connector.url;
  await h.link(hauge, "Malgorzata Hauge");
  await h.link(mweemba, "Sheila Mweemba");
}, 60_000);

afterAll(async () => {
  await moved?.close();
  await h?.close();
});

beforeEach(() => {
  h.connector.calls.length = 0;
  moved.calls.length = 0;
});

/** Posts an activity one minute after the previous one; the instant it was posted at. */
async function post(activity: Record<string, unknown>): Promise<Date> {
  h.clock.advance(60_000);
  const at = h.clock.now();
  expect((await h.post(activity)).status).toBe(200);
  return at;
}

async function stored(conversationId: string) {
  return h.db.chatConversation.findUniqueOrThrow({
    where: {
      platform_workspaceId_conversationId: { platform: "teams", workspaceId: TENANT, conversationId },
    },
  });
}

describe("conversation references are written when they change", () => {
  it("the first message of a personal chat writes its reference, the same reference again does not, a new serviceUrl does", async () => {
    const chat = personalConversationId(hauge);
    const first = await post(personalMessage(url, hauge, "help"));
    expect((await stored(chat)).updatedAt).toEqual(first);
    for (const text of ["status Lao PDR", "help", "actions open"]) {
      await post(personalMessage(url, hauge, text));
      expect((await stored(chat)).updatedAt).toEqual(first);
    }
    expect(h.connector.calls).toHaveLength(4);

    // Teams moved the conversation to another Bot Connector: stored at once, and answered there
    const change = await post(personalMessage(moved.url, hauge, "help"));
    const row = await stored(chat);
    expect(row.updatedAt).toEqual(change);
    expect(JSON.parse(row.reference)).toMatchObject({ serviceUrl: moved.url });
    expect(moved.calls).toHaveLength(1);
    await post(personalMessage(moved.url, hauge, "help"));
    expect((await stored(chat)).updatedAt).toEqual(change);
    // and back again
    const back = await post(personalMessage(url, hauge, "help"));
    expect((await stored(chat)).updatedAt).toEqual(back);
    expect(JSON.parse((await stored(chat)).reference)).toMatchObject({ serviceUrl: url });
  });

  it("a channel's reference is not rewritten for each member who speaks or each thread", async () => {
    const first = await post(channelMention(url, mweemba, "when do we meet next?"));
    expect((await stored(CHANNEL_ID)).updatedAt).toEqual(first);
    await post(channelMention(url, hauge, "when do we meet next?"));
    await post(channelMention(url, mweemba, "help"));
    const row = await stored(CHANNEL_ID);
    expect(row.updatedAt).toEqual(first);
    expect(row).toMatchObject({ kind: "channel", status: "active", personId: null });
  });

  it("a personal chat whose sender is linked after it was stored is written again, with the person", async () => {
    const chat = personalConversationId(pilz);
    const first = await post(personalMessage(url, pilz, "help"));
    expect(await stored(chat)).toMatchObject({ updatedAt: first, personId: null });
    await post(personalMessage(url, pilz, "help"));
    expect((await stored(chat)).updatedAt).toEqual(first);
    const personId = await h.link(pilz, "Toralf Pilz");
    const linked = await post(personalMessage(url, pilz, "help"));
    expect(await stored(chat)).toMatchObject({ updatedAt: linked, personId });
    await post(personalMessage(url, pilz, "help"));
    expect((await stored(chat)).updatedAt).toEqual(linked);
  });

  it("a conversation this process marked dead is stored alive again by its next message", async () => {
    const chat = personalConversationId(mweemba);
    await post(personalMessage(url, mweemba, "help"));
    h.connector.fail(chat, 403);
    try {
      await expect(
        h.mount.delivery?.send(
          { platform: "teams", workspaceId: TENANT, conversationId: chat },
          publicReply("Reminder"),
          "k-refs-403",
        ),
      ).rejects.toMatchObject({ permanent: true });
    } finally {
      h.connector.recover(chat);
    }
    expect((await stored(chat)).status).toBe("dead");
    const back = await post(personalMessage(url, mweemba, "help"));
    expect(await stored(chat)).toMatchObject({ status: "active", updatedAt: back });
  });

  it("an install always writes, and what another replica marked dead is written again within REFRESH_AFTER_MS", async () => {
    const chat = personalConversationId(watson);
    const installed = await post(botInstalled(url, watson, "personal"));
    expect(await stored(chat)).toMatchObject({ status: "active", updatedAt: installed });
    const reinstalled = await post(botInstalled(url, watson, "personal"));
    expect((await stored(chat)).updatedAt).toEqual(reinstalled);

    // another replica's delivery was refused there: this one does not know
    const key = { platform: "teams", workspaceId: TENANT, conversationId: chat };
    await markChatConversationDead(h.db, { ...key, at: h.clock.now() });
    await post(personalMessage(url, watson, "help"));
    expect((await stored(chat)).status).toBe("dead");
    h.clock.advance(REFRESH_AFTER_MS);
    const refreshed = await post(personalMessage(url, watson, "help"));
    expect(await stored(chat)).toMatchObject({ status: "active", updatedAt: refreshed });

    // and a message after a reinstall that another replica took: the install wrote it alive
    await markChatConversationDead(h.db, { ...key, at: h.clock.now() });
    await post(botInstalled(url, watson, "personal"));
    await post(personalMessage(url, watson, "help"));
    expect((await stored(chat)).status).toBe("active");
  });

  it("after a restart the first activity writes once", async () => {
    const chat = personalConversationId(hauge);
    const before = (await stored(chat)).updatedAt;
    const restarted = await startTeamsOnSameDatabase();
    try {
      const first = await restarted.post(personalMessage(url, hauge, "help"));
      expect(first.getTime()).toBeGreaterThan(before.getTime());
      expect((await stored(chat)).updatedAt).toEqual(first);
      await restarted.post(personalMessage(url, hauge, "help"));
      expect((await stored(chat)).updatedAt).toEqual(first);
    } finally {
      await restarted.close();
    }
  });
});

/** A second Teams mount (a restarted process, or another replica) on the harness's database and clock. */
async function startTeamsOnSameDatabase() {
  const mount = await mountTeams({
    core: h.core,
    db: h.db,
    clock: h.clock,
    logger: silentLogger,
    config: loadConfig({ DATABASE_URL: "file:unused.db" }),
  });
  const server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  const port = await listen(server, 0, "127.0.0.1");
  return {
    async post(activity: Record<string, unknown>): Promise<Date> {
      h.clock.advance(60_000);
      const at = h.clock.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      await response.text();
      expect(response.status).toBe(200);
      return at;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
