// Conversations with the core as chat adapters send them: follow-ups that lean
// on the previous turn (and stop doing so after 30 minutes or in another
// conversation), clarifying questions answered by button or by typing, and
// channel answers that go privately when they would reveal an update early.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, ConversationRef, RequestKind } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const HAUGE = "Malgorzata Hauge"; // Norway, coordinator
const CATTANEO = "Silvia Cattaneo"; // Italy, coordinator of Victim Assistance
const CHAYER = "Amélie Chayer"; // Cluster Munition Coalition, observer
const DM: ConversationRef = { platform: "slack", id: "slack:T1:D1", kind: "dm" };
const CHANNEL: ConversationRef = { platform: "slack", id: "slack:T1:C1", kind: "channel", threadId: "1.1" };

let dir = "";
let store: OpenedStore;
let clock: ManualClock;
let core: Core;

async function personId(name: string): Promise<number> {
  const found = await store.db.person.findFirst({ where: { name } });
  if (!found) throw new Error(`no person ${name}`);
  return found.id;
}

async function say(
  who: string,
  text: string,
  conversation: ConversationRef = DM,
  kind: RequestKind = "message",
  actionId?: string,
): Promise<Reply[]> {
  const request: ChatRequest = {
    speaker: { kind: "person", personId: await personId(who) },
    conversation,
    kind,
    text,
    ...(actionId ? { actionId } : {}),
  };
  return core.handle(request);
}

const plain = (replies: Reply[]) => replies.map(renderPlainText).join("\n\n");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-conversation-"));
  clock = manualClock(new Date("2016-11-21T08:00:00Z"));
  store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
  core = createCore({ db: store.db, clock, logger: silentLogger });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("follow-ups", () => {
  it('"and Cambodia?" after the Lao status asks for the Cambodian coalition', async () => {
    const dm = { ...DM, id: "slack:T1:D-follow-1" };
    expect(plain(await say(HAUGE, "where are we with Laos?", dm))).toContain("Bangkok");
    const text = plain(await say(HAUGE, "and Cambodia?", dm));
    expect(text).toContain("No country coalition for Cambodia is on record");
  });

  it('"who owns the second one?" reads the list answered before', async () => {
    const dm = { ...DM, id: "slack:T1:D-follow-2" };
    const listed = plain(await say(HAUGE, "what does Norway owe us?", dm));
    expect(listed).toMatch(/A-1[\s\S]*A-4/);
    const [reply] = await say(HAUGE, "who owns the second one?", dm);
    expect(reply?.text).toMatch(/^A-4 is owned by all coordinators/);
  });

  it("forgets the previous turn after 30 minutes, and never lends it to another conversation", async () => {
    const dm = { ...DM, id: "slack:T1:D-follow-3" };
    await say(HAUGE, "where are we with Laos?", dm);
    const elsewhere = plain(await say(HAUGE, "and Cambodia?", { ...dm, id: "slack:T1:D-other" }));
    expect(elsewhere).not.toContain("No country coalition");
    clock.advance(31 * 60_000);
    const later = plain(await say(HAUGE, "and Cambodia?", dm));
    expect(later).not.toContain("No country coalition");
    expect(later).toContain("Cambodia");
  });

  it("keeps the context per person in a shared thread", async () => {
    const thread = { ...CHANNEL, id: "slack:T1:C-shared" };
    await say(HAUGE, "what does Norway owe us?", thread);
    const other = plain(await say(CATTANEO, "and the Netherlands?", thread));
    expect(other).not.toContain("open action items");
    const own = plain(await say(HAUGE, "and the Netherlands?", thread));
    expect(own).toContain("2 open action items for Netherlands");
  });
});

