// The Teams adapter's pure parts: what text a person typed (mentions, markup,
// entities), how a Reply becomes Adaptive Cards (inert text, size limits,
// forms, valid for Microsoft's own parser), how documents are offered, how
// card actions are read back, and how connector refusals map to DeliveryErrors.
import { describe, expect, it } from "vitest";
import { replyActivities } from "../../adapters/teams/activities.ts";
import { plain, replyCards } from "../../adapters/teams/cards.ts";
import { FILE_CONSENT_TYPE, fileOffer } from "../../adapters/teams/files.ts";
import { splitConversationId, teamsIds, typedText } from "../../adapters/teams/identity.ts";
import { deliveryError } from "../../adapters/teams/proactive.ts";
import { executeSubmit, fallbackSubmit } from "../../adapters/teams/submit.ts";
import { manualClock } from "../../src/clock.ts";
import { privateReply, type Reply } from "../../src/core/reply.ts";
import { sharedFiles } from "../../src/http/shared-files.ts";
import { cardProblems } from "../fixtures/adaptive-cards.ts";

const bot = { id: "28:bot", name: "Rapporteur" };

describe("typed text", () => {
  it("strips the bot's own mention and Teams' markup, keeping other mentions as @names", () => {
    const activity = {
      text: "<at>Rapporteur</at>&nbsp;link <at>Maria Hauge</at> Hauge &amp; co\n",
      recipient: bot,
      entities: [
        { type: "mention", text: "<at>Rapporteur</at>", mentioned: bot },
        { type: "mention", text: "<at>Maria Hauge</at>", mentioned: { id: "29:maria", name: "Maria Hauge" } },
      ],
    };
    expect(typedText(activity)).toBe("link @Maria Hauge Hauge & co");
  });

  it("leaves a personal-chat command alone", () => {
    expect(typedText({ text: "status Lao PDR", recipient: bot })).toBe("status Lao PDR");
  });

  it("splits a channel thread id off the conversation id", () => {
    expect(splitConversationId("19:abc@thread.tacv2;messageid=1479715200000")).toEqual({
      conversationId: "19:abc@thread.tacv2",
      threadId: "1479715200000",
    });
    const ids = teamsIds({
      from: { id: "29:x", name: "X", aadObjectId: "aad" },
      conversation: { id: "a:1", conversationType: "personal", tenantId: "t", isGroup: false, name: "" },
    });
    expect(ids).toEqual({ tenantId: "t", userId: "aad", conversationId: "a:1", kind: "dm" });
  });
});

