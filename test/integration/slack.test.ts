// The Slack adapter end to end: signed requests shaped like Slack's go to the
// real server on 127.0.0.1; every Web API call lands on a local recorder.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NOT_REGISTERED } from "../../src/core/core.ts";
import {
  blockActions,
  directMessage,
  eventCallback,
  interactivity,
  sign,
  slashCommand,
  TEAM,
  viewSubmission,
} from "../fixtures/slack-requests.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const FAULT = /Something went wrong/;

interface Ack {
  response_type?: string;
  text?: string;
  blocks?: {
    type: string;
    text?: { text: string };
    elements?: { action_id?: string; value?: string }[];
    accessory?: unknown;
  }[];
}

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ now: NOW });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.api.reset();
});

async function command(text: string, userId: string = USERS.coordinator, extra: { channelId?: string } = {}) {
  const responseUrl = h.responseUrl();
  const response = await h.post(slashCommand(SECRET, { text, userId, responseUrl, ...extra }));
  return { ...response, responseUrl, ack: (response.body ? response.json() : {}) as Ack };
}

function allText(ack: Ack): string {
  return JSON.stringify(ack);
}

describe("Slack: requests Slack itself sends", () => {
  it("answers url_verification with the challenge", async () => {
    const body = JSON.stringify({
      token: "x",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const response = await h.post({
      body,
      headers: { "content-type": "application/json", ...sign(body, SECRET) },
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  });

  it("refuses a bad signature with 401 and does nothing", async () => {
    const before = await h.db.actionItem.count();
    const request = slashCommand(SECRET, {
      text: "action add Should never be recorded",
      userId: USERS.secretariat,
      responseUrl: h.responseUrl(),
    });
    const response = await h.post(request, { "x-slack-signature": `v0=${"0".repeat(64)}` });
    expect(response.status).toBe(401);
    expect(await h.db.actionItem.count()).toBe(before);
    expect(h.api.calls).toHaveLength(0);
  });

  it("refuses a stale timestamp with 401", async () => {
    const request = slashCommand(SECRET, {
      text: "help",
      userId: USERS.coordinator,
      responseUrl: h.responseUrl(),
    });
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const response = await h.post(request, sign(request.body, SECRET, stale));
    expect(response.status).toBe(401);
    expect(h.api.calls).toHaveLength(0);
  });
});

describe("Slack: the slash command", () => {
  it("answers status Lao PDR privately as Block Kit with a Share button", async () => {
    const { status, ack } = await command("status Lao PDR");
    expect(status).toBe(200);
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.blocks?.[0]).toMatchObject({ type: "header", text: { text: "Country coalition: Lao PDR" } });
    const text = allText(ack);
    expect(text).toContain("regional seminar");
    const share = ack.blocks?.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "share");
    expect(share?.value).toBe("status Lao PDR");
    expect(ack.blocks?.length).toBeLessThanOrEqual(50);
  });

  it.each([
    "help",
    "help actions",
    "status",
    "coalitions",
    "areas",
    "who VA",
    "who Norway",
    "actions",
    "actions mine",
    "actions overdue",
    "actions done",
    "actions all",
    "actions Norway",
    "meeting",
    "meeting next",
    "meeting last",
    "agenda",
  ])("answers /ccm %s without a fault", async (text) => {
    const { status, ack } = await command(text);
    expect(status).toBe(200);
    expect(ack.text ?? "").not.toBe("");
    expect(allText(ack)).not.toMatch(FAULT);
  });

  it("acks a minutes request at once and finishes through response_url", async () => {
    const { status, ack, responseUrl } = await command("minutes");
    expect(status).toBe(200);
    expect(ack.text).toMatch(/Drafting/);
    const path = new URL(responseUrl).pathname;
    const deadline = Date.now() + 5000;
    while (!h.api.callsTo("response_url").some((call) => call.path === path) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const posted = h.api.callsTo("response_url").find((call) => call.path === path);
    expect(posted).toBeDefined();
    expect(JSON.stringify(posted?.body)).not.toMatch(FAULT);
  });

  it("uploads the agenda draft's .docx and .md with files.uploadV2's three steps", async () => {
    const { ack } = await command("agenda", USERS.secretariat);
    expect(ack.text ?? "").toMatch(/agenda/i);
    // The minutes test before this one may still be uploading its own files; look for the agenda's.
    const agendaFiles = () =>
      h.api
        .callsTo("files.getUploadURLExternal")
        .map((call) => String(call.body.filename))
        .filter((name) => /agenda/i.test(name));
    const deadline = Date.now() + 5000;
    while (agendaFiles().length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const names = agendaFiles();
    expect(names.some((name) => name.endsWith(".docx"))).toBe(true);
    expect(names.some((name) => name.endsWith(".md"))).toBe(true);
    await h.api.waitFor("files.completeUploadExternal", 2);
    expect(h.api.callsTo("upload").every((call) => Number(call.body.bytes) > 0)).toBe(true);
  });

  it("explains a bad command with its usage, privately", async () => {
    const { ack } = await command("actoin add something");
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.text).toMatch(/Unknown command "actoin"/);
  });

  it("records an action item publicly and escapes what the user typed", async () => {
    const { ack } = await command(
      "action add Brief <!channel> & @here on <b>stockpiles</b> owner Norway due next meeting",
      USERS.secretariat,
    );
    expect(ack.response_type).toBe("in_channel");
    const text = allText(ack);
    expect(text).not.toContain("<!channel>");
    expect(text).not.toMatch(/[^\u2060]@here/);
    expect(text).toContain("&lt;!channel&gt; &amp;");
    const created = await h.db.actionItem.findFirst({ orderBy: { number: "desc" } });
    expect(created?.text).toBe("Brief <!channel> & @here on <b>stockpiles</b>");
  });

  it("opens the Submit update modal for /ccm update", async () => {
    const { status } = await command("update");
    expect(status).toBe(200);
    const [opened] = await h.api.waitFor("views.open");
    const view = opened?.body.view as { callback_id: string; blocks: { block_id: string }[] };
    expect(view.callback_id).toBe("update-submit");
    expect(view.blocks.map((b) => b.block_id)).toEqual(["subject", "body", "link"]);
  });

  it("tells an unregistered user privately, and a secretariat member can link them", async () => {
    const first = await command("status Lao PDR", "UNEWCOMER");
    expect(first.ack.response_type).toBe("ephemeral");
    expect(first.ack.text).toBe(NOT_REGISTERED);
    const refused = await command("link <@UNEWCOMER|katy> Donnelly", USERS.coordinator);
    expect(refused.ack.text).toMatch(/Only the secretariat/);
    const linked = await command("link <@UNEWCOMER|katy> Donnelly", USERS.secretariat);
    expect(linked.ack.text).toMatch(/Donnelly/);
    const identity = await h.db.chatIdentity.findFirst({
      where: { userId: "UNEWCOMER" },
      include: { person: true },
    });
    expect(identity?.person.familyName).toBe("Donnelly");
    expect(identity?.workspaceId).toBe(TEAM);
    const after = await command("status Lao PDR", "UNEWCOMER");
    expect(after.ack.text).toMatch(/Lao PDR country coalition/);
  });
});

describe("Slack: mentions and direct messages", () => {
  it("answers a mention in the thread it was asked in, without the mention", async () => {
    const event = eventCallback(SECRET, {
      type: "app_mention",
      user: USERS.coordinator,
      text: "<@UBOT> who coordinates victim assistance?",
      ts: "1479718000.000200",
      thread_ts: "1479717000.000100",
      channel: "C0COMMITTEE",
      event_ts: "1479718000.000200",
    });
    expect((await h.post(event)).status).toBe(200);
    // Public or, when the core says so, ephemeral: either way in the asking thread.
    const deadline = Date.now() + 5000;
    const answered = () => [...h.api.callsTo("chat.postMessage"), ...h.api.callsTo("chat.postEphemeral")];
    while (answered().length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const [posted] = answered();
    expect(posted?.body.channel).toBe("C0COMMITTEE");
    expect(posted?.body.thread_ts).toBe("1479717000.000100");
    expect(JSON.stringify(posted?.body)).toMatch(/Italy/);
    expect(JSON.stringify(posted?.body)).not.toContain("UBOT");
  });

  it("answers a direct message in its thread", async () => {
    const event = eventCallback(SECRET, {
      type: "message",
      channel_type: "im",
      user: USERS.coordinator,
      text: "actions mine",
      ts: "1479718100.000300",
      channel: "D0HAUGE",
      event_ts: "1479718100.000300",
    });
    await h.post(event);
    const [posted] = await h.api.waitFor("chat.postMessage");
    expect(posted?.body.channel).toBe("D0HAUGE");
    expect(posted?.body.thread_ts).toBe("1479718100.000300");
  });

  it("ignores bot messages, its own messages, edits and deletions", async () => {
    const base = { type: "message", channel_type: "im", channel: "D0HAUGE", event_ts: "1479718200.1" };
    await h.post(
      eventCallback(SECRET, {
        ...base,
        user: "UOTHERBOT",
        bot_id: "B0OTHER",
        text: "status",
        ts: "1479718200.1",
      }),
    );
    await h.post(eventCallback(SECRET, { ...base, user: "UBOT", text: "status", ts: "1479718201.1" }));
    await h.post(
      eventCallback(SECRET, {
        ...base,
        subtype: "message_changed",
        message: { text: "status" },
        ts: "1479718202.1",
      }),
    );
    await h.post(eventCallback(SECRET, { ...base, subtype: "message_deleted", ts: "1479718203.1" }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("processes a retried event once, even when the retry reaches a restarted server", async () => {
    const dm = (text: string, ts: string) =>
      directMessage(SECRET, { user: USERS.coordinator, text, ts, channel: "D0HAUGE" });
    const event = dm("meeting next", "1479718300.000400");
    await h.post(event);
    await h.api.waitFor("chat.postMessage");
    // A new process over the same database file: its own connection, core,
    // Slack mount and server, and nothing in memory from the first.
    h = await h.restart();
    const retry = await h.post(
      { body: event.body, headers: { ...event.headers, ...sign(event.body, SECRET) } },
      {
        "x-slack-retry-num": "1",
        "x-slack-retry-reason": "http_timeout",
      },
    );
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(await h.db.inboundEvent.count({ where: { eventKey: event.eventId } })).toBe(1);
    // The restarted server answers a new event: the retry was skipped for its claim, not for want of a server.
    await h.post(dm("meeting next", "1479718310.000410"));
    expect(await h.api.waitFor("chat.postMessage", 2)).toHaveLength(2);
  });

  it("waits out a 429 from the Web API and then succeeds", async () => {
    h.api.rateLimitNext("chat.postMessage", 1);
    await h.post(
      eventCallback(SECRET, {
        type: "message",
        channel_type: "im",
        user: USERS.coordinator,
        text: "when do we meet next?",
        ts: "1479718400.000500",
        channel: "D0HAUGE",
        event_ts: "1479718400.000500",
      }),
    );
    const calls = await h.api.waitFor("chat.postMessage", 2, 8000);
    expect(calls).toHaveLength(2);
    expect(JSON.stringify(calls[1]?.body)).toMatch(/7 December 2016/);
  });
});

describe("Slack: buttons, modals and App Home", () => {
  it("marks an action item done from its button and says so in the channel", async () => {
    const responseUrl = h.responseUrl();
    const payload = blockActions({
      userId: USERS.secretariat,
      actionId: "action-done",
      value: "A-2",
      channelId: "C0COMMITTEE",
      responseUrl,
      ephemeral: true,
    });
    expect((await h.post(interactivity(SECRET, payload))).status).toBe(200);
    const [posted] = await h.api.waitFor("response_url");
    expect(posted?.body).toMatchObject({ response_type: "in_channel" });
    expect(JSON.stringify(posted?.body)).toMatch(/A-2 marked done/);
    const action = await h.db.actionItem.findFirst({ where: { number: 2 } });
    expect(action?.status).toBe("done");
  });

  it("shares an ephemeral status in the channel and removes the private copy", async () => {
    const responseUrl = h.responseUrl();
    const payload = blockActions({
      userId: USERS.coordinator,
      actionId: "share",
      value: "status Lao PDR",
      channelId: "C0COMMITTEE",
      responseUrl,
      ephemeral: true,
    });
    await h.post(interactivity(SECRET, payload));
    const posts = await h.api.waitFor("response_url", 2);
    expect(posts[0]?.body).toMatchObject({ response_type: "in_channel" });
    expect(JSON.stringify(posts[0]?.body)).toMatch(/Lao PDR/);
    expect(posts[1]?.body).toMatchObject({ delete_original: true });
  });

  it("opens the reassign modal from an overflow menu", async () => {
    const payload = blockActions({
      userId: USERS.secretariat,
      actionId: "overflow",
      type: "overflow",
      value: "action-reassign|A-3",
      channelId: "C0COMMITTEE",
      responseUrl: h.responseUrl(),
    });
    await h.post(interactivity(SECRET, payload));
    const [opened] = await h.api.waitFor("views.open");
    expect((opened?.body.view as { callback_id?: string } | undefined)?.callback_id).toBe(
      "action-reassign-submit",
    );
  });

  it("adds an action item from the modal, and returns field errors inside the modal", async () => {
    const norway = await h.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const values = (owners: string[], dueDate: string | null) => ({
      text: { value: { type: "plain_text_input", value: "Circulate the draft programme" } },
      owners: {
        value: { type: "multi_static_select", selected_options: owners.map((value) => ({ value })) },
      },
      due: {
        value: { type: "static_select", selected_option: { value: dueDate ? "date" : "next-meeting" } },
      },
      dueDate: { value: { type: "datepicker", selected_date: dueDate } },
    });
    const before = await h.db.actionItem.count();
    const metadata = JSON.stringify({ channelId: "C0COMMITTEE" });
    const bad = await h.post(
      interactivity(
        SECRET,
        viewSubmission({
          userId: USERS.secretariat,
          callbackId: "action-add-submit",
          values: values([`delegation:${norway.id}`], "2016-01-05"),
          privateMetadata: metadata,
        }),
      ),
    );
    expect(bad.status).toBe(200);
    expect(bad.json()).toMatchObject({
      response_action: "errors",
      errors: { dueDate: expect.stringMatching(/past/) },
    });
    const missing = await h.post(
      interactivity(
        SECRET,
        viewSubmission({
          userId: USERS.secretariat,
          callbackId: "action-add-submit",
          values: values([], null),
          privateMetadata: metadata,
        }),
      ),
    );
    expect(missing.json()).toMatchObject({
      response_action: "errors",
      errors: { owners: expect.any(String) },
    });
    expect(await h.db.actionItem.count()).toBe(before);

    const good = await h.post(
      interactivity(
        SECRET,
        viewSubmission({
          userId: USERS.secretariat,
          callbackId: "action-add-submit",
          values: values([`delegation:${norway.id}`], "2016-12-02"),
          privateMetadata: metadata,
        }),
      ),
    );
    expect(good.status).toBe(200);
    expect(good.body).toBe("");
    const [posted] = await h.api.waitFor("chat.postMessage");
    expect(posted?.body.channel).toBe("C0COMMITTEE");
    expect(JSON.stringify(posted?.body)).toMatch(/Circulate the draft programme/);
    const created = await h.db.actionItem.findFirstOrThrow({
      orderBy: { number: "desc" },
      include: { owners: true },
    });
    expect(created.text).toBe("Circulate the draft programme");
    expect(created.dueOn).toBe("2016-12-02");
    expect(created.owners.map((o) => o.delegationId)).toEqual([norway.id]);
  });

  it("submits an update from the modal, and refuses a bad link inside it", async () => {
    const area = await h.db.thematicArea.findFirstOrThrow({ where: { name: { contains: "Clearance" } } });
    const values = (link: string) => ({
      subject: { value: { type: "static_select", selected_option: { value: `area:${area.id}` } } },
      body: {
        value: { type: "plain_text_input", value: "We will organise a workshop in Lebanon in November." },
      },
      link: { value: { type: "plain_text_input", value: link } },
    });
    const bad = await h.post(
      interactivity(
        SECRET,
        viewSubmission({
          userId: USERS.coordinator,
          callbackId: "update-submit",
          values: values("not a link"),
        }),
      ),
    );
    expect(bad.json()).toMatchObject({
      response_action: "errors",
      errors: { link: expect.stringMatching(/https/) },
    });
    const good = await h.post(
      interactivity(
        SECRET,
        viewSubmission({
          userId: USERS.coordinator,
          callbackId: "update-submit",
          values: values("https://example.org/report.pdf"),
        }),
      ),
    );
    expect(good.status).toBe(200);
    const [posted] = await h.api.waitFor("chat.postMessage");
    expect(posted?.body.channel).toBe("D0HAUGE".replace("D0HAUGE", USERS.coordinator));
    const stored = await h.db.update.findFirstOrThrow({ where: { areaId: area.id } });
    expect(stored.body).toContain("workshop in Lebanon");
    expect(stored.body).toContain("https://example.org/report.pdf");
  });

  it("publishes App Home with the person's items, updates, meeting and coalitions", async () => {
    await h.post(
      eventCallback(SECRET, {
        type: "app_home_opened",
        user: USERS.coordinator,
        channel: "D0HAUGE",
        tab: "home",
        event_ts: "1479718500.1",
      }),
    );
    const [published] = await h.api.waitFor("views.publish");
    expect(published?.body.user_id).toBe(USERS.coordinator);
    const view = JSON.stringify(published?.body.view);
    for (const heading of [
      "Your open action items",
      "Updates for the meeting of",
      "Next meeting",
      "Your coalitions",
    ]) {
      expect(view).toContain(heading);
    }
  });
});

describe("Slack: a failing handler", () => {
  it("apologises with a reference id instead of failing silently", async () => {
    const broken = await startSlackHarness({
      now: NOW,
      core: (core) => ({
        ...core,
        handle: async () => {
          throw new Error("boom");
        },
      }),
    });
    try {
      const response = await broken.post(
        slashCommand(SECRET, { text: "help", userId: USERS.coordinator, responseUrl: broken.responseUrl() }),
      );
      expect(response.status).toBe(200);
      const [posted] = await broken.api.waitFor("response_url");
      expect(JSON.stringify(posted?.body)).toMatch(/reference: [0-9a-f]{8}/);
    } finally {
      await broken.close();
    }
  });
});
