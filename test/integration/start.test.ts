// `npm start` as the outside world sees it: the real process on a fresh
// database, with Slack switched on by its variables and pointed at a local
// recorder; health, a signed slash command and a mention, then a clean stop.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fixtures/slack-api.ts";
import { eventCallback, slashCommand } from "../fixtures/slack-requests.ts";
import { type StartedProcess, startRapporteur } from "../fixtures/start-process.ts";

const SECRET = "start-test-signing-secret";
const dir = mkdtempSync(join(tmpdir(), "rapporteur-start-"));
let api: FakeSlackApi;
let started: StartedProcess;
let base = "";

beforeAll(async () => {
  api = await startFakeSlackApi();
  started = await startRapporteur({
    DATABASE_URL: await tempDatabaseUrl(dir, "start"),
    RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
    LOG_LEVEL: "silent",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-start-test",
    SLACK_API_URL: api.apiUrl,
    SLACK_APP_TOKEN: "",
  });
  base = started.base;
}, 90_000);

afterAll(async () => {
  await started?.stop();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start with Slack configured", () => {
  it("says Slack is on, serves /healthz", async () => {
    expect(started.stderr()).toContain("Slack (HTTP at POST /slack/events)");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });

  it("answers a signed slash command on POST /slack/events", async () => {
    const request = slashCommand(SECRET, {
      text: "help",
      userId: "UNOBODY",
      responseUrl: `${api.url}/response/1`,
    });
    const response = await fetch(`${base}/slack/events`, {
      method: "POST",
      headers: request.headers,
      body: request.body,
    });
    expect(response.status).toBe(200);
    // No account is linked in this workspace and none is bound: refused before anything is read.
    expect(await response.json()).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringMatching(/^I serve the committee only where it has bound me/),
    });
  });

  it("answers a mention through the recorder's Web API, beside the mention (an ephemeral in a thread that does not exist yet is never shown)", async () => {
    const event = eventCallback(SECRET, {
      type: "app_mention",
      user: "UNOBODY",
      text: "<@UBOT> status Lao PDR",
      ts: "1479718000.000200",
      channel: "C0COMMITTEE",
      event_ts: "1479718000.000200",
    });
    const response = await fetch(`${base}/slack/events`, {
      method: "POST",
      headers: event.headers,
      body: event.body,
    });
    expect(response.status).toBe(200);
    const [ephemeral] = await api.waitFor("chat.postEphemeral", 1, 10_000);
    expect(ephemeral?.body).toMatchObject({ channel: "C0COMMITTEE", user: "UNOBODY" });
    expect(ephemeral?.body).not.toHaveProperty("thread_ts");
    expect(ephemeral?.headers.authorization).toBe("Bearer xoxb-start-test");
  });

  it("refuses an unsigned request with 401", async () => {
    const response = await fetch(`${base}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "event_callback" }),
    });
    expect(response.status).toBe(401);
  });
});
