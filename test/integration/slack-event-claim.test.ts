// An Events API request is claimed before it is acknowledged (issue 17, item 3),
// through the real POST /slack/events route. Bolt acks events before any
// middleware runs, so a claim made there could fail or be cut off by a crash
// after Slack had its 200: Slack never retries, and the event is lost without
// a word. Now a claim that cannot be written is a 500 and nothing runs, so
// Slack's retry is processed; what is still lost (a crash after the claim) is
// the README's "Slack" section, and the last test here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_PG_URL } from "../fixtures/database.ts";
import { directMessage, sign } from "../fixtures/slack-requests.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ now: new Date("2016-11-21T08:00:00Z") });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.api.reset();
});

/** Makes every claim fail in the database itself (a full disk, a lost connection), until the returned function runs. */
async function refuseClaims(): Promise<() => Promise<void>> {
  if (TEST_PG_URL) {
    await h.db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_claims() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'claims refused by the test'; END; $$ LANGUAGE plpgsql`,
    );
    await h.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_claims BEFORE INSERT ON "InboundEvent" FOR EACH ROW EXECUTE FUNCTION refuse_claims()`,
    );
    return async () => {
      await h.db.$executeRawUnsafe(`DROP TRIGGER refuse_claims ON "InboundEvent"`);
    };
  }
  await h.db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_claims BEFORE INSERT ON "InboundEvent" BEGIN SELECT RAISE(ABORT, 'claims refused by the test'); END`,
  );
  return async () => {
    await h.db.$executeRawUnsafe(`DROP TRIGGER refuse_claims`);
  };
}

function dm(text: string, ts: string) {
  return directMessage(SECRET, { user: USERS.coordinator, text, ts, channel: "D0HAUGE" });
}

function retryOf(event: ReturnType<typeof dm>, n: number) {
  return h.post(
    { body: event.body, headers: { ...event.headers, ...sign(event.body, SECRET) } },
    { "x-slack-retry-num": String(n), "x-slack-retry-reason": "http_error" },
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe("Slack: an event is claimed before it is acknowledged", () => {
  it("answers 500 and runs nothing when the claim cannot be written, so Slack's retry is processed once", async () => {
    const allow = await refuseClaims();
    const event = dm("meeting next", "1479719000.000100");
    let first: Awaited<ReturnType<typeof h.post>>;
    try {
      first = await h.post(event);
      await settle();
    } finally {
      await allow();
    }
    // Not acked: Slack will retry. Nothing was answered or claimed.
    expect(first.status).toBe(500);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await h.db.inboundEvent.count({ where: { eventKey: event.eventId } })).toBe(0);

    // Slack's retry, once the database takes writes again: processed, once.
    const retry = await retryOf(event, 1);
    expect(retry.status).toBe(200);
    const [answer] = await h.api.waitFor("chat.postMessage");
    expect(JSON.stringify(answer?.body)).toMatch(/7 December 2016/);
    const again = await retryOf(event, 2);
    expect(again.status).toBe(200);
    await settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(await h.db.inboundEvent.count({ where: { eventKey: event.eventId } })).toBe(1);
  });

  it("has the claim written by the time Slack has its 200", async () => {
    const event = dm("meeting next", "1479719100.000200");
    const response = await h.post(event);
    expect(response.status).toBe(200);
    expect(await h.db.inboundEvent.count({ where: { eventKey: event.eventId } })).toBe(1);
    await h.api.waitFor("chat.postMessage");
  });

  it("skips a retry whose claim was written by a process that died before answering (the loss the README states)", async () => {
    // What a crash after the claim leaves: the claim, and no answer.
    const event = dm("meeting next", "1479719200.000300");
    await h.db.inboundEvent.create({
      data: { platform: "slack", eventKey: event.eventId, receivedAt: new Date("2016-11-21T07:59:59Z") },
    });
    const retry = await retryOf(event, 1);
    expect(retry.status).toBe(200);
    await settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