describe("cards", () => {
  it("drops control and invisible format characters", () => {
    expect(plain("a\u202Eb\u200Bc\u0007d\ne")).toBe("abcd\ne");
  });

  it("puts text into TextRuns only, never markdown TextBlocks", () => {
    const [card] = replyCards(
      privateReply("**bold** [link](https://evil.example) <at>Everyone</at>", {
        title: "T",
        sections: [{ fields: [{ label: "Phase", value: "_idea_" }] }],
      }),
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('"TextBlock"');
    expect(json).toContain("**bold** [link](https://evil.example) <at>Everyone</at>");
    expect(json).not.toContain('"entities"');
  });

  it("splits a long reply over several cards, keeping the buttons on the last", () => {
    const items = Array.from({ length: 400 }, (_, index) => ({ text: `A-${index} ${"x".repeat(80)}` }));
    const cards = replyCards(
      privateReply("400 items.", {
        sections: [{ items }],
        buttons: [{ actionId: "share", label: "Share", value: "actions all" }],
      }),
    );
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(JSON.stringify(card.body).length).toBeLessThan(25_000);
    expect(cards.at(-1)?.actions).toHaveLength(1);
    expect(cards[0]?.actions).toBeUndefined();
  });

  it("renders a form's fields as inputs with the error right after its field", () => {
    const [card] = replyCards(
      privateReply("Owners is required.", {
        form: {
          id: "action-add-submit",
          title: "Add action item",
          submitLabel: "Add",
          fields: [
            { id: "text", label: "Action item", kind: "multiline", required: true, initial: "Do it" },
            {
              id: "owners",
              label: "Owners",
              kind: "select",
              multiple: true,
              options: [{ value: "delegation:1", label: "Norway" }],
              error: "Owners is required.",
            },
            { id: "dueDate", label: "Due date", kind: "date" },
          ],
        },
      }),
    );
    const body = card?.body ?? [];
    const owners = body.findIndex((element) => element.id === "owners");
    expect(body[owners]).toMatchObject({ type: "Input.ChoiceSet", isMultiSelect: true });
    expect(JSON.stringify(body[owners + 1])).toContain("Owners is required.");
    expect(body.find((element) => element.id === "text")).toMatchObject({
      type: "Input.Text",
      isMultiline: true,
      isRequired: true,
      value: "Do it",
    });
    expect(body.find((element) => element.id === "dueDate")).toMatchObject({ type: "Input.Date" });
    expect(card?.actions?.[0]).toMatchObject({ type: "Action.Execute", verb: "action-add-submit" });
  });
});

describe("documents", () => {
  const shared = sharedFiles({
    clock: manualClock(new Date()),
    publicUrl: "https://rapporteur.example.org/",
  });
  const offer = fileOffer(shared);
  const agenda = privateReply("Agenda", {
    title: "Agenda",
    files: [
      {
        filename: "agenda_2016-12-05.docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        content: new Uint8Array(40_000),
        title: "Agenda of 5 December 2016",
      },
      { filename: "agenda_2016-12-05.md", mediaType: "text/markdown", content: "# Agenda" },
    ],
  });

  it("in a personal chat, offers the Word file with a consent card and leaves the Markdown out", () => {
    const [, consent, ...more] = replyActivities(agenda, { files: { offer, personal: true } });
    expect(more).toEqual([]);
    const [attachment] = consent?.attachments ?? [];
    expect(attachment).toMatchObject({
      contentType: FILE_CONSENT_TYPE,
      name: "agenda_2016-12-05.docx",
      content: { description: "Agenda of 5 December 2016", sizeInBytes: 40_000 },
    });
    const content = attachment?.content as { acceptContext: { file: string } } | undefined;
    expect(shared.get(content?.acceptContext.file ?? "")?.content.length).toBe(40_000);
  });

  it("in a channel, a card links the Word file on the bot's server", () => {
    const [, link, ...more] = replyActivities(agenda, { files: { offer, personal: false } });
    expect(more).toEqual([]);
    expect(link).toMatchObject({ text: "agenda_2016-12-05.docx", textFormat: "plain" });
    const card = link?.attachments?.[0]?.content as Record<string, unknown>;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain('"text":"40 KB; the link works for 24 hours."');
    const [download] = card.actions as { type: string; url: string }[];
    expect(download?.type).toBe("Action.OpenUrl");
    expect(download?.url).toMatch(
      /^https:\/\/rapporteur\.example\.org\/files\?id=[0-9a-f]{32}&exp=\d+&sig=[\w-]+$/,
    );
  });

  it("without a way to offer files, a reply is its card alone (a card replaced in place)", () => {
    expect(replyActivities(agenda)).toHaveLength(1);
  });
});

describe("Microsoft's Adaptive Cards parser (1.5)", () => {
  const replies: Reply[] = [
    privateReply("Status", {
      title: "Country coalition: Lao PDR",
      sections: [
        {
          title: "Phase",
          text: "Tested\nat seminars",
          fields: [{ label: "Lead", value: "none" }],
          items: [
            {
              text: "A-1 Circulate",
              detail: "Owners: Norway",
              buttons: [
                { actionId: "action-done", label: "Mark done", value: "A-1", style: "primary" },
                { actionId: "open-form", label: "Reassign", value: "reassign A-1", style: "danger" },
              ],
            },
          ],
          context: "Last updated 4 November 2016.",
        },
      ],
      buttons: [{ actionId: "share", label: "Share in channel", value: "status" }],
    }),
    privateReply("Reassign A-1", {
      form: {
        id: "reassign-submit",
        title: "Reassign A-1",
        submitLabel: "Reassign",
        fields: [
          { id: "text", label: "Text", kind: "text", hint: "one line", initial: "x" },
          { id: "notes", label: "Notes", kind: "multiline" },
          {
            id: "owners",
            label: "Owners",
            kind: "select",
            multiple: true,
            required: true,
            options: Array.from({ length: 20 }, (_, index) => ({ value: `d:${index}`, label: `D${index}` })),
            error: "Choose the owners from the list.",
            hint: "one or more",
          },
          { id: "due", label: "Due", kind: "date", initial: "2016-12-05", hint: "yyyy-mm-dd" },
        ],
      },
    }),
  ];

  it("finds nothing to refuse in any kind of card the adapter makes", () => {
    const cards = replies.flatMap((reply) => [
      ...replyCards(reply),
      ...replyCards(reply, { note: "Private." }),
    ]);
    for (const card of cards) expect(cardProblems(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
  });

  it("would notice a card it refuses", () => {
    expect(cardProblems({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Bogus" }] })).not.toEqual([]);
  });
});

describe("card actions read back", () => {
  it("reads Action.Execute verb, button value and inputs", () => {
    expect(
      executeSubmit({
        action: {
          type: "Action.Execute",
          verb: "action-add-submit",
          data: { text: "x", owners: ["a", "b"], n: 3 },
        },
      }),
    ).toEqual({ actionId: "action-add-submit", text: "", values: { text: "x", owners: "a,b", n: "3" } });
    expect(executeSubmit({ action: { type: "Action.Submit", verb: "x" } })).toBeNull();
  });

  it("reads an Action.Submit value only when it carries a verb", () => {
    expect(fallbackSubmit({ verb: "action-done", value: "A-3" })).toEqual({
      actionId: "action-done",
      text: "A-3",
      values: {},
    });
    expect(fallbackSubmit({ value: "A-3" })).toBeNull();
    expect(fallbackSubmit("text")).toBeNull();
  });
});

describe("connector refusals", () => {
  const rest = (statusCode: number, retryAfter?: string) => ({
    statusCode,
    code: "X",
    response: { headers: { get: (name: string) => (name === "retry-after" ? retryAfter : undefined) } },
  });

  it("403 and 404 are permanent; 429 and 5xx are not, and carry Retry-After", () => {
    expect(deliveryError(rest(403))).toMatchObject({ permanent: true });
    expect(deliveryError(rest(404))).toMatchObject({ permanent: true });
    expect(deliveryError(rest(429, "7"))).toMatchObject({ permanent: false, retryAfterMs: 7000 });
    expect(deliveryError(rest(503))).toMatchObject({ permanent: false, retryAfterMs: 60_000 });
    expect(deliveryError(rest(400))).toMatchObject({ permanent: false });
    expect(deliveryError(new Error("socket hang up"))).toMatchObject({ permanent: false });
  });
});
