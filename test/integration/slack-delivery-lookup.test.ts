// The Slack lookup of a send in doubt (issue 17, item 2): after a worker died
// between sending a message and recording the send, the next worker pages
// through everything posted since the send began (conversations.history with
// `oldest` and `cursor`) before it would resend; past its bounds (pages, time)
// it records the delivery as possibly sent and never resends blindly.
// Against the local Slack Web API recorder, and the real queue on the database.
import { webApi } from "@slack/bolt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { METADATA_EVENT, slackDelivery } from "../../adapters/slack/delivery.ts";
import { LookupIncomplete } from "../../src/delivery/port.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fixtures/slack-api.ts";
import {
  recordingPort,
  type SchedulerHarness,
  type SentRecord,
  schedulerHarness,
} from "./scheduler-harness.ts";

const SINCE = new Date("2016-11-30T07:55:00Z");
const SINCE_S = Math.floor(SINCE.getTime() / 1000);

let api: FakeSlackApi;
let client: webApi.WebClient;
beforeAll(async () => {
  api = await startFakeSlackApi();
  client = new webApi.WebClient("xoxb-test-token", {
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: false,
  });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => api.reset());

/** The port's lookup (Slack's port always has one). */
function lookup(options: Parameters<typeof slackDelivery>[1] = {}, over: webApi.WebClient = client) {
  const { findSent } = slackDelivery(over, options);
  if (!findSent) throw new Error("the Slack port has no lookup");
  return findSent;
}

/** `count` messages posted after SINCE by other people, the oldest first. */
function chatter(count: number, from = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    type: "message",
    user: "UOTHER",
    text: `message ${from + i}`,
    ts: `${SINCE_S + 10 + from + i}.000100`,
  }));
}

function ours(key: string, ts: string): Record<string, unknown> {
  return {
    type: "message",
    bot_id: "BBOT",
    text: "Your update is due",
    ts,
    metadata: { event_type: METADATA_EVENT, event_payload: { key } },
  };
}

