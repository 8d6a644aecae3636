// The real HTTP server with the Slack adapter mounted, on 127.0.0.1, over a
// temporary seeded SQLite store, talking to a local fake Web API. It can be
// restarted: a new connection, core, mount and server over the same database.
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mountSlack } from "../../adapters/slack/mount.ts";
import { linkIdentity } from "../../src/admin/identities.ts";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import type { PlatformMount } from "../../src/platform.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { type Db, type OpenedStore, openStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fixtures/slack-api.ts";
import { type SlackPost, TEAM } from "../fixtures/slack-requests.ts";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const USERS = {
  secretariat: "UMWEEMBA", // Sheila Mweemba, ISU-CCM
  coordinator: "UHAUGE", // Malgorzata Hauge, Norway
  observer: "UCHAYER", // Amélie Chayer, CMC
  stranger: "USTRANGER",
} as const;

export interface SlackHarness {
  dir: string;
  store: OpenedStore;
  db: Db;
  clock: ManualClock;
  api: FakeSlackApi;
  server: Server;
  mount: PlatformMount;
  url: string;
  responseUrl(n?: number): string;
  post(
    request: SlackPost,
    extraHeaders?: Record<string, string>,
  ): Promise<{ status: number; body: string; json: () => unknown }>;
  /** Stops this server and closes its store, then serves again over the same database, as a restarted process would. */
  restart(): Promise<SlackHarness>;
  close(): Promise<void>;
}

export interface SlackHarnessOptions {
  now: Date;
  core?: (core: Core) => Core;
  /** The slash command's ack budget (the listener's default when not given). */
  ackBudgetMs?: number;
}

export async function startSlackHarness(options: SlackHarnessOptions): Promise<SlackHarness> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-slack-"));
  const clock = manualClock(options.now);
  const databaseUrl = await tempDatabaseUrl(dir, "t");
  const store = await prepareStore(databaseUrl, clock, silentLogger);
  const { db } = store;
  for (const [userId, personName] of [
    [USERS.secretariat, "Mweemba"],
    [USERS.coordinator, "Hauge"],
    [USERS.observer, "Chayer"],
  ] as const) {
    const linked = await linkIdentity(db, clock, {
      platform: "slack",
      workspaceId: TEAM,
      userId,
      personName,
    });
    if (!linked.ok) throw new Error(linked.message);
  }
  const api = await startFakeSlackApi();
  return serve({ options, dir, databaseUrl, store, clock, api, responses: { count: 0 } });
}

async function serve(given: {
  options: SlackHarnessOptions;
  dir: string;
  databaseUrl: string;
  store: OpenedStore;
  clock: ManualClock;
  api: FakeSlackApi;
  /** response_url numbers, unique across restarts. */
  responses: { count: number };
}): Promise<SlackHarness> {
  const { options, dir, store, clock, api, responses } = given;
  const { db } = store;
  const base = createCore({ db, clock, logger: silentLogger });
  const core = options.core ? options.core(base) : base;
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: api.apiUrl,
  });
  const mount = await mountSlack(
    { core, db, clock, logger: silentLogger, config },
    options.ackBudgetMs ? { ackBudgetMs: options.ackBudgetMs } : {},
  );
  if (!mount) throw new Error("Slack did not mount");
  const server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  const port = await listen(server, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/slack/events`;
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  };
  return {
    dir,
    store,
    db,
    clock,
    api,
    server,
    mount,
    url,
    responseUrl(n) {
      responses.count += 1;
      return `${api.url}/response/${n ?? responses.count}`;
    },
    async post(request, extraHeaders = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { ...request.headers, ...extraHeaders },
        body: request.body,
      });
      const body = await response.text();
      return { status: response.status, body, json: () => JSON.parse(body) };
    },
    async restart() {
      await stop();
      return serve({ ...given, store: await openStore(given.databaseUrl) });
    },
    async close() {
      await stop();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
