// Documents in Teams, through the real POST /api/messages and a fake Bot
// Connector: in a personal chat a file consent card, then on "Allow" the Word
// file PUT to the upload URL and a file info card, on "Decline" a short note;
// in a channel a card whose Download link the bot's own server answers
// (signed, expiring). Markdown source is never sent. And a button's answer
// replaces its card or is posted, never both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_CONSENT_TYPE, FILE_INFO_TYPE } from "../../adapters/teams/files.ts";
import { LINK_LIFETIME_MS } from "../../src/http/shared-files.ts";
import {
  channelMention,
  executeInvoke,
  fileConsentInvoke,
  personalMessage,
  teamsUser,
} from "../fixtures/teams-activities.ts";
import { cardActions, cardOf, cardTexts, readable, startTeams, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, unknown>;

const mweemba = teamsUser("Sheila Mweemba", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
const PUBLIC_URL = "https://rapporteur.example.org";
let h: TeamsHarness;
let url = "";

beforeAll(async () => {
  h = await startTeams({ RAPPORTEUR_PUBLIC_URL: PUBLIC_URL });
  url = h.connector.url;
  await h.link(mweemba, "Sheila Mweemba");
}, 60_000);

afterAll(async () => {
  await h.close();
});

async function send(activity: unknown): Promise<{ body: Json; sent: Json[] }> {
  const before = h.connector.calls.length;
  const response = await h.post(activity);
  expect(response.status).toBe(200);
  return {
    body: (response.body ?? {}) as Json,
    sent: h.connector.calls.slice(before).map((call) => call.body),
  };
}

const attachmentsOf = (sent: Json[]) => sent.flatMap((activity) => (activity.attachments ?? []) as Json[]);

/** The consent card's accept context from the agenda asked for in a personal chat. */
async function consentOffer(): Promise<Json> {
  const { sent } = await send(personalMessage(url, mweemba, "agenda"));
  const consent = attachmentsOf(sent).find((attachment) => attachment.contentType === FILE_CONSENT_TYPE);
  return consent?.content as Json;
}

describe("in a personal chat", () => {
  it("offers the agenda's Word file by consent card, and sends neither Markdown nor a data: URL", async () => {
    const { sent } = await send(personalMessage(url, mweemba, "agenda"));
    const attachments = attachmentsOf(sent);
    const consent = attachments.find((attachment) => attachment.contentType === FILE_CONSENT_TYPE);
    expect(String(consent?.name)).toMatch(/\.docx$/);
    expect((consent?.content as Json | undefined)?.sizeInBytes).toBeGreaterThan(1000);
    expect(JSON.stringify(sent)).not.toMatch(/\.md"|data:/);
  });

  it("on Allow, puts the file at the upload URL and posts a file info card", async () => {
    const offer = await consentOffer();
    const { sent } = await send(fileConsentInvoke(url, mweemba, "accept", offer.acceptContext));
    const upload = h.connector.uploads["agenda.docx"];
    expect(upload?.body.subarray(0, 2).toString()).toBe("PK");
    expect(upload?.range).toBe(`bytes 0-${(upload?.body.length ?? 0) - 1}/${upload?.body.length}`);
    expect(upload?.body.length).toBe(offer.sizeInBytes);
    expect(attachmentsOf(sent)).toEqual([
      {
        contentType: FILE_INFO_TYPE,
        contentUrl: expect.stringMatching(/^https:\/\/ccm-my\.sharepoint\.com\/.*agenda\.docx$/),
        name: "agenda.docx",
        content: { uniqueId: "1150D938-8870-4044-9F2C-5BBDEBA70C9D", fileType: "docx" },
      },
    ]);
    // Once uploaded, the held copy is gone: a second Allow says so.
    const again = await send(fileConsentInvoke(url, mweemba, "accept", offer.acceptContext));
    expect(readable(again.sent[0] ?? {})).toMatch(/no longer held/);
  });

  it("on Decline, says so in one line and uploads nothing", async () => {
    const offer = await consentOffer();
    delete h.connector.uploads["agenda.docx"];
    const { sent } = await send(fileConsentInvoke(url, mweemba, "decline", offer.declineContext));
    expect(sent.map(readable)).toEqual([expect.stringMatching(/^All right, I won't send .+\.docx\.$/)]);
    expect(h.connector.uploads["agenda.docx"]).toBeUndefined();
  });

  it("the Agenda draft button replaces its card with the agenda and posts only the file", async () => {
    const { body, sent } = await send(executeInvoke(url, mweemba, "personal", { verb: "agenda", data: {} }));
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardTexts(body.value).join("\n")).toMatch(/Agenda for the meeting of/);
    expect(sent).toHaveLength(1);
    expect(cardOf(sent[0] ?? {})).toBeUndefined();
    expect(attachmentsOf(sent).map((attachment) => attachment.contentType)).toEqual([FILE_CONSENT_TYPE]);
  });
});

describe("in a channel", () => {
  it("a public answer's calendar file is a Download card; the link serves the file until it expires", async () => {
    const { sent } = await send(
      channelMention(url, mweemba, "meeting schedule 2016-12-14 10:00 Palais des Nations confirm"),
    );
    const linkCard = sent
      .map((activity) => cardOf(activity))
      .find((card) => card && cardActions(card).some((a) => a.type === "Action.OpenUrl"));
    expect(linkCard, JSON.stringify(sent).slice(0, 500)).toBeDefined();
    const link = String(cardActions(linkCard ?? {})[0]?.url);
    expect(link.startsWith(`${PUBLIC_URL}/files?`)).toBe(true);
    const local = `${h.url}${link.slice(PUBLIC_URL.length)}`;
    const file = await fetch(local);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename=".+"/);
    expect(await file.text()).toMatch(/^BEGIN:VCALENDAR/);
    expect((await fetch(local.replace(/sig=[^&]+/, "sig=forged"))).status).toBe(403);
    h.clock.advance(LINK_LIFETIME_MS + 1);
    const expired = await fetch(local);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/expired/);
  });
});
