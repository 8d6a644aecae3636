// The Teams adapter end to end in local mode: activities shaped as Teams
// sends them are posted to the real POST /api/messages, and the answers are
// read from a fake Bot Connector on 127.0.0.1, as a held-out script would.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NOT_REGISTERED } from "../../src/core/core.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { cardProblems } from "../fixtures/adaptive-cards.ts";
import { type ConnectorCall, CREATE_CONVERSATION, createdChatId } from "../fixtures/bot-connector.ts";
import {
  BOT,
  botInstalled,
  CHANNEL_ID,
  channelMention,
  executeInvoke,
  installationUpdate,
  personalConversationId,
  personalMessage,
  submitMessage,
  TENANT,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import {
  cardActions,
  cardElements,
  cardOf,
  cardTexts,
  readable,
  startTeams,
  type TeamsHarness,
} from "./teams-harness.ts";

type Json = Record<string, unknown>;

const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
const stranger = teamsUser("Someone Else", "99999999-8888-4777-8666-555555555555");
const pilz = teamsUser("Toralf Pilz", "3c4d5e6f-7081-4b2c-9d3e-4f5a6b7c8d9e");
const watson = teamsUser("Hugh Watson", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f");

let h: TeamsHarness;
let url = "";

beforeAll(async () => {
  h = await startTeams();
  url = h.connector.url;
  await h.link(hauge, "Malgorzata Hauge");
  await h.link(mweemba, "Sheila Mweemba");
  await h.link(pilz, "Toralf Pilz");
  await h.link(watson, "Hugh Watson");
}, 60_000);

afterAll(async () => {
  await h.close();
});

/**
 * Every message the bot sent is plain text and/or a 1.5 card built only from
 * TextRuns (no markdown, no mentions) that Microsoft's Adaptive Cards parser accepts.
 */
afterEach(() => {
  for (const call of h.connector.calls) {
    const body = call.body;
    if (typeof body.text === "string") expect(body.textFormat).toBe("plain");
    expect(body.entities ?? []).toEqual([]);
    const card = cardOf(body);
    if (!card) continue;
    expect(card.version).toBe("1.5");
    expect(cardProblems(card)).toEqual([]);
    expect(cardElements(card).filter((element) => element.type === "TextBlock")).toEqual([]);
  }
  h.connector.calls.length = 0;
});

async function ask(activity: Json): Promise<ConnectorCall[]> {
  const before = h.connector.calls.length;
  const { status } = await h.post(activity);
  expect(status).toBe(200);
  return h.connector.calls.slice(before);
}

describe("messages", () => {
  it("answers a command typed in personal chat as a reply, and remembers the chat with its person", async () => {
    const message = personalMessage(url, hauge, "status Lao PDR");
    const [reply, ...more] = await ask(message);
    expect(more).toEqual([]);
    expect(reply?.method).toBe("POST");
    expect(reply?.conversationId).toBe(personalConversationId(hauge));
    expect(reply?.activityId).toBe(message.id);
    expect(reply?.body.replyToId).toBe(message.id);
    const text = readable(reply?.body ?? {});
    expect(text).toContain("Lao PDR country coalition");
    expect(text).toContain("Phase: ");
    expect(text).toContain("Regional seminar in Bangkok");
    const stored = await h.db.chatConversation.findFirstOrThrow({
      where: { conversationId: personalConversationId(hauge) },
    });
    const person = await h.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
    expect(stored).toMatchObject({ platform: "teams", workspaceId: TENANT, kind: "dm", personId: person.id });
    expect(JSON.parse(stored.reference)).toMatchObject({
      serviceUrl: url,
      conversation: { id: stored.conversationId },
    });
  });

  it("answers a channel @mention in its thread, with the mention stripped", async () => {
    const mention = channelMention(url, mweemba, "when do we meet next?");
    const [reply, ...more] = await ask(mention);
    expect(more).toEqual([]);
    expect(reply?.conversationId).toBe(`${CHANNEL_ID};messageid=${mention.id}`);
    expect(reply?.activityId).toBe(mention.id);
    const text = readable(reply?.body ?? {});
    expect(text).toContain("7 December 2016");
    expect(text).not.toContain(BOT.name);
  });

  it("sends a private answer asked in a channel to a personal chat it opens, and points there from the thread", async () => {
    const mention = channelMention(url, pilz, "status Lao PDR");
    const [create, answer, pointer, ...more] = await ask(mention);
    expect(more).toEqual([]);
    expect(create).toMatchObject({ method: "POST", path: "/v3/conversations" });
    expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: pilz.id }], tenantId: TENANT });
    expect(answer?.conversationId).toBe(createdChatId(pilz.id));
    expect(answer?.activityId).toBeUndefined();
    expect(readable(answer?.body ?? {})).toContain("Lao PDR country coalition");
    expect(pointer).toMatchObject({
      conversationId: `${CHANNEL_ID};messageid=${mention.id}`,
      activityId: mention.id,
    });
    expect(pointer?.body.text).toBe("I've answered you privately, in our personal chat.");
    const person = await h.db.person.findFirstOrThrow({ where: { name: "Toralf Pilz" } });
    const stored = await h.db.chatConversation.findFirstOrThrow({
      where: { conversationId: createdChatId(pilz.id) },
    });
    expect(stored).toMatchObject({ kind: "dm", personId: person.id, status: "active" });
  });

  it("posts nothing of a private answer in the thread when Teams will not open a personal chat, only how to get it", async () => {
    h.connector.fail(CREATE_CONVERSATION, 403);
    try {
      const mention = channelMention(url, watson, "status Lao PDR");
      const [create, reply, ...more] = await ask(mention);
      expect(more).toEqual([]);
      expect(create?.path).toBe("/v3/conversations");
      expect(reply?.conversationId).toBe(`${CHANNEL_ID};messageid=${mention.id}`);
      const text = readable(reply?.body ?? {});
      expect(text).not.toContain("Lao PDR country coalition");
      expect(text).toMatch(/^The answer is private, .* open Rapporteur under Apps/);
    } finally {
      h.connector.recover(CREATE_CONVERSATION);
    }
  });

  it("sends a private answer asked in a channel to the asker's personal chat when there is one", async () => {
    await ask(personalMessage(url, mweemba, "help"));
    const calls = await ask(channelMention(url, mweemba, "actions mine"));
    expect(calls.map((call) => call.conversationId)).toEqual([
      personalConversationId(mweemba),
      expect.stringContaining(CHANNEL_ID),
    ]);
    expect(calls[0]?.activityId).toBeUndefined();
    expect(calls[1]?.body.text).toBe("I've answered you privately, in our personal chat.");
  });

  it("gives an unregistered account the core's not-registered answer", async () => {
    const [reply] = await ask(personalMessage(url, stranger, "status Lao PDR"));
    expect(reply?.body.text).toBe(NOT_REGISTERED);
  });

  it("processes a redelivered activity once", async () => {
    const message = personalMessage(url, hauge, "meeting next");
    const first = await ask(message);
    const again = await ask(message);
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
  });

  it("shows user text as text: markdown, links and <at> mentions stay inert", async () => {
    const [reply] = await ask(
      personalMessage(url, hauge, "who **Norway** [x](https://evil.example) <at>Everyone</at>?"),
    );
    expect(reply?.body.textFormat).toBe("plain");
  });
});

