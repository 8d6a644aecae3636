// A scheduled Teams message whose sender died after Teams had it and before
// the send was recorded, driven through what `npm start` wires: the deferred
// Teams mount (adapters/teams/deferred.ts) and its delivery port, talking to
// a local fake Bot Connector, under the real scheduler. Teams cannot look a
// message up, so the restarted process must report it as possibly sent (in
// the secretariat's `updates` overview) and never send it again.
import type { Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deferredTeams } from "../../adapters/teams/deferred.ts";
import { loadConfig } from "../../src/config.ts";
import { createCore } from "../../src/core/core.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import type { PlatformMount } from "../../src/platform.ts";
import type { Db } from "../../src/store/open.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import { botInstalled, personalConversationId, TENANT, teamsUser } from "../fixtures/teams-activities.ts";
import { type SchedulerHarness, schedulerHarness } from "./scheduler-harness.ts";

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const HAUGE_CHAT = personalConversationId(hauge);

let h: SchedulerHarness;
let connector: FakeConnector;
const servers: Server[] = [];
const mounts: PlatformMount[] = [];

/** The Teams mount as src/main.ts makes it, served on 127.0.0.1 like `npm start` does. */
async function startTeamsAsMain(db: Db): Promise<{ mount: PlatformMount; url: string }> {
  const config = loadConfig({ DATABASE_URL: h.url });
  const core = createCore({ db, clock: h.clock, logger: silentLogger });
  const mount = deferredTeams({ core, db, clock: h.clock, logger: silentLogger, config });
  await mount.start?.();
  mounts.push(mount);
  const server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  servers.push(server);
  const port = await listen(server, 0, "127.0.0.1");
  return { mount, url: `http://127.0.0.1:${port}` };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 20_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!condition()) throw new Error("condition never held");
}

const sendsToHauge = () =>
  connector.calls.filter((call) => call.method === "POST" && call.conversationId === HAUGE_CHAT);

beforeEach(async () => {
  h = await schedulerHarness(new Date("2016-11-21T08:00:00Z"));
  connector = await startFakeConnector();
}, 60_000);

afterEach(async () => {
  // The connector first: the held send of the "dead" worker fails while its database is still open.
  await connector.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  for (const mount of mounts.splice(0)) await mount.stop?.();
  await h.close();
});

describe("Teams: a worker killed between send and mark", () => {
  it("is reported as possibly sent, shown in `updates`, and not sent again by the restarted process", async () => {
    const person = await h.personId("Malgorzata Hauge");
    await h.db.chatIdentity.create({
      data: { personId: person, platform: "teams", workspaceId: TENANT, userId: hauge.aadObjectId },
    });
    const first = await startTeamsAsMain(h.db);
    const installed = await fetch(`${first.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(botInstalled(connector.url, hauge, "personal")),
    });
    expect(installed.status).toBe(200);
    expect(
      await h.db.chatConversation.findFirstOrThrow({ where: { conversationId: HAUGE_CHAT } }),
    ).toMatchObject({ personId: person, status: "active" });
    connector.calls.length = 0;

    // Teams receives Hauge's prompt; the answer never comes back: the process dies there.
    connector.hold(HAUGE_CHAT);
    h.clock.set(new Date("2016-11-30T08:00:00Z"));
    const dying = h.scheduler(first.mount.delivery ? [first.mount.delivery] : [], { workerId: "dies" });
    void dying.sweep().catch(() => {});
    await until(() => sendsToHauge().length === 1);
    const inFlight = await h.db.delivery.findFirstOrThrow({ where: { conversationId: HAUGE_CHAT } });
    expect(inFlight).toMatchObject({ status: "sending", platform: "teams", kind: "prompt" });
    connector.release(HAUGE_CHAT);

    // A new process on the same database, started as npm start starts it, after the lease ran out.
    const restarted = await h.reopen();
    const second = await startTeamsAsMain(restarted.db);
    h.clock.set(new Date("2016-11-30T08:06:00Z"));
    const tally = await h
      .scheduler(second.mount.delivery ? [second.mount.delivery] : [], {
        db: restarted.db,
        workerId: "restarted",
      })
      .sweep();

    expect(sendsToHauge()).toHaveLength(1);
    const settled = await h.db.delivery.findUniqueOrThrow({ where: { id: inFlight.id } });
    expect(settled.status).toBe("possibly-sent");
    expect(settled.lastError).toMatch(
      /teams cannot look messages up: check the person's chat before resending/,
    );
    expect(tally).toMatchObject({ possiblySent: 1 });
    const [overview] = await h.say("Sheila Mweemba", "updates");
    expect(overview).toMatch(/Ms\. Malgorzata Hauge \(prompt\)\n\s*possibly sent, not confirmed/);
  }, 60_000);
});
