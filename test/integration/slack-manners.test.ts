// Slack manners (issue 17, item 12), through the real POST /slack/events route:
// a mention in a channel is answered under it, never as a new top-level
// message, and a long reply is split between messages only where an item or
// a section ends.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../fixtures/slack-api.ts";
import { eventCallback } from "../fixtures/slack-requests.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const CHANNEL = "C0COMMITTEE";

interface Block {
  type: string;
  text?: { text?: string };
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

/** Posts an app_mention and returns every message the bot then sent (public or ephemeral). */
async function mention(
  text: string,
  options: { ts: string; threadTs?: string; userId?: string; expect?: number },
): Promise<RecordedCall[]> {
  const event = eventCallback(SECRET, {
    type: "app_mention",
    user: options.userId ?? USERS.coordinator,
    text: `<@UBOT> ${text}`,
    ts: options.ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: CHANNEL,
    event_ts: options.ts,
  });
  expect((await h.post(event)).status).toBe(200);
  const sent = () =>
    h.api.calls.filter((c) => c.method === "chat.postMessage" || c.method === "chat.postEphemeral");
  const deadline = Date.now() + 8000;
  while (sent().length < (options.expect ?? 1) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  // Let any further pages arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return sent();
}

describe("Slack: a mention in a channel is answered under it", () => {
  it("answers a top-level mention in a thread under the mention (public answer)", async () => {
    const sent = await mention("who coordinates victim assistance?", { ts: "1479718000.000200" });
    expect(sent).toHaveLength(1);
    const [posted] = sent;
    expect(posted?.method).toBe("chat.postMessage");
    expect(posted?.body).toMatchObject({ channel: CHANNEL, thread_ts: "1479718000.000200" });
    expect(JSON.stringify(posted?.body)).toMatch(/Italy/);
  });

  it("shows a private answer to a top-level mention where the asker sees it, never as a channel message", async () => {
    // Slack shows an ephemeral message posted into a thread only if the thread
    // already exists: a top-level mention has no thread yet, so a thread_ts
    // there would make the answer invisible.
    const sent = await mention("status Lao PDR", { ts: "1479718010.000300" });
    expect(sent.length).toBeGreaterThan(0);
    for (const call of sent) {
      expect(call.method).toBe("chat.postEphemeral");
      expect(call.body.channel).toBe(CHANNEL);
      expect(call.body.user).toBe(USERS.coordinator);
      expect(call.body.thread_ts).toBeUndefined();
    }
    expect(JSON.stringify(sent[0]?.body)).toMatch(/Lao PDR/);
  });

  it("answers a mention inside a thread in that thread, public and private alike", async () => {
    const parent = "1479717000.000100";
    const open = await mention("who coordinates victim assistance?", {
      ts: "1479718020.000400",
      threadTs: parent,
    });
    expect(open[0]?.body).toMatchObject({ channel: CHANNEL, thread_ts: parent });
    h.api.reset();
    const restricted = await mention("status Lao PDR", { ts: "1479718030.000500", threadTs: parent });
    expect(restricted.length).toBeGreaterThan(0);
    for (const call of restricted) {
      expect(call.method).toBe("chat.postEphemeral");
      expect(call.body.thread_ts).toBe(parent);
    }
  });
});

/** A section block whose whole text is bold: a heading (a section title or an item's name). */
function isHeading(block: Block): boolean {
  return block.type === "section" && /^\*[^*\n]+\*$/.test(block.text?.text ?? "");
}

describe("Slack: a long reply is split only between items", () => {
  it("keeps every minutes item whole when the draft takes more than one message", async () => {
    const sent = await mention("minutes", {
      ts: "1479718040.000600",
      threadTs: "1479717000.000100",
      userId: USERS.secretariat,
      expect: 2,
    });
    expect(sent.length).toBeGreaterThan(1);
    const pages = sent.map((call) => call.body.blocks as Block[]);
    for (const [index, blocks] of pages.entries()) {
      expect(blocks.length).toBeLessThanOrEqual(50);
      const last = blocks.at(-1);
      // A page never ends on a heading or a divider whose content is on the next page...
      expect(last && (isHeading(last) || last.type === "divider"), `page ${index + 1} ends mid-item`).toBe(
        false,
      );
      // ...and a page after the first starts with a new item, not the rest of one.
      if (index > 0) {
        const first = blocks[0];
        expect(first && isHeading(first), `page ${index + 1} starts mid-item: ${JSON.stringify(first)}`).toBe(
          true,
        );
      }
    }
    // Nothing lost or repeated: every agenda heading appears exactly once, with its text after it.
    const all = pages.flat();
    const headings = all.filter(isHeading).map((block) => block.text?.text ?? "");
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toContain("*5.5 International Cooperation and Assistance (Iraq and Australia)*");
    const page = pages.findIndex((blocks) =>
      blocks.some(
        (b) => b.text?.text === "*5.5 International Cooperation and Assistance (Iraq and Australia)*",
      ),
    );
    const blocks = pages[page] ?? [];
    const at = blocks.findIndex(
      (b) => b.text?.text === "*5.5 International Cooperation and Assistance (Iraq and Australia)*",
    );
    expect(blocks[at + 1]?.text?.text).toBe("Nothing was recorded under this item.");
  });
});
