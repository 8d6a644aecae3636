// The Teams adapter takes the person behind a Teams account from the core's
// read model (src/read-model/), as the core does, not from a database query
// on every request: once loaded, a personal-chat request reaches for no
// chat account row, and a link made by another process is seen on the next
// request.
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mountTeams } from "../../adapters/teams/mount.ts";
import { manualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { createCore } from "../../src/core/core.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { type OpenedStore, openStore } from "../../src/store/open.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import { countedClient } from "../fixtures/counted-client.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import {
  channelMention,
  personalConversationId,
  personalMessage,
  TENANT,
  type TeamsUser,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { readable } from "./teams-harness.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const watson = teamsUser("Hugh Watson", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f");

let work: string;
let served: OpenedStore;
let other: OpenedStore;
let connector: FakeConnector;
let server: Server;
let url: string;
/** Model delegates (db.chatIdentity, db.inboundEvent, ...) touched through the served client. */
const touched: string[] = [];

/** Links from another connection, as the admin CLI or another replica would. */
async function link(user: TeamsUser, name: string): Promise<number> {
  const person = await other.db.person.findFirstOrThrow({ where: { name } });
  await other.db.chatIdentity.create({
    data: { personId: person.id, platform: "teams", workspaceId: TENANT, userId: user.aadObjectId },
  });
  return person.id;
}

async function post(activity: unknown): Promise<string[]> {
  const before = connector.calls.length;
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  expect(response.status).toBe(200);
  return connector.calls.slice(before).map((call) => readable(call.body));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "rapporteur-teams-read-"));
  const databaseUrl = await tempDatabaseUrl(work, "teams-read");
  const clock = manualClock(NOW);
  served = await prepareStore(databaseUrl, clock, silentLogger);
  other = await openStore(databaseUrl);
  connector = await startFakeConnector();
  const db = countedClient(served.db, touched);
  const core = createCore({ db, clock, logger: silentLogger });
  const config = loadConfig({ DATABASE_URL: databaseUrl });
  const mount = await mountTeams({ core, db, clock, logger: silentLogger, config });
  server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  url = `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}`;
  await link(hauge, "Malgorzata Hauge");
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await connector?.close();
  await other?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the person behind a Teams account", () => {
  it("is read from the read model: a personal-chat request after the first queries no chat account", async () => {
    expect((await post(personalMessage(connector.url, hauge, "status Lao PDR"))).join("\n")).toMatch(
      /Lao PDR country coalition/,
    );
    await post(channelMention(connector.url, hauge, "meeting next"));
    touched.length = 0;
    for (const text of ["meeting next", "actions mine", "status Lao PDR"]) {
      expect((await post(personalMessage(connector.url, hauge, text))).join("\n")).not.toMatch(/went wrong/);
    }
    // a private answer asked in a channel finds the asker's personal chat
    await post(channelMention(connector.url, hauge, "actions mine"));
    expect(touched).not.toContain("chatIdentity");
    // one raw statement per activity: its inbound-event claim (src/store/inbound-events.ts)
    expect(touched.filter((name) => name === "$executeRaw")).toHaveLength(4);
    expect(touched.filter((name) => !name.startsWith("$executeRaw") && name !== "chatConversation")).toEqual(
      [],
    );
  });

  it("a link made by another process is stored with the personal chat on the next request", async () => {
    const person = await link(watson, "Hugh Watson");
    await post(personalMessage(connector.url, watson, "meeting next"));
    const stored = await other.db.chatConversation.findFirstOrThrow({
      where: { conversationId: personalConversationId(watson) },
    });
    expect(stored.personId).toBe(person);
  });
});