describe("Slack lookup of a send in doubt: the port", () => {
  it("finds the sent message on the third page of history since the send began", async () => {
    // The send is the oldest message in the window: newest-first paging reaches it last.
    api.history = [ours("prompt:m5:a1:p9", `${SINCE_S + 5}.000100`), ...chatter(450)];
    const found = await lookup()(
      { platform: "slack", workspaceId: "T0CCM", conversationId: "C0COMMITTEE" },
      "prompt:m5:a1:p9",
      SINCE,
    );
    expect(found).toEqual({ messageId: `${SINCE_S + 5}.000100`, conversationId: "C0COMMITTEE" });
    const calls = api.callsTo("conversations.history");
    expect(calls).toHaveLength(3);
    for (const call of calls)
      expect(call.body).toMatchObject({ oldest: String(SINCE_S), channel: "C0COMMITTEE" });
    expect(calls[0]?.body.cursor).toBeUndefined();
    expect(calls[1]?.body.cursor).toEqual(expect.any(String));
  });

  it("pages through a thread's replies the same way", async () => {
    api.historyPageCap = 15; // what Slack allows a non-Marketplace app
    api.history = [ours("agenda:m5", `${SINCE_S + 5}.000100`), ...chatter(40)];
    const found = await lookup()(
      {
        platform: "slack",
        workspaceId: "T0CCM",
        conversationId: "C0COMMITTEE",
        threadId: "1480490000.000100",
      },
      "agenda:m5",
      SINCE,
    );
    expect(found?.messageId).toBe(`${SINCE_S + 5}.000100`);
    expect(api.callsTo("conversations.replies")).toHaveLength(3);
    expect(api.callsTo("conversations.replies")[0]?.body.ts).toBe("1480490000.000100");
  });

  it("says nothing arrived only after reading the whole window", async () => {
    api.history = chatter(250);
    const found = await lookup()(
      { platform: "slack", workspaceId: "T0CCM", conversationId: "C0COMMITTEE" },
      "prompt:m5:a1:p9",
      SINCE,
    );
    expect(found).toBeNull();
    expect(api.callsTo("conversations.history")).toHaveLength(2);
  });

  it("gives up as incomplete past its page bound, not as 'not sent'", async () => {
    api.historyPageCap = 15;
    api.history = [ours("prompt:m5:a1:p9", `${SINCE_S + 5}.000100`), ...chatter(200)];
    const pending = lookup({ lookupPages: 4 })(
      { platform: "slack", workspaceId: "T0CCM", conversationId: "C0COMMITTEE" },
      "prompt:m5:a1:p9",
      SINCE,
    );
    await expect(pending).rejects.toBeInstanceOf(LookupIncomplete);
    await expect(pending).rejects.toThrow(/4 pages/);
    expect(api.callsTo("conversations.history")).toHaveLength(4);
  });

  it("gives up as incomplete past its time bound (a rate-limited page waits for Retry-After)", async () => {
    api.history = chatter(5);
    api.rateLimitNext("conversations.history", 3);
    const started = Date.now();
    // A client of its own: a 429 pauses every call of the client until Retry-After.
    const own = new webApi.WebClient("xoxb-test-token", {
      slackApiUrl: api.apiUrl,
      rejectRateLimitedCalls: false,
      retryConfig: { retries: 0 },
    });
    const pending = lookup({ lookupMs: 400 }, own)(
      { platform: "slack", workspaceId: "T0CCM", conversationId: "C0COMMITTEE" },
      "prompt:m5:a1:p9",
      SINCE,
    );
    await expect(pending).rejects.toThrow(/ran out of time/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("Slack lookup of a send in doubt: the queue after a worker died", () => {
  let h: SchedulerHarness;
  beforeEach(async () => {
    h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
    await h.bindChannel("C_COMMITTEE");
    await h.linkSlack("Malgorzata Hauge", "U_HAUGE");
  });
  afterEach(async () => {
    await h.close();
  });

  /** Runs a worker that dies in the send to Hauge; returns the key it was sending. */
  async function dieWhileSending(): Promise<string> {
    const log: SentRecord[] = [];
    const dying = recordingPort("slack", h.clock, true, log);
    dying.hang = (_key, target) => target.conversationId === "U_HAUGE";
    h.clock.set(new Date("2016-11-30T08:00:00Z"));
    void h.scheduler([dying], { workerId: "dies" }).sweep();
    for (let i = 0; i < 10_000 && !log.some((s) => s.target.conversationId === "U_HAUGE"); i++)
      await new Promise((resolve) => setTimeout(resolve, 1));
    const key = log.find((s) => s.target.conversationId === "U_HAUGE")?.key;
    if (!key) throw new Error("the dying worker never sent to Hauge");
    expect((await h.db.delivery.findUniqueOrThrow({ where: { key } })).status).toBe("sending");
    return key;
  }

  async function restartWith(options: Parameters<typeof slackDelivery>[1]) {
    const restarted = await h.reopen();
    h.clock.set(new Date("2016-11-30T08:06:00Z"));
    await h.scheduler([slackDelivery(client, options)], { db: restarted.db, workerId: "restarted" }).sweep();
  }

  const resent = (key: string) =>
    api.callsTo("chat.postMessage").filter((call) => JSON.stringify(call.body.metadata ?? "").includes(key));

  it("finds the message on page 2 and records it sent, without sending it again", async () => {
    const key = await dieWhileSending();
    api.history = [ours(key, `${SINCE_S + 400}.000100`), ...chatter(260, 500)];
    await restartWith({});
    expect(api.callsTo("conversations.history").length).toBeGreaterThanOrEqual(2);
    expect(resent(key)).toEqual([]);
    expect(await h.db.delivery.findUniqueOrThrow({ where: { key } })).toMatchObject({
      status: "sent",
      messageId: `${SINCE_S + 400}.000100`,
      lastError: "found already sent after a restart",
    });
  });

  it("records it possibly sent, not resent, when the lookup hits its bound", async () => {
    const key = await dieWhileSending();
    api.historyPageCap = 15;
    api.history = [ours(key, `${SINCE_S + 400}.000100`), ...chatter(100, 500)];
    await restartWith({ lookupPages: 3 });
    expect(
      api.callsTo("conversations.history").filter((call) => call.body.channel === "D_HAUGE"),
    ).toHaveLength(3);
    expect(resent(key)).toEqual([]);
    const row = await h.db.delivery.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("possibly-sent");
    expect(row.lastError).toMatch(/did not finish .*3 pages.*check the person's chat before resending/);
  });
  it("looks it up again after a lookup that failed outright, instead of resending blindly", async () => {
    const key = await dieWhileSending();
    api.failNext("conversations.history", "internal_error");
    await restartWith({});
    const waiting = await h.db.delivery.findUniqueOrThrow({ where: { key } });
    expect(waiting.status).toBe("pending");
    expect(waiting.sendStartedAt).not.toBeNull();
    expect(resent(key)).toEqual([]);

    // The next attempt, hours later: Slack answers, and the message is there.
    api.history = [ours(key, `${SINCE_S + 400}.000100`), ...chatter(30, 500)];
    const again = await h.reopen();
    h.clock.set(new Date("2016-11-30T10:00:00Z"));
    await h.scheduler([slackDelivery(client)], { db: again.db, workerId: "later" }).sweep();
    expect(resent(key)).toEqual([]);
    expect(await h.db.delivery.findUniqueOrThrow({ where: { key } })).toMatchObject({
      status: "sent",
      messageId: `${SINCE_S + 400}.000100`,
    });
  });
});
