// No secret ever reaches the logs: the real process (src/main.ts) runs with
// distinctive fake secrets at LOG_LEVEL=trace, serves signed and badly signed
// Slack requests (one quoting the bot token back at it), Web API calls that
// succeed, fail and are rate limited, and unauthenticated Teams requests;
// then everything it wrote to stdout and stderr is searched for each secret.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fixtures/slack-api.ts";
import { eventCallback, slashCommand, TEAM } from "../fixtures/slack-requests.ts";
import { type StartedProcess, startRapporteur } from "../fixtures/start-process.ts";
import { personalMessage, teamsUser } from "../fixtures/teams-activities.ts";

const SECRETS = {
  SLACK_SIGNING_SECRET: "5ec12e75ec12e75ec12e75ec12e7beef",
  SLACK_BOT_TOKEN: "xoxb-SECRET-4242424242-abcdefABCDEF",
  MICROSOFT_APP_PASSWORD: "SECRET~teams.Pa55word_9f8e7d",
};
const dir = mkdtempSync(join(tmpdir(), "rapporteur-secrets-"));
const databaseUrl = `file:${dir}/secrets.db`;
let api: FakeSlackApi;
let started: StartedProcess;
let apiClosed = false;

beforeAll(async () => {
  const store = await prepareStore(databaseUrl, manualClock(new Date("2016-11-21T08:00:00Z")), silentLogger);
  const hauge = await store.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
  await store.db.chatIdentity.create({
    data: { personId: hauge.id, platform: "slack", workspaceId: TEAM, userId: "UHAUGE" },
  });
  await store.close();
  api = await startFakeSlackApi();
  started = await startRapporteur({
    ...SECRETS,
    DATABASE_URL: databaseUrl,
    RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
    LOG_LEVEL: "trace",
    SLACK_API_URL: api.apiUrl,
    SLACK_APP_TOKEN: "",
    MICROSOFT_APP_ID: "9c1e7d2a-4b1f-4a55-8f0e-6b3f0f7d2e11",
  });
}, 90_000);

afterAll(async () => {
  await started?.stop();
  if (!apiClosed) await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function slack(request: { body: string; headers: Record<string, string> }): Promise<number> {
  const response = await fetch(`${started.base}/slack/events`, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
  await response.arrayBuffer();
  return response.status;
}

let mentions = 0;
function mention(user: string, text: string) {
  mentions += 1;
  const ts = `1479718000.0003${String(mentions).padStart(2, "0")}`;
  return eventCallback(SECRETS.SLACK_SIGNING_SECRET, {
    type: "app_mention",
    user,
    text: `<@UBOT> ${text}`,
    ts,
    channel: "C0COMMITTEE",
    event_ts: ts,
  });
}

/** Resolves once the Web API has received `count` chat.* calls. */
async function answered(count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (api.calls.filter((call) => call.method.startsWith("chat.")).length < count) {
    if (Date.now() > deadline)
      throw new Error(`fewer than ${count} chat.* calls: ${api.calls.map((c) => c.method)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("secrets in logs", () => {
  it("serves Slack and Teams traffic at trace level without writing any secret", async () => {
    const responseUrl = `${api.url}/response/1`;
    const secret = SECRETS.SLACK_SIGNING_SECRET;
    expect(await slack(slashCommand(secret, { text: "help", userId: "UHAUGE", responseUrl }))).toBe(200);
    expect(
      await slack(
        slashCommand(secret, { text: `status ${SECRETS.SLACK_BOT_TOKEN}`, userId: "UHAUGE", responseUrl }),
      ),
    ).toBe(200);
    // A bad signature and no signature: refused before any listener runs.
    expect(await slack(slashCommand("0".repeat(32), { text: "help", userId: "UHAUGE", responseUrl }))).toBe(
      401,
    );
    expect(await slack({ body: "{}", headers: { "content-type": "application/json" } })).toBe(401);

    // Answers go out as chat.postMessage or chat.postEphemeral: the first
    // succeeds, the second meets an invalid_auth error, the third a 429.
    expect(await slack(mention("UHAUGE", "status Lao PDR"))).toBe(200);
    await answered(1);
    for (const method of ["chat.postMessage", "chat.postEphemeral"]) api.failNext(method, "invalid_auth");
    expect(await slack(mention("UHAUGE", "when do we meet next?"))).toBe(200);
    await answered(2);
    for (const method of ["chat.postMessage", "chat.postEphemeral"]) api.rateLimitNext(method, 1);
    expect(await slack(mention("UNOBODY", `my token is ${SECRETS.SLACK_BOT_TOKEN}`))).toBe(200);
    await answered(4);
    const sent = api.calls.find((call) => call.method.startsWith("chat."));
    expect(sent?.headers.authorization).toBe(`Bearer ${SECRETS.SLACK_BOT_TOKEN}`);

    // With the Web API unreachable, the WebClient's error carries the whole
    // HTTP request it tried (Authorization header and token included).
    await api.close();
    apiClosed = true;
    expect(await slack(mention("UHAUGE", "status Lao PDR"))).toBe(200);
    const deadline = Date.now() + 30_000;
    while (!started.stderr().includes("slack_webapi_request_error") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(started.stderr()).toContain("slack_webapi_request_error");

    const user = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    for (const authorization of [undefined, "Bearer not-a-jwt", `Bearer ${SECRETS.MICROSOFT_APP_PASSWORD}`]) {
      const response = await fetch(`${started.base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(personalMessage("http://127.0.0.1:9/", user, "status Lao PDR")),
      });
      expect(response.status).toBe(401);
    }

    await started.stop();
    const output = `${started.stdout()}${started.stderr()}`;
    const lines = output.split("\n").filter((line) => line.startsWith("{"));
    const levels = new Set(lines.map((line) => (JSON.parse(line) as { level: number }).level));
    console.log(
      `secrets scan: ${lines.length} log lines (${output.length} characters) at levels ${[...levels].sort().join(", ")}; ` +
        `${output.split("[Redacted]").length - 1} redactions`,
    );
    // The logs did see the traffic: Web API calls at debug, the refusals at warn.
    expect(output).toMatch(/http request url: .*chat\.postMessage/);
    expect(output).toContain("Refused a Slack request");
    expect(output).toContain("Teams request refused");
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(output.split(value).length - 1, `${name} in the logs`).toBe(0);
    }
    expect(output).not.toContain("4242424242-abcdefABCDEF");
  }, 90_000);
});