describe("clarifying questions", () => {
  it('asks which Muñoz, with one "ask" button per reading carrying the full question', async () => {
    const dm = { ...DM, id: "slack:T1:D-clarify-1" };
    const [reply] = await say(HAUGE, "who is Muñoz?", dm);
    expect(reply?.text).toMatch(/^Which do you mean\?/);
    expect(reply?.buttons).toEqual([
      { actionId: "ask", label: "Ms. Carola Muñoz (Chile)", value: "who is Carola Muñoz?" },
      { actionId: "ask", label: "Ms. Maricela Muñoz (Costa Rica)", value: "who is Maricela Muñoz?" },
    ]);
    const pressed = plain(await say(HAUGE, "who is Maricela Muñoz?", dm, "submit", "ask"));
    expect(pressed).toContain("Ms. Maricela Muñoz (Costa Rica)");
  });

  it("takes a typed answer to the clarifying question", async () => {
    const dm = { ...DM, id: "slack:T1:D-clarify-2" };
    await say(HAUGE, "who is Munoz?", dm);
    const text = plain(await say(HAUGE, "the one from Chile", dm));
    expect(text).toContain("Ms. Carola Muñoz (Chile)");
    expect(text).not.toContain("Maricela");
  });
});

describe("privacy in channels", () => {
  it("answers a plain question to the whole channel", async () => {
    const replies = await say(HAUGE, "when do we meet next?", CHANNEL);
    expect(replies.map((r) => r.visibility)).toEqual(["public"]);
  });

  it("keeps a don't-know answer with the asker", async () => {
    const replies = await say(HAUGE, "what's the weather in Geneva?", CHANNEL);
    expect(replies.map((r) => r.visibility)).toEqual(["private"]);
    expect(replies[0]?.text).toMatch(/^I don't know that\./);
  });

  it("sends an update's text privately, with a public note, until the agenda is out", async () => {
    await say(
      CATTANEO,
      "update victim assistance: Focal point list sent to 12 States Parties.",
      DM,
      "command",
    );
    const replies = await say(HAUGE, "what did Italy report?", CHANNEL);
    expect(replies.map((r) => r.visibility)).toEqual(["private", "public"]);
    expect(renderPlainText(replies[0] as Reply)).toContain("Focal point list sent to 12 States Parties.");
    expect(renderPlainText(replies[0] as Reply)).toMatch(
      /received 21 November 2016 from Dr\. Silvia Cattaneo \(Italy\)/,
    );
    expect(replies[1]?.text).toMatch(/^I've answered Ms\. Malgorzata Hauge privately/);
    expect(replies[1]?.text).not.toContain("Focal point");
  });

  it("does not show an observer the text of an update before the agenda", async () => {
    const text = plain(await say(CHAYER, "what's in the victim assistance update?", DM));
    expect(text).toContain("received 21 November 2016 from Dr. Silvia Cattaneo (Italy)");
    expect(text).not.toContain("Focal point");
  });

  it("shows an observer the update once the agenda draft has gone out at the cycle's deadline", async () => {
    // The default cycle posts the draft at 09:00 Geneva the day before the meeting of 7 December.
    clock.set(new Date("2016-12-06T07:59:00Z"));
    expect(plain(await say(CHAYER, "what's in the victim assistance update?", DM))).not.toContain(
      "Focal point",
    );
    clock.set(new Date("2016-12-06T08:01:00Z"));
    expect(plain(await say(CHAYER, "what's in the victim assistance update?", DM))).toContain(
      "Focal point list sent to 12 States Parties.",
    );
  });

  it("answers in the channel once the agenda is on record", async () => {
    const december = await store.db.meeting.findFirstOrThrow({ where: { status: "scheduled" } });
    await store.db.agendaItem.create({
      data: { meetingId: december.id, number: "1", title: "Present", position: 1 },
    });
    const replies = await say(HAUGE, "what did Italy report?", CHANNEL);
    expect(replies.map((r) => r.visibility)).toEqual(["public"]);
    expect(plain(replies)).toContain("Focal point list sent to 12 States Parties.");
  });
});
