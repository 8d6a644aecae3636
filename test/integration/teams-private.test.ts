// Confidentiality in Teams channels, through the real POST /api/messages and
// a fake Bot Connector: a reply the core keeps to the asker (private, or
// restricted to some roles) never reaches the channel. When Teams gives a
// personal chat, the answer goes there and the channel is told it was
// answered privately; when Teams refuses to open one, the channel gets only a
// short note saying the answer is private and how to get it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ConnectorCall, CREATE_CONVERSATION, createdChatId } from "../fixtures/bot-connector.ts";
import { CHANNEL_ID, channelMention, personalMessage, teamsUser } from "../fixtures/teams-activities.ts";
import { cardOf, readable, startTeams, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, unknown>;

const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
const watson = teamsUser("Hugh Watson", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f");
const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");

/** What the Lao PDR record shows (coalitionStatus), none of which may reach the channel. */
const RECORD = [
  "Lao PDR country coalition:",
  "Phase",
  "Lead(s)",
  "Challenges",
  "Next step",
  "Open action items",
];

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeams();
  await h.link(mweemba, "Sheila Mweemba");
  await h.link(watson, "Hugh Watson");
  await h.link(hauge, "Malgorzata Hauge");
  const set = await ask(personalMessage(h.connector.url, mweemba, "visibility Lao PDR coordinators"));
  expect(readable(set[0]?.body ?? {})).toMatch(/coordinators/);
}, 60_000);

afterAll(async () => {
  await h.close();
});

afterEach(() => {
  h.connector.recover(CREATE_CONVERSATION);
  h.connector.calls.length = 0;
});

async function ask(activity: Json): Promise<ConnectorCall[]> {
  const before = h.connector.calls.length;
  const { status } = await h.post(activity);
  expect(status).toBe(200);
  return h.connector.calls.slice(before);
}

/** Messages posted into the channel (any thread of it). */
function inChannel(calls: ConnectorCall[]): ConnectorCall[] {
  return calls.filter((call) => call.conversationId.startsWith(CHANNEL_ID));
}

function expectNothingOfTheRecord(calls: ConnectorCall[]): void {
  for (const call of calls) {
    expect(cardOf(call.body)).toBeUndefined();
    expect(call.body.attachments ?? []).toEqual([]);
    const text = readable(call.body);
    for (const part of RECORD) expect(text).not.toContain(part);
  }
}

describe("Teams will not open a personal chat", () => {
  it("a restricted record asked for by command in a channel: the channel gets only a note that it is private and how to get it", async () => {
    h.connector.fail(CREATE_CONVERSATION, 403);
    const mention = channelMention(h.connector.url, watson, "status Lao PDR");
    const calls = await ask(mention);
    expect(calls[0]?.path).toBe("/v3/conversations");
    const channel = inChannel(calls);
    expect(channel).toHaveLength(1);
    expect(calls).toHaveLength(2);
    expectNothingOfTheRecord(channel);
    const note = String(channel[0]?.body.text);
    expect(channel[0]?.conversationId).toBe(`${CHANNEL_ID};messageid=${mention.id}`);
    expect(note).toMatch(/private/);
    expect(note).toMatch(/kept to coordinators/);
    expect(note).toMatch(/personal chat|under Apps/);
  });

  it("a restricted record asked for as a question: only the core's note and how to get the answer", async () => {
    h.connector.fail(CREATE_CONVERSATION, 403);
    const calls = await ask(
      channelMention(h.connector.url, watson, "what is the status of the Lao PDR coalition?"),
    );
    const channel = inChannel(calls);
    expect(channel.length).toBeGreaterThan(0);
    expectNothingOfTheRecord(channel);
    expect(channel.map((call) => String(call.body.text)).join("\n")).toMatch(/privately/);
  });

  it("a private answer that is not restricted is not posted for everyone either", async () => {
    h.connector.fail(CREATE_CONVERSATION, 403);
    const calls = await ask(channelMention(h.connector.url, watson, "actions mine"));
    const channel = inChannel(calls);
    expect(channel).toHaveLength(1);
    expect(cardOf(channel[0]?.body ?? {})).toBeUndefined();
    const note = String(channel[0]?.body.text);
    expect(note).toMatch(/private/);
    expect(note).not.toMatch(/A-\d/);
    expect(note).not.toMatch(/everyone/);
  });
});

describe("Teams gives a personal chat", () => {
  it("a restricted record asked for by command goes to the personal chat, and the channel is told it was answered privately and why", async () => {
    const mention = channelMention(h.connector.url, hauge, "status Lao PDR");
    const calls = await ask(mention);
    const personal = calls.filter((call) => call.conversationId === createdChatId(hauge.id));
    expect(personal).toHaveLength(1);
    expect(readable(personal[0]?.body ?? {})).toContain("Lao PDR country coalition");
    const channel = inChannel(calls);
    expect(channel).toHaveLength(1);
    expectNothingOfTheRecord(channel);
    expect(String(channel[0]?.body.text)).toBe(
      "I've answered you privately, in our personal chat: the Lao PDR coalition's record is kept to coordinators, the Presidency and the secretariat.",
    );
  });
});
