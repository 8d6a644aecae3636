// `npm start` with no MICROSOFT_APP_ID, as the held-out script runs it: Teams
// is mounted in local mode, and activities posted to POST /api/messages are
// answered as Bot Connector calls to the activities' serviceUrl.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { type FakeConnector, startFakeConnector } from "../fixtures/bot-connector.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { type StartedProcess, startRapporteur } from "../fixtures/start-process.ts";
import {
  botInstalled,
  channelMention,
  personalConversationId,
  personalMessage,
  TENANT,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { readable } from "./teams-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-teams-start-"));
const databaseUrl = await tempDatabaseUrl(dir, "start");
const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const stranger = teamsUser("Someone Else", "99999999-8888-4777-8666-555555555555");
let connector: FakeConnector;
let started: StartedProcess;
let base = "";
const stderr = () => started.stderr();

beforeAll(async () => {
  connector = await startFakeConnector();
  started = await startRapporteur({
    DATABASE_URL: databaseUrl,
    RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
    LOG_LEVEL: "warn",
    MICROSOFT_APP_ID: "",
    MICROSOFT_APP_PASSWORD: "",
    SLACK_BOT_TOKEN: "",
  });
  base = started.base;
}, 90_000);

afterAll(async () => {
  await started?.stop();
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(activity: unknown) {
  const response = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  return response.status;
}

describe("npm start without MICROSOFT_APP_ID", () => {
  it("says Teams runs in local mode", async () => {
    // pino writes asynchronously, so its warning may follow the start-up line.
    const deadline = Date.now() + 10_000;
    while (!stderr().includes("Teams in local mode") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(stderr()).toContain("Teams in local mode");
    expect(stderr()).toMatch(/Active: .*Teams \(local mode/);
    expect(stderr()).not.toContain("Teams is off");
  });

  it("answers Teams activities through the Bot Connector at their serviceUrl", async () => {
    expect(await post(personalMessage(connector.url, stranger, "status Lao PDR"))).toBe(200);
    // No account is linked in this tenant yet, and none is bound: refused before anything is read.
    expect(connector.calls.at(-1)?.body.text).toMatch(/^I serve the committee only where it has bound me/);

    const store = await openStore(databaseUrl);
    try {
      const person = await store.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
      await store.db.chatIdentity.create({
        data: { personId: person.id, platform: "teams", workspaceId: TENANT, userId: hauge.aadObjectId },
      });
    } finally {
      await store.close();
    }
    const message = personalMessage(connector.url, hauge, "status Lao PDR");
    expect(await post(message)).toBe(200);
    const reply = connector.calls.at(-1);
    expect(reply?.path).toBe(`/v3/conversations/${personalConversationId(hauge)}/activities/${message.id}`);
    expect(readable(reply?.body ?? {})).toContain("Lao PDR country coalition");

    expect(await post(channelMention(connector.url, hauge, "when do we meet next?"))).toBe(200);
    expect(readable(connector.calls.at(-1)?.body ?? {})).toMatch(/7 December 2016/);

    expect(await post(botInstalled(connector.url, hauge, "team"))).toBe(200);
    expect(readable(connector.calls.at(-1)?.body ?? {})).toContain("status [coalition]");
  });
});
