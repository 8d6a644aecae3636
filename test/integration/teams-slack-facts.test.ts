// One question, two platforms: the same coordinator asks in a Slack DM and in
// a Teams personal chat, each over its real HTTP route on its own copy of
// the seeded committee. The core's replies to both must be the same, and
// each platform must show every fact in them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { directMessage } from "../fixtures/slack-requests.ts";
import { personalMessage, teamsUser } from "../fixtures/teams-activities.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";
import { NOW, readable, startTeams, type TeamsHarness } from "./teams-harness.ts";

/** The core, recording what it answered, so a test can wait for an asynchronous adapter. */
function recording(answers: Reply[][], waiters: (() => void)[]) {
  return (core: Core): Core => ({
    ...core,
    async handle(request) {
      const replies = await core.handle(request);
      answers.push(replies);
      waiters.shift()?.();
      return replies;
    },
  });
}

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const slackAnswers: Reply[][] = [];
const slackWaiters: (() => void)[] = [];
const teamsAnswers: Reply[][] = [];
let slack: SlackHarness;
let teams: TeamsHarness;

beforeAll(async () => {
  slack = await startSlackHarness({ now: NOW, core: recording(slackAnswers, slackWaiters) });
  teams = await startTeams({}, { core: recording(teamsAnswers, []) });
  await teams.link(hauge, "Malgorzata Hauge");
}, 60_000);

afterAll(async () => {
  await slack.close();
  await teams.close();
});

async function askSlack(text: string, ts: string): Promise<Reply[]> {
  const answered = new Promise<void>((resolve) => slackWaiters.push(resolve));
  const event = directMessage(SECRET, { user: USERS.coordinator, text, ts, channel: "D0HAUGE" });
  expect((await slack.post(event)).status).toBe(200);
  await answered;
  return slackAnswers.at(-1) ?? [];
}

async function askTeams(text: string): Promise<{ replies: Reply[]; shown: string }> {
  const before = teams.connector.calls.length;
  expect((await teams.post(personalMessage(teams.connector.url, hauge, text))).status).toBe(200);
  const shown = teams.connector.calls
    .slice(before)
    .map((call) => readable(call.body))
    .join("\n");
  return { replies: teamsAnswers.at(-1) ?? [], shown };
}

describe("the same question on Slack and Teams", () => {
  for (const [question, ts] of [
    ["status Lao PDR", "1479718100.000300"],
    ["where are we with Laos?", "1479718101.000300"],
    ["actions mine", "1479718102.000300"],
  ] as const) {
    it(`"${question}" gets the same answer from the core, and Teams shows all of it`, async () => {
      const fromSlack = await askSlack(question, ts);
      const { replies: fromTeams, shown } = await askTeams(question);
      expect(fromTeams.length).toBeGreaterThan(0);
      expect(fromTeams).toEqual(fromSlack);
      const lines = fromTeams
        .flatMap((reply) => renderPlainText(reply).split("\n"))
        .map((line) => line.replace(/^\s*- /, "").trim())
        .filter((line) => line !== "" && !line.startsWith("["));
      for (const line of lines) expect(shown).toContain(line);
    });
  }
});
