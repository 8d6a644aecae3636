// Access beyond the matrix: workspace and channel bindings (the admin CLI
// included), the record of changes, visibility honoured in channels and DMs,
// and refusals written to the log.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import { buildAgendaDraft } from "../../src/core/drafts/agenda.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, ConversationRef, RequestKind, Speaker } from "../../src/core/request.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { runScript } from "../fixtures/run-script.ts";

const NOW = new Date("2016-11-21T08:00:00Z");
const WS = "T-ACCESS";
const log: string[] = [];
let dir: string;
let url: string;
let store: OpenedStore;
let core: Core;
const userOf: Record<string, string> = {};

const sink = new Writable({
  write(chunk, _encoding, done) {
    log.push(String(chunk));
    done();
  },
});

async function say(
  who: string,
  text: string,
  where: Partial<ConversationRef> & { kind: ConversationRef["kind"] } = { kind: "dm" },
  kind: RequestKind = "command",
  extra: Partial<ChatRequest> = {},
): Promise<Reply[]> {
  const userId = userOf[who];
  if (!userId) throw new Error(`no user for ${who}`);
  const speaker: Speaker = {
    kind: "chat",
    platform: "slack",
    workspaceId: where.id ? (where.id.split(":")[1] ?? WS) : WS,
    userId,
  };
  const conversation: ConversationRef = {
    platform: "slack",
    id: where.id ?? `slack:${WS}:${where.kind === "dm" ? `D${userId}` : "CCOMMITTEE"}`,
    kind: where.kind,
  };
  return core.handle({ speaker, conversation, kind, text, ...extra });
}

