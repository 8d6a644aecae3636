// A minutes document shared with the bot in Slack: the real events route,
// the file downloaded from the fake Web API with the bot token, the
// candidates shown with buttons, and a button press recording one of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../fixtures/slack-api.ts";
import { blockActions, eventCallback, interactivity } from "../fixtures/slack-requests.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const MINUTES = readFileSync(join(import.meta.dirname, "../fixtures/minutes/2016-11-04-seed.txt"), "utf8");
const REPLIES = ["chat.postMessage", "chat.postEphemeral", "response_url"];

type Block = { text?: { text?: string }; accessory?: { action_id?: string; value?: string } };

let h: SlackHarness;
let sent = 0;
beforeAll(async () => {
  h = await startSlackHarness({ now: NOW });
  h.api.files["minutes-4-nov.txt"] = MINUTES;
  h.api.files["minutes.pdf"] = "%PDF-1.4";
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.api.reset();
  h.api.files["minutes-4-nov.txt"] = MINUTES;
});

/** The next reply the bot sends (a post, an ephemeral or a response_url call). */
async function nextReply(): Promise<RecordedCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const reply = h.api.calls.find((call) => REPLIES.includes(call.method));
    if (reply) return reply;
    if (Date.now() > deadline) throw new Error(`no reply; calls: ${h.api.calls.map((c) => c.method)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function shareInDm(user: string, name: string, size: number) {
  sent += 1;
  const ts = `1479718${500 + sent}.000100`;
  return eventCallback(SECRET, {
    type: "message",
    subtype: "file_share",
    channel_type: "im",
    user,
    text: "",
    ts,
    channel: `D0${user}`,
    event_ts: ts,
    files: [
      {
        id: `F0${sent}`,
        name,
        title: name,
        mimetype: name.endsWith(".pdf") ? "application/pdf" : "text/plain",
        filetype: name.endsWith(".pdf") ? "pdf" : "text",
        size,
        url_private: `${h.api.url}/files/${name}`,
        url_private_download: `${h.api.url}/files/${name}`,
      },
    ],
  });
}

describe("Slack: a minutes document shared with the bot", () => {
  it("the secretariat gets the candidates with buttons; Record creates the action item with its audit row", async () => {
    await h.post(shareInDm(USERS.secretariat, "minutes-4-nov.txt", MINUTES.length));
    const reply = await nextReply();
    const download = h.api.calls.find((call) => call.path === "/files/minutes-4-nov.txt");
    expect(download?.headers.authorization).toBe("Bearer xoxb-test-token");
    const body = JSON.stringify(reply.body);
    expect(body).toMatch(/Friday 4 November 2016, 10:00–11:30/);
    expect(body).toMatch(/19 delegations/);
    expect(body).toMatch(/Wednesday 7 December 2016/);
    expect(body).toMatch(/Record all/);
    expect(body).toMatch(/Store the meeting record/);
    expect(await h.db.actionItem.count({ where: { text: "collaborate as appropriate" } })).toBe(0);

    const blocks = (reply.body.blocks ?? []) as Block[];
    const row = blocks.find((block) => block.text?.text?.includes("collaborate as appropriate"));
    expect(row?.accessory?.action_id).toBe("import-candidate");
    h.api.reset();
    const press = blockActions({
      userId: USERS.secretariat,
      actionId: "import-candidate",
      value: row?.accessory?.value ?? "",
      channelId: `D0${USERS.secretariat}`,
      responseUrl: h.responseUrl(),
    });
    expect((await h.post(interactivity(SECRET, press))).status).toBe(200);
    expect(JSON.stringify((await nextReply()).body)).toMatch(/Recorded A-\d+: collaborate as appropriate/);

    const action = await h.db.actionItem.findFirstOrThrow({
      where: { text: "collaborate as appropriate" },
      include: { owners: { include: { delegation: true } } },
    });
    expect(action.owners.map((owner) => owner.delegation?.name)).toEqual(["Costa Rica"]);
    const audit = await h.db.auditEvent.findFirst({
      where: { action: "action.add", entity: "action", entityId: String(action.number) },
    });
    expect(audit?.platform).toBe("slack");

    // the seeded committee already has this meeting on record
    h.api.reset();
    const store = blockActions({
      userId: USERS.secretariat,
      actionId: "import-store",
      value: row?.accessory?.value?.split(":")[0] ?? "",
      channelId: `D0${USERS.secretariat}`,
      responseUrl: h.responseUrl(),
    });
    await h.post(interactivity(SECRET, store));
    expect(JSON.stringify((await nextReply()).body)).toMatch(/already on record/);
  });

  it("refuses a coordinator, naming who may import minutes", async () => {
    await h.post(shareInDm(USERS.coordinator, "minutes-4-nov.txt", MINUTES.length));
    const body = JSON.stringify((await nextReply()).body);
    expect(body).toMatch(/import minutes/);
    expect(body).toMatch(/secretariat/);
    expect(h.api.calls.some((call) => call.path.startsWith("/files/"))).toBe(true);
  });

  it("refuses a PDF, naming the formats it reads, without downloading it", async () => {
    await h.post(shareInDm(USERS.secretariat, "minutes.pdf", 120_000));
    const body = JSON.stringify((await nextReply()).body);
    expect(body).toMatch(/plain text \(\.txt\) or Markdown \(\.md\)/);
    expect(h.api.calls.some((call) => call.path.startsWith("/files/"))).toBe(false);
  });

  it("refuses a document over 1 MB without downloading it", async () => {
    await h.post(shareInDm(USERS.secretariat, "minutes-4-nov.txt", 2_000_000));
    expect(JSON.stringify((await nextReply()).body)).toMatch(/larger than the 1 MB/);
    expect(h.api.calls.some((call) => call.path.startsWith("/files/"))).toBe(false);
  });
});
