// Teams beyond the request/reply turn: proactive sends through the delivery
// port with stored references (and Teams' refusals), and app-id mode, where
// an unsigned request is refused with 401 before anything happens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotAdapter } from "../../adapters/teams/bot-adapter.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { publicReply } from "../../src/core/reply.ts";
import { DeliveryError, type DeliveryPort } from "../../src/delivery/port.ts";
import {
  botInstalled,
  CHANNEL_ID,
  personalConversationId,
  personalMessage,
  TENANT,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { cardOf, cardTexts, startTeams, type TeamsHarness } from "./teams-harness.ts";

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const gone = teamsUser("Camille Gufflet", "2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d");

describe("proactive delivery", () => {
  let h: TeamsHarness;
  let delivery: DeliveryPort;

  beforeAll(async () => {
    h = await startTeams();
    if (!h.mount.delivery) throw new Error("the Teams mount has no delivery port");
    delivery = h.mount.delivery;
    await h.link(hauge, "Malgorzata Hauge");
    await h.link(gone, "Camille Gufflet");
    for (const activity of [
      botInstalled(h.connector.url, hauge, "personal"),
      botInstalled(h.connector.url, gone, "personal"),
      botInstalled(h.connector.url, hauge, "team"),
    ]) {
      expect((await h.post(activity)).status).toBe(200);
    }
    h.connector.calls.length = 0;
  }, 60_000);

  afterAll(async () => {
    await h.close();
  });

  it("sends to a person's stored personal chat as a new message", async () => {
    const person = await h.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
    const chat = await h.db.chatConversation.findFirstOrThrow({ where: { personId: person.id, kind: "dm" } });
    const reply = publicReply("Your update for the meeting of 7 December is due.", {
      title: "Update due",
      buttons: [{ actionId: "open-form", label: "Submit update", value: "update" }],
    });
    const sent = await delivery.send(
      { platform: "teams", workspaceId: TENANT, conversationId: chat.conversationId },
      reply,
      "prompt:1",
    );
    const [call, ...more] = h.connector.calls.splice(0);
    expect(more).toEqual([]);
    expect(call).toMatchObject({ method: "POST", conversationId: personalConversationId(hauge) });
    expect(call?.activityId).toBeUndefined();
    expect(call?.body.text).toBe("Your update for the meeting of 7 December is due.");
    expect(cardTexts(cardOf(call?.body ?? {}))).toContain("Update due");
    expect(sent).toEqual({ messageId: expect.stringMatching(/^sent-/), conversationId: chat.conversationId });
  });

  it("posts into a channel thread when the target names one", async () => {
    await delivery.send(
      { platform: "teams", workspaceId: TENANT, conversationId: CHANNEL_ID, threadId: "1479715200123" },
      publicReply("The agenda draft is ready."),
      "agenda:1",
    );
    const [call] = h.connector.calls.splice(0);
    expect(call?.conversationId).toBe(`${CHANNEL_ID};messageid=1479715200123`);
    expect(call?.activityId).toBeUndefined();
  });

  it("starts with an @mention of the person when the target names one", async () => {
    await delivery.send(
      {
        platform: "teams",
        workspaceId: TENANT,
        conversationId: CHANNEL_ID,
        mentionUserId: hauge.aadObjectId,
      },
      publicReply("Malgorzata Hauge: your update on clearance is due."),
      "prompt:channel",
    );
    const [mention, message, ...more] = h.connector.calls.splice(0);
    expect(more).toEqual([]);
    expect(mention?.body).toMatchObject({
      text: "<at>Malgorzata Hauge</at>",
      entities: [
        {
          type: "mention",
          text: "<at>Malgorzata Hauge</at>",
          mentioned: { id: hauge.aadObjectId, name: "Malgorzata Hauge" },
        },
      ],
    });
    expect(message?.body).toMatchObject({
      text: "Malgorzata Hauge: your update on clearance is due.",
      textFormat: "plain",
    });
  });

  it("a 403 from Teams is a permanent DeliveryError and marks the conversation dead, so it is not tried again", async () => {
    const conversationId = personalConversationId(gone);
    h.connector.fail(conversationId, 403);
    const target = { platform: "teams" as const, workspaceId: TENANT, conversationId };
    const failure = await delivery.send(target, publicReply("Reminder"), "prompt:2").catch((error) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ permanent: true });
    expect(h.connector.calls.splice(0)).toHaveLength(1);
    const stored = await h.db.chatConversation.findFirstOrThrow({ where: { conversationId } });
    expect(stored.status).toBe("dead");
    await expect(delivery.send(target, publicReply("Reminder"), "prompt:3")).rejects.toMatchObject({
      permanent: true,
    });
    expect(h.connector.calls).toEqual([]);
  });

  it("a 429 is a temporary DeliveryError carrying Retry-After", async () => {
    h.connector.fail(CHANNEL_ID, 429, "0");
    const failure = await delivery
      .send(
        { platform: "teams", workspaceId: TENANT, conversationId: CHANNEL_ID },
        publicReply("Reminder"),
        "prompt:4",
      )
      .catch((error) => error);
    expect(failure).toMatchObject({ name: "DeliveryError", permanent: false, retryAfterMs: 0 });
    const stored = await h.db.chatConversation.findFirstOrThrow({ where: { conversationId: CHANNEL_ID } });
    expect(stored.status).toBe("active");
    h.connector.calls.length = 0;
  });

  it("a conversation the bot was never installed in is refused without calling Teams", async () => {
    await expect(
      delivery.send(
        { platform: "teams", workspaceId: TENANT, conversationId: "19:unknown@thread.tacv2" },
        publicReply("x"),
        "k",
      ),
    ).rejects.toMatchObject({ permanent: true });
    expect(h.connector.calls).toEqual([]);
  });
});

