// A minutes document sent to the bot in a Teams personal chat: the real
// POST /api/messages, the file fetched from its downloadUrl (served by the
// fake connector), the candidates as a card with Action.Execute buttons, and
// a press recording one of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_DOWNLOAD_INFO } from "../../adapters/teams/uploads.ts";
import { parseMinutes } from "../../src/minutes/import/parse.ts";
import { executeInvoke, personalMessage, type TeamsUser, teamsUser } from "../fixtures/teams-activities.ts";
import { cardActions, cardOf, cardTexts, readable, startTeams, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, unknown>;

const MINUTES = readFileSync(join(import.meta.dirname, "../fixtures/minutes/2016-11-04-seed.txt"), "utf8");
const hauge = teamsUser("Malgorzata Hauge", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");

let h: TeamsHarness;
let url = "";

beforeAll(async () => {
  h = await startTeams();
  url = h.connector.url;
  h.connector.files["minutes-4-nov.txt"] = MINUTES;
  await h.link(hauge, "Malgorzata Hauge");
  await h.link(mweemba, "Sheila Mweemba");
}, 60_000);

afterAll(async () => {
  await h.close();
});

/** A file sent in personal chat, as Teams delivers it: a download-info attachment. */
function fileMessage(user: TeamsUser, name: string) {
  return {
    ...personalMessage(url, user, ""),
    attachments: [
      {
        contentType: FILE_DOWNLOAD_INFO,
        contentUrl: `https://ccm.sharepoint.com/personal/files/${name}`,
        name,
        content: {
          downloadUrl: `${url}files/${name}`,
          uniqueId: "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
          fileType: name.split(".").pop(),
        },
      },
    ],
  };
}

async function send(activity: Json): Promise<Json[]> {
  const before = h.connector.calls.length;
  const response = await h.post(activity);
  expect(response.status).toBe(200);
  return h.connector.calls.slice(before).map((call) => call.body);
}

async function press(verb: string, value: string): Promise<string> {
  const response = await h.post(executeInvoke(url, mweemba, "personal", { verb, data: { value } }));
  expect(response.status).toBe(200);
  return cardTexts((response.body as Json).value).join("\n");
}

describe("Teams: a minutes document sent to the bot", () => {
  it("the secretariat gets the candidates with buttons; Record creates the action item with its audit row", async () => {
    const [reply] = await send(fileMessage(mweemba, "minutes-4-nov.txt"));
    const text = readable(reply ?? {});
    expect(text).toMatch(/Friday 4 November 2016, 10:00–11:30/);
    expect(text).toMatch(/19 delegations/);
    const actions = cardActions(cardOf(reply ?? {}) ?? {});
    expect(actions.map((action) => action.title)).toEqual(expect.arrayContaining(["Record all"]));
    const index = parseMinutes(MINUTES).actionCandidates.findIndex(
      (candidate) => candidate.text === "collaborate as appropriate",
    );
    const record = actions.find(
      (action) =>
        action.verb === "import-candidate" && String((action.data as Json).value).endsWith(`:${index}`),
    );
    expect(record?.title).toBe("Record");
    expect(await h.db.actionItem.count({ where: { text: "collaborate as appropriate" } })).toBe(0);

    expect(await press("import-candidate", String((record?.data as Json | undefined)?.value))).toMatch(
      /Recorded A-\d+: collaborate as appropriate/,
    );
    const action = await h.db.actionItem.findFirstOrThrow({
      where: { text: "collaborate as appropriate" },
      include: { owners: { include: { delegation: true } } },
    });
    expect(action.owners.map((owner) => owner.delegation?.name)).toEqual(["Costa Rica"]);
    const audit = await h.db.auditEvent.findFirst({
      where: { action: "action.add", entity: "action", entityId: String(action.number) },
    });
    expect(audit?.platform).toBe("teams");
  });

  it("Record all records the rest once each and lists those it could not", async () => {
    // other clients send a small text file inline
    const [reply] = await send({
      ...personalMessage(url, mweemba, ""),
      attachments: [{ contentType: "text/plain", name: "minutes.md", content: MINUTES }],
    });
    const all = cardActions(cardOf(reply ?? {}) ?? {}).find((action) => action.title === "Record all");
    const before = await h.db.actionItem.count();
    const answer = await press("import-all", String((all?.data as Json | undefined)?.value));
    const total = parseMinutes(MINUTES).actionCandidates.length;
    const recorded = Number(/Recorded (\d+) of (\d+)/.exec(answer)?.[1]);
    expect(answer).toContain(`of ${total} candidate action items`);
    expect(answer).toMatch(/Already recorded as A-\d+: collaborate as appropriate/);
    expect(await h.db.actionItem.count()).toBe(before + recorded);
    expect(recorded).toBeGreaterThan(0);
  });

  it("refuses a coordinator, naming who may import minutes", async () => {
    const [reply] = await send(fileMessage(hauge, "minutes-4-nov.txt"));
    expect(readable(reply ?? {})).toMatch(/may import minutes/);
    expect(readable(reply ?? {})).toMatch(/secretariat/);
  });

  it("refuses a PDF, naming the formats it reads", async () => {
    const [reply] = await send(fileMessage(mweemba, "minutes.pdf"));
    expect(readable(reply ?? {})).toMatch(/plain text \(\.txt\) or Markdown \(\.md\)/);
  });
});