const plain = (replies: Reply[]) => replies.map((reply) => renderPlainText(reply)).join("\n");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rapporteur-access-"));
  url = await tempDatabaseUrl(dir, "access");
  const clock = manualClock(NOW);
  store = await prepareStore(url, clock, pino({ level: "silent" }));
  core = createCore({ db: store.db, clock, logger: pino({ level: "info" }, sink) });
  for (const [name, userId] of [
    ["Sheila Mweemba", "USECRETARIAT"],
    ["Amélie Chayer", "UOBSERVER"],
    ["Malgorzata Hauge", "UNORWAY"],
    ["Silvia Cattaneo", "UITALY"],
  ] as const) {
    const person = await store.db.person.findFirstOrThrow({ where: { name } });
    await store.db.chatIdentity.create({
      data: { personId: person.id, platform: "slack", workspaceId: WS, userId },
    });
    userOf[name] = userId;
  }
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("workspace and channel bindings", () => {
  it("binds a workspace to one channel from the admin CLI; other channels are refused, DMs still answered", async () => {
    const env = { DATABASE_URL: url, RAPPORTEUR_NOW: NOW.toISOString() };
    const bound = await runScript("src/admin/cli.ts", ["bind", "slack", WS, "CCOMMITTEE"], "", env);
    expect(bound.stderr).toBe("");
    expect(bound.stdout).toBe(`Bound slack ${WS} channel CCOMMITTEE.\n`);
    expect(bound.code).toBe(0);
    const listed = await runScript("src/admin/cli.ts", ["bindings"], "", env);
    expect(listed.stdout).toMatch(new RegExp(`^slack ${WS} channel CCOMMITTEE, bound `));

    const elsewhere = await say("Amélie Chayer", "status Lao PDR", {
      kind: "channel",
      id: `slack:${WS}:CRANDOM`,
    });
    expect(plain(elsewhere)).toMatch(
      /^This channel is not one the committee uses with me, so nothing was read/,
    );
    expect(plain(elsewhere)).toContain(`npm run admin -- bind slack ${WS} CRANDOM`);
    expect(plain(await say("Amélie Chayer", "status Lao PDR", { kind: "channel" }))).toContain(
      "Country coalition: Lao PDR",
    );
    expect(plain(await say("Amélie Chayer", "status Lao PDR"))).toContain("Country coalition: Lao PDR");
    expect(log.join("")).toMatch(/"reason":"channel".*"msg":"refused: not bound to the committee"/);

    const bad = await runScript("src/admin/cli.ts", ["bind", "irc", WS], "", env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Platform must be slack or teams; got "irc".\n');
    const unbound = await runScript("src/admin/cli.ts", ["unbind", "slack", WS, "CCOMMITTEE"], "", env);
    expect(unbound.stdout).toBe(`Unbound slack ${WS} channel CCOMMITTEE.\n`);
    // Without bindings, the accounts linked in it admit the workspace again.
    expect(
      plain(await say("Amélie Chayer", "status Lao PDR", { kind: "channel", id: `slack:${WS}:CRANDOM` })),
    ).toContain("Country coalition: Lao PDR");
  }, 60_000);
});

describe("visibility", () => {
  it("keeps a coalition restricted to coordinators from an observer, and out of the channel", async () => {
    const set = await say("Sheila Mweemba", "visibility Lao PDR coordinators");
    expect(plain(set)).toBe(
      "The Lao PDR coalition's record is now kept to coordinators, the Presidency and the secretariat.",
    );
    const refused = await say("Amélie Chayer", "status Lao PDR");
    expect(plain(refused)).toBe(
      "The Lao PDR coalition's record is kept to coordinators, the Presidency and the secretariat; you are registered as observer.",
    );
    expect(log.join("")).toMatch(/"visibility":"coordinators".*"msg":"refused"/);
    const overview = plain(await say("Amélie Chayer", "coalitions"));
    expect(overview).not.toContain("Lao PDR");

    // A coordinator may read it, but in the channel the answer comes privately with a public note.
    const asked = await say("Malgorzata Hauge", "where are we with Laos?", { kind: "channel" }, "message");
    const publicOnes = asked.filter((reply) => reply.visibility === "public");
    expect(publicOnes.map((reply) => reply.text)).toEqual([
      "I've answered Ms. Malgorzata Hauge privately: the Lao PDR coalition's record is kept to coordinators, the Presidency and the secretariat.",
    ]);
    expect(plain(asked.filter((reply) => reply.visibility === "private"))).toContain("Lao PDR");
    const status = await say("Malgorzata Hauge", "status Lao PDR");
    expect(status[0]?.buttons ?? []).toEqual([]);
    const shared = await say("Malgorzata Hauge", "status Lao PDR", { kind: "channel" }, "submit", {
      actionId: "share",
    });
    expect(plain(shared)).toMatch(
      /^I can't share that in the channel: the Lao PDR coalition's record is kept to/,
    );
    expect(shared.every((reply) => reply.visibility === "private")).toBe(true);
    await say("Sheila Mweemba", "visibility Lao PDR committee");
  });

  it("keeps an update restricted by its author out of others' answers and out of the agenda draft", async () => {
    const submitted = await say(
      "Silvia Cattaneo",
      "update VA: Italy will fund a survivor network in Lebanon.",
    );
    expect(plain(submitted)).toContain("Thank you. Your update on Victim Assistance");
    const restricted = await say("Silvia Cattaneo", "visibility update VA secretariat");
    expect(plain(restricted)).toBe(
      "The Victim Assistance update for the next meeting is now kept to the secretariat.",
    );
    const asked = plain(await say("Malgorzata Hauge", "what did Italy report?", { kind: "dm" }, "message"));
    expect(asked).not.toContain("survivor network");
    expect(asked).toContain("kept to the secretariat");
    const dir = await loadDirectory(store.db);
    const meeting = await store.db.meeting.findFirstOrThrow({
      where: { startsAt: { gt: NOW } },
      orderBy: { startsAt: "asc" },
    });
    const draft = await buildAgendaDraft(dir, await loadRecords(store.db, dir.committee.id), meeting, NOW);
    const notes = draft.items.flatMap((item) => item.notes).join("\n");
    expect(notes).not.toContain("survivor network");
    expect(notes).toContain(
      "Update received from Italy: its text is kept to the secretariat and is not summarised here.",
    );
  });
});

describe("the record of changes", () => {
  it("shows who changed an action item, as which account, with before and after", async () => {
    const added = plain(
      await say(
        "Malgorzata Hauge",
        "action add Circulate the Lebanon workshop report owner Norway due next meeting",
      ),
    );
    const handle = /Recorded (A-\d+)/.exec(added)?.[1];
    expect(handle).toBeDefined();
    await say("Malgorzata Hauge", `action done ${handle}`);
    const history = plain(await say("Sheila Mweemba", `history ${handle}`));
    expect(history).toContain(`Record of changes to ${handle}.`);
    expect(history).toMatch(
      /action\.done by Ms\. Malgorzata Hauge \(Norway\) via slack UNORWAY\n\s*status: "?open"? → "?done"?/,
    );
    expect(history).toMatch(/action\.add by Ms\. Malgorzata Hauge \(Norway\) via slack UNORWAY/);
    expect(history.indexOf("action.done")).toBeLessThan(history.indexOf("action.add"));
    const observer = plain(await say("Amélie Chayer", `history ${handle}`));
    expect(observer).toMatch(
      /^Only the Presidency, the secretariat or coordinators may read the record of changes;/,
    );
    const coalition = plain(await say("Sheila Mweemba", "history Lao PDR"));
    expect(coalition).toContain(
      "coalition.visibility by Ms. Sheila Mweemba (ISU-CCM) via slack USECRETARIAT",
    );
    const unknown = plain(await say("Sheila Mweemba", "history the moon"));
    expect(unknown).toMatch(/^"the moon" is not an action item, a coalition or a meeting I know/);
  });
});
