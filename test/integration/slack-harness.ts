// The real HTTP server with the Slack adapter mounted, on 127.0.0.1, over a
// temporary seeded SQLite store, talking to a local fake Web API.
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
import type { Db, OpenedStore } from "../../src/store/open.ts";
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
  close(): Promise<void>;
}

export async function startSlackHarness(options: {
  now: Date;
  core?: (core: Core) => Core;
}): Promise<SlackHarness> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-slack-"));
  const clock = manualClock(options.now);
  const store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
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
  const base = createCore({ db, clock, logger: silentLogger });
  const core = options.core ? options.core(base) : base;
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: api.apiUrl,
  });
  const mount = await mountSlack({ core, db, clock, logger: silentLogger, config });
  if (!mount) throw new Error("Slack did not mount");
  const server = createHttpServer({ logger: silentLogger, routes: mount.routes });
  const port = await listen(server, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/slack/events`;
  let responses = 0;
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
      responses += 1;
      return `${api.url}/response/${n ?? responses}`;
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
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
