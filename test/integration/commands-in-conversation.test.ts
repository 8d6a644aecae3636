// A command typed as a message is that command: its refusal or usage line is
// the answer, never an answer to another question from the question engine
// (issue 17, item 8). Only text that is not a command goes to the question
// engine, and a quote from the record needs more than one common word.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ConversationRef } from "../../src/core/request.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const DM: ConversationRef = { platform: "slack", id: "slack:T1:D-commands", kind: "dm" };

let dir = "";
let store: OpenedStore;
let core: Core;

async function say(who: string, text: string): Promise<string> {
  const person = await store.db.person.findFirstOrThrow({ where: { name: who } });
  const replies = await core.handle({
    speaker: { kind: "person", personId: person.id },
    conversation: DM,
    kind: "message",
    text,
  });
  return replies.map(renderPlainText).join("\n\n");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-commands-"));
  const clock = manualClock(new Date("2016-11-21T08:00:00Z"));
  store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
  core = createCore({ db: store.db, clock, logger: silentLogger });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a command typed as a message", () => {
  it("an observer's refused action add is refused, not answered with the owner's list", async () => {
    const text = await say(
      "Amélie Chayer",
      "action add Circulate the list of affected states owner Norway due 7 December",
    );
    expect(text).toMatch(/^Only the Presidency, the secretariat or coordinators may record action items/);
    expect(text).not.toMatch(/A-1/);
  });

  it("a coordinator's meeting cancel gets the refusal naming who may", async () => {
    const text = await say("Malgorzata Hauge", "meeting cancel");
    expect(text).toMatch(/Only the Presidency or the secretariat may/);
    expect(text).not.toMatch(/don't know/i);
  });

  it("status of a country with no coalition says so, with the coalitions on record", async () => {
    const text = await say("Malgorzata Hauge", "status Switzerland");
    expect(text).toMatch(/^There is no country coalition for "Switzerland"\. Coalitions on record: Lao PDR/);
    expect(text).not.toMatch(/“/);
  });

  it("'who' followed by a verb is a question, not the who command with a verb for a name", async () => {
    // the who command read "leads on laos" as a name: "Lao PDR … does not sit on the committee"
    const leads = await say("Malgorzata Hauge", "who leads on laos");
    expect(leads).not.toMatch(/does not sit on the committee/);
    expect(leads).toMatch(/Lao PDR/);
    // and a typo the question engine reads, which the command refused
    expect(await say("Malgorzata Hauge", "who coordinates victim asistance")).toMatch(/Victim Assistance/i);
    // the command itself is unchanged
    expect(await say("Malgorzata Hauge", "who victim assistance")).toMatch(/Victim Assistance/i);
  });

  it("'action' followed by a word that is not add or done is a question about action items", async () => {
    const text = await say("Malgorzata Hauge", "action items of the ISU");
    expect(text).not.toMatch(/is not a command/);
    expect(text).toMatch(/ISU-CCM|A-\d/);
  });

  it("a bare visibility gets its usage line", async () => {
    const text = await say("Sheila Mweemba", "visibility");
    expect(text).toMatch(/Usage: visibility/);
    expect(text).not.toMatch(/“/);
  });

  it("the secretariat's updates is the updates overview", async () => {
    const text = await say("Sheila Mweemba", "updates");
    expect(text).toMatch(/^Updates for the meeting of Wednesday 7 December 2016/);
  });
});

describe("text that is not a command", () => {
  it("a single common word gets no quote that merely contains it", async () => {
    const text = await say("Malgorzata Hauge", "clear");
    expect(text).toMatch(/^I don't know that/);
    expect(text).not.toMatch(/“/);
  });
});

describe("a long listing", () => {
  it("names its first 20 items and says how to narrow it", async () => {
    const { committeeId } = await store.db.actionItem.findFirstOrThrow({ where: { number: 1 } });
    const norway = await store.db.delegation.findFirstOrThrow({ where: { name: "Norway" } });
    const at = new Date("2016-11-21T08:00:00Z");
    for (let number = 101; number <= 125; number++) {
      await store.db.actionItem.create({
        data: {
          committeeId,
          number,
          text: `Listing item ${number}`,
          dueKind: "none",
          createdAt: at,
          owners: { create: [{ delegationId: norway.id, ownerKey: `delegation:${norway.id}` }] },
        },
      });
    }
    const text = await say("Malgorzata Hauge", "actions Norway");
    expect(text).toMatch(/^27 open action items for Norway\./);
    expect(text.match(/^- A-\d+ /gm)).toHaveLength(20);
    expect(text).toMatch(/The first 20 of 27 by number\. Narrow the list/);
  });
});

describe("help", () => {
  it("lists what the asker may do, and help all the rest", async () => {
    const observer = await say("Amélie Chayer", "help");
    expect(observer).toMatch(/Commands you can use:/);
    expect(observer).toMatch(/^- status \[coalition\]/m);
    expect(observer).not.toMatch(/^- meeting cancel/m);
    expect(observer).not.toMatch(/^- link @user/m);
    expect(observer).not.toMatch(/^- action add/m);
    expect(observer).toMatch(/more commands are for other roles: "help all" lists them\./);
    expect(await say("Amélie Chayer", "help all")).toMatch(/^- meeting cancel/m);
    const secretariat = await say("Sheila Mweemba", "help");
    expect(secretariat).toMatch(/^- link @user/m);
    expect(secretariat).toMatch(/^- meeting cancel/m);
    expect(await say("Malgorzata Hauge", "help")).toMatch(/^- action add/m);
  });
});

describe("buttons and forms", () => {
  async function replies(who: string, text: string, extra: object = {}): Promise<Reply[]> {
    const person = await store.db.person.findFirstOrThrow({ where: { name: who } });
    return core.handle({
      speaker: { kind: "person", personId: person.id },
      conversation: DM,
      kind: "command",
      text,
      ...extra,
    });
  }
  const buttonsOf = (reply: Reply | undefined, handle: string) =>
    reply?.sections
      ?.flatMap((section) => section.items ?? [])
      .find((item) => item.text.startsWith(`${handle} `))
      ?.buttons?.map((button) => button.label) ?? [];

  it("shows only the buttons the asker may use", async () => {
    // Germany and the ISU-CCM; no area. The secretariat may do both, an observer neither,
    // a coordinator who neither owns it nor coordinates its area neither.
    expect(buttonsOf((await replies("Sheila Mweemba", "actions open"))[0], "A-2")).toEqual([
      "Mark done",
      "Reassign",
    ]);
    expect(buttonsOf((await replies("Amélie Chayer", "actions open"))[0], "A-2")).toEqual([]);
    expect(buttonsOf((await replies("Malgorzata Hauge", "actions open"))[0], "A-2")).toEqual([]);
    // A-4 is owned by all coordinators (Norway among them): Hauge may mark it done.
    expect(buttonsOf((await replies("Malgorzata Hauge", "actions open"))[0], "A-4")).toContain("Mark done");
  });

  it("a reassign form naming an item that does not exist says so", async () => {
    const [reply] = await replies("Sheila Mweemba", "", {
      kind: "submit",
      actionId: "action-reassign-submit",
      values: { action: "A-99", owners: "Norway" },
    });
    expect(reply?.text).toMatch(/A-99 is not an action item/);
    expect(reply?.text).not.toMatch(/older message/);
  });
});