describe("app-id mode", () => {
  let h: TeamsHarness;
  const user = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");

  beforeAll(async () => {
    h = await startTeams({
      MICROSOFT_APP_ID: "9c1e7d2a-4b1f-4a55-8f0e-6b3f0f7d2e11",
      MICROSOFT_APP_PASSWORD: "not-a-real-secret",
    });
  }, 60_000);

  afterAll(async () => {
    await h.close();
  });

  it("refuses an unsigned request with 401 and changes nothing", async () => {
    await h.link(user, "Malgorzata Hauge");
    const audits = await h.db.auditEvent.count();
    for (const activity of [
      personalMessage(h.connector.url, user, "action done A-1"),
      botInstalled(h.connector.url, user, "team"),
    ]) {
      expect((await h.post(activity)).status).toBe(401);
      expect((await h.post(activity, { authorization: "Bearer " })).status).toBe(401);
    }
    expect(h.connector.calls).toEqual([]);
    expect(await h.db.inboundEvent.count()).toBe(0);
    expect(await h.db.chatConversation.count()).toBe(0);
    expect(await h.db.auditEvent.count()).toBe(audits);
    expect((await h.db.actionItem.findFirstOrThrow({ where: { number: 1 } })).status).toBe("open");
    expect(
      h.logs.some((line) => line.msg === "Teams on: POST /api/messages requires a Bot Framework token"),
    ).toBe(true);
  });

  it("says at start when it runs in local mode", async () => {
    const local = await startTeams();
    try {
      expect(local.logs.some((line) => String(line.msg).startsWith("Teams in local mode"))).toBe(true);
      expect(local.mount.summary).toContain("local mode");
    } finally {
      await local.close();
    }
  });

  it("names the missing variable when the app id comes without its secret or tenant", () => {
    expect(() => createBotAdapter(loadConfig({ MICROSOFT_APP_ID: "x" }))).toThrow(ConfigError);
    expect(() => createBotAdapter(loadConfig({ MICROSOFT_APP_ID: "x" }))).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(() =>
      createBotAdapter(
        loadConfig({
          MICROSOFT_APP_ID: "x",
          MICROSOFT_APP_PASSWORD: "p",
          MICROSOFT_APP_TYPE: "SingleTenant",
        }),
      ),
    ).toThrow(/MICROSOFT_APP_TENANT_ID/);
    expect(() =>
      createBotAdapter(
        loadConfig({ MICROSOFT_APP_ID: "x", MICROSOFT_APP_PASSWORD: "p", MICROSOFT_APP_TYPE: "Other" }),
      ),
    ).toThrow(/MICROSOFT_APP_TYPE/);
  });
});