describe("documents", () => {
  it("offers the agenda's .docx by file consent card and sends no Markdown source (teams-files.test.ts has the rest)", async () => {
    const calls = await ask(personalMessage(url, mweemba, "agenda"));
    for (const call of calls) expect(JSON.stringify(call.body).length).toBeLessThan(28_000);
    const attachments = calls.flatMap((call) => (call.body.attachments ?? []) as Json[]);
    const consent = attachments.find((attachment) => String(attachment.name).endsWith(".docx"));
    expect(consent?.contentType).toBe("application/vnd.microsoft.teams.card.file.consent");
    expect(attachments.some((attachment) => String(attachment.name).endsWith(".md"))).toBe(false);
  });
});

describe("installation", () => {
  it("stores the team's channel on install and greets it with a help card, as a new post", async () => {
    const [greeting, ...more] = await ask(botInstalled(url, mweemba, "team"));
    expect(more).toEqual([]);
    expect(greeting?.conversationId).toBe(CHANNEL_ID);
    expect(greeting?.activityId).toBeUndefined();
    const texts = cardTexts(cardOf(greeting?.body ?? {}));
    expect(texts).toContain("Rapporteur");
    expect(texts).toContain("status [coalition]");
    const stored = await h.db.chatConversation.findFirstOrThrow({ where: { conversationId: CHANNEL_ID } });
    expect(stored).toMatchObject({ kind: "channel", status: "active", personId: null });
  });

  it("forgets the conversation on uninstall: marked dead, and delivery refuses it without calling Teams", async () => {
    await ask(botInstalled(url, hauge, "personal"));
    expect(await ask(installationUpdate(url, hauge, "personal", "remove"))).toEqual([]);
    const stored = await h.db.chatConversation.findFirstOrThrow({
      where: { conversationId: personalConversationId(hauge) },
    });
    expect(stored.status).toBe("dead");
    const target = { platform: "teams" as const, workspaceId: TENANT, conversationId: stored.conversationId };
    const calls = h.connector.calls.length;
    await expect(
      h.mount.delivery?.send(target, { visibility: "public", text: "Reminder" }, "k-dead"),
    ).rejects.toMatchObject({ name: "DeliveryError", permanent: true });
    expect(h.connector.calls).toHaveLength(calls);
    await ask(installationUpdate(url, hauge, "personal", "add"));
    expect((await h.db.chatConversation.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe(
      "active",
    );
  });
});

describe("card actions", () => {
  const invoke = async (activity: Json) => {
    const before = h.connector.calls.length;
    const response = await h.post(activity);
    expect(response.status).toBe(200);
    return { body: response.body as Json, calls: h.connector.calls.slice(before) };
  };

  it("Mark done (Action.Execute) refreshes the card in place and records the completion", async () => {
    const listing = await ask(personalMessage(url, mweemba, "actions open"));
    const button = cardActions(cardOf(listing[0]?.body ?? {}) ?? {}).find(
      (action) => action.title === "Mark done",
    );
    expect(button).toMatchObject({ type: "Action.Execute", verb: "action-done", data: { value: "A-1" } });
    expect(button?.fallback).toMatchObject({
      type: "Action.Submit",
      data: { verb: "action-done", value: "A-1" },
    });
    const { body, calls } = await invoke(
      executeInvoke(url, mweemba, "personal", { verb: "action-done", data: { value: "A-3" } }),
    );
    expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(cardTexts(body.value).join("\n")).toContain("A-3 marked done");
    expect(calls).toEqual([]);
    const action = await h.db.actionItem.findFirstOrThrow({ where: { number: 3 } });
    expect(action.status).toBe("done");
  });

  it("in a channel, a public result of a card action is posted for everyone, not also put in the card", async () => {
    const { body, calls } = await invoke(
      executeInvoke(url, mweemba, "channel", { verb: "action-done", data: { value: "A-5" } }),
    );
    expect(body).toMatchObject({
      type: "application/vnd.microsoft.activity.message",
      value: "Posted here for everyone.",
    });
    expect(calls).toHaveLength(1);
    expect(readable(calls[0]?.body ?? {})).toContain("A-5 marked done");
  });

  it("the add-action form: invalid owners come back as the form with the error under that field", async () => {
    const opened = await invoke(
      executeInvoke(url, hauge, "personal", { verb: "open-form", data: { value: "action-add" } }),
    );
    const form = opened.body.value as Json;
    const submit = cardActions(form).find((action) => action.verb === "action-add-submit");
    expect(submit).toMatchObject({ type: "Action.Execute", associatedInputs: "auto" });
    const before = await h.db.actionItem.count();
    const { body } = await invoke(
      executeInvoke(url, hauge, "personal", {
        verb: "action-add-submit",
        data: { text: "Circulate the revised non-paper", owners: "delegation:99999", due: "next-meeting" },
      }),
    );
    const elements = cardElements(body.value as Json);
    const at = elements.findIndex((element) => element.id === "owners");
    expect(elements[at]?.type).toBe("Input.ChoiceSet");
    expect(cardTexts(elements[at + 1])).toEqual(["Choose the owners from the list."]);
    expect(elements.find((element) => element.id === "text")?.value).toBe("Circulate the revised non-paper");
    expect(await h.db.actionItem.count()).toBe(before);
  });

  it("the add-action form: a valid submit records the item and replaces the form with the result", async () => {
    const norway = await h.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const { body } = await invoke(
      executeInvoke(url, hauge, "personal", {
        verb: "action-add-submit",
        data: {
          text: "Circulate the revised non-paper",
          owners: `delegation:${norway.id}`,
          due: "next-meeting",
        },
      }),
    );
    const texts = cardTexts(body.value).join("\n");
    expect(texts).toMatch(/Recorded A-\d+: Circulate the revised non-paper/);
    expect(
      cardElements(body.value as Json).some((element) => String(element.type).startsWith("Input.")),
    ).toBe(false);
    const stored = await h.db.actionItem.findFirstOrThrow({
      where: { text: "Circulate the revised non-paper" },
    });
    expect(stored.status).toBe("open");
  });

  it("Action.Submit (the fallback) updates the card's message in place", async () => {
    const cardId = "1479715999000";
    const calls = await ask(submitMessage(url, mweemba, { verb: "action-done", value: "A-4" }, cardId));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: "PUT",
      conversationId: personalConversationId(mweemba),
      activityId: cardId,
    });
    expect(readable(calls[0]?.body ?? {})).toContain("A-4 marked done");
    expect((await h.db.actionItem.findFirstOrThrow({ where: { number: 4 } })).status).toBe("done");
  });

  it("a broken card action gets a short apology with a reference, which the log has too", async () => {
    const activity = executeInvoke(url, hauge, "personal", { verb: "x", data: {} });
    const { body } = await invoke({ ...activity, value: {} });
    expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    const reference = /reference: ([0-9a-f]{8})/.exec(String(body.value))?.[1];
    expect(reference).toBeDefined();
    expect(h.logs.some((line) => line.msg === "Teams turn failed" && line.reference === reference)).toBe(
      true,
    );
  });
});

describe("same facts as the core", () => {
  it("a status question through Teams carries every fact the core answers directly", async () => {
    const person = await h.db.person.findFirstOrThrow({ where: { name: "Malgorzata Hauge" } });
    const [direct] = await h.core.handle({
      speaker: { kind: "person", personId: person.id },
      conversation: { platform: "console", id: "console:same-facts", kind: "dm" },
      kind: "message",
      text: "status Lao PDR",
    });
    const [reply] = await ask(personalMessage(url, hauge, "status Lao PDR"));
    const teams = readable(reply?.body ?? {});
    const lines = renderPlainText(direct ?? { visibility: "private", text: "" })
      .split("\n")
      .map((line) => line.replace(/^- /, "").trim())
      .filter((line) => line !== "" && !line.startsWith("["));
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(teams).toContain(line);
  });
});
