// The Teams adapter as `npm start` mounts it, on a temporary seeded SQLite
// store and a real HTTP server on 127.0.0.1, with a local fake Bot Connector
// as the activities' serviceUrl. Logs are kept so tests can read them.
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { mountTeams } from "../../adapters/teams/mount.ts";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";
import type { PlatformMount } from "../../src/platform.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { Db, OpenedStore } from "../../src/store/open.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { TENANT, type TeamsUser } from "../fixtures/teams-activities.ts";

export const NOW = new Date("2016-11-21T08:00:00Z");

export interface TeamsHarness {
  db: Db;
  clock: ManualClock;
  core: Core;
  mount: PlatformMount;
  connector: FakeConnector;
  url: string;
  /** JSON log lines written so far. */
  logs: Record<string, unknown>[];
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  /** Links a Teams account to the named seeded person; the person's id. */
  link(user: TeamsUser, personName: string): Promise<number>;
  close(): Promise<void>;
}

export async function startTeams(
  env: Record<string, string> = {},
  options: { core?: (core: Core) => Core } = {},
): Promise<TeamsHarness> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-teams-"));
  const clock = manualClock(NOW);
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const config = loadConfig({ DATABASE_URL: await tempDatabaseUrl(dir, "teams"), ...env });
  const store: OpenedStore = await prepareStore(config.DATABASE_URL, clock, logger);
  const base = createCore({ db: store.db, clock, logger });
  const core = options.core ? options.core(base) : base;
  const connector = await startFakeConnector();
  const mount = await mountTeams({ core, db: store.db, clock, logger, config });
  const server: Server = createHttpServer({ logger, routes: mount.routes });
  const port = await listen(server, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;

  return {
    db: store.db,
    clock,
    core,
    mount,
    connector,
    url,
    logs,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async link(user, personName) {
      const person = await store.db.person.findFirstOrThrow({ where: { name: personName } });
      await store.db.chatIdentity.create({
        data: { personId: person.id, platform: "teams", workspaceId: TENANT, userId: user.aadObjectId },
      });
      return person.id;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Json = Record<string, unknown>;

/** The text of every RichTextBlock in a card (its TextRuns joined), in order: what a person reads. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== "object") return;
    const element = node as Json;
    if (element.type === "RichTextBlock") {
      texts.push((element.inlines as Json[]).map((run) => String(run.text)).join(""));
      return;
    }
    for (const [key, value] of Object.entries(element)) if (key !== "fallback") visit(value);
  };
  visit(card);
  return texts;
}

/** The Adaptive Card carried by a sent activity, if any. */
export function cardOf(activity: Json): Json | undefined {
  const attachments = (activity.attachments ?? []) as Json[];
  return attachments.find(
    (attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive",
  )?.content as Json | undefined;
}

/** Every element of a card body, depth first (containers opened). */
export function cardElements(card: Json): Json[] {
  const out: Json[] = [];
  const visit = (elements: unknown) => {
    for (const element of (elements ?? []) as Json[]) {
      out.push(element);
      visit(element.items);
    }
  };
  visit(card.body);
  return out;
}

/** Every action on a card: the card's own and those in ActionSets. */
export function cardActions(card: Json): Json[] {
  const sets = cardElements(card)
    .filter((element) => element.type === "ActionSet")
    .flatMap((element) => element.actions as Json[]);
  return [...sets, ...((card.actions ?? []) as Json[])];
}

/** Everything readable in an activity: its text and its card's texts. */
export function readable(activity: Json): string {
  const card = cardOf(activity);
  return [typeof activity.text === "string" ? activity.text : "", ...(card ? cardTexts(card) : [])].join(
    "\n",
  );
}
