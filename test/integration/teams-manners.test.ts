// Teams manners through the real POST /api/messages: installing the app
// greets a conversation once (not again when Teams repeats the install
// events, nor after a restart), and a body that is not an activity Teams
// would send (no conversation, sender or serviceUrl) is refused with 400
// before anything runs.
import type { Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mountTeams } from "../../adapters/teams/mount.ts";
import { loadConfig } from "../../src/config.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import type { ConnectorCall } from "../fixtures/bot-connector.ts";
import {
  botInstalled,
  CHANNEL_ID,
  installationUpdate,
  personalConversationId,
  personalMessage,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { cardOf, cardTexts, startTeams, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, unknown>;

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
const watson = teamsUser("Hugh Watson", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f");

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeams();
  await h.link(hauge, "Malgorzata Hauge");
  await h.link(mweemba, "Sheila Mweemba");
}, 60_000);

afterAll(async () => {
  await h.close();
});

afterEach(() => {
  h.connector.calls.length = 0;
});

async function post(activity: Json, url = h.url): Promise<{ status: number; calls: ConnectorCall[] }> {
  const before = h.connector.calls.length;
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  await response.text();
  return { status: response.status, calls: h.connector.calls.slice(before) };
}

const greetings = (calls: ConnectorCall[]) =>
  calls.filter((call) => cardTexts(cardOf(call.body)).includes("Rapporteur"));

/** Another process on the same database: a fresh Teams mount (nothing kept in memory) on its own server. */
async function restarted(): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ DATABASE_URL: "file:/unused" });
  const mount = await mountTeams({ core: h.core, db: h.db, clock: h.clock, logger: silentLogger, config });
  const server: Server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  const port = await listen(server, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("installing the app greets once", () => {
  it("a personal install greets once with a short help, not again when Teams repeats the install events", async () => {
    const first = await post(botInstalled(h.connector.url, hauge, "personal"));
    expect(first.status).toBe(200);
    const [greeting, ...more] = greetings(first.calls);
    expect(more).toEqual([]);
    expect(greeting?.conversationId).toBe(personalConversationId(hauge));
    expect(cardTexts(cardOf(greeting?.body ?? {}))).toContain("status [coalition]");

    const again = await post(botInstalled(h.connector.url, hauge, "personal"));
    const alsoAdded = await post(installationUpdate(h.connector.url, hauge, "personal", "add"));
    expect([again.status, alsoAdded.status]).toEqual([200, 200]);
    expect(greetings([...again.calls, ...alsoAdded.calls])).toEqual([]);
    const row = await h.db.chatConversation.findFirstOrThrow({
      where: { conversationId: personalConversationId(hauge) },
    });
    expect(row.greetedAt).not.toBeNull();
  });

  it("a team install greets its channel once, and a restarted process does not greet it again", async () => {
    const installed = await post(botInstalled(h.connector.url, mweemba, "team"));
    expect(greetings(installed.calls).map((call) => call.conversationId)).toEqual([CHANNEL_ID]);
    expect(
      greetings((await post(installationUpdate(h.connector.url, mweemba, "team", "add"))).calls),
    ).toEqual([]);

    const other = await restarted();
    try {
      const reloaded = await post(botInstalled(h.connector.url, mweemba, "team"), other.url);
      expect(reloaded.status).toBe(200);
      expect(greetings(reloaded.calls)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("installationUpdate add alone greets a personal chat once", async () => {
    const first = await post(installationUpdate(h.connector.url, watson, "personal", "add"));
    expect(greetings(first.calls).map((call) => call.conversationId)).toEqual([
      personalConversationId(watson),
    ]);
    expect(
      greetings((await post(installationUpdate(h.connector.url, watson, "personal", "add"))).calls),
    ).toEqual([]);
  });

  it("an uninstall and a new install greet again", async () => {
    await post(installationUpdate(h.connector.url, watson, "personal", "remove"));
    const reinstalled = await post(installationUpdate(h.connector.url, watson, "personal", "add"));
    expect(greetings(reinstalled.calls)).toHaveLength(1);
  });
});

describe("a malformed activity", () => {
  const without = (activity: Json, field: string): Json => {
    const { [field]: _dropped, ...rest } = activity;
    return rest;
  };

  it.each(["conversation", "from", "serviceUrl"])("with no %s gets 400 and runs nothing", async (field) => {
    const before = {
      inbound: await h.db.inboundEvent.count(),
      conversations: await h.db.chatConversation.count(),
      audits: await h.db.auditEvent.count(),
    };
    const message = without(personalMessage(h.connector.url, mweemba, "action done A-2"), field);
    const { status, calls } = await post(message);
    expect(status).toBe(400);
    expect(calls).toEqual([]);
    expect({
      inbound: await h.db.inboundEvent.count(),
      conversations: await h.db.chatConversation.count(),
      audits: await h.db.auditEvent.count(),
    }).toEqual(before);
    expect((await h.db.actionItem.findFirstOrThrow({ where: { number: 2 } })).status).toBe("open");
  });

  it("with an empty conversation id gets 400 too", async () => {
    const message = personalMessage(h.connector.url, mweemba, "meeting next");
    const { status, calls } = await post({ ...message, conversation: { id: "" } });
    expect(status).toBe(400);
    expect(calls).toEqual([]);
  });
});
