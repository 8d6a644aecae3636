// The Teams adapter's pure parts: what text a person typed (mentions, markup,
// entities), how a Reply becomes Adaptive Cards (inert text, size limits,
// forms), how card actions are read back, and how connector refusals map to
// DeliveryErrors.
import { describe, expect, it } from "vitest";
import { fileActivities } from "../../adapters/teams/activities.ts";
import { plain, replyCards } from "../../adapters/teams/cards.ts";
import { splitConversationId, teamsIds, typedText } from "../../adapters/teams/identity.ts";
import { deliveryError } from "../../adapters/teams/proactive.ts";
import { executeSubmit, fallbackSubmit } from "../../adapters/teams/submit.ts";
import { privateReply } from "../../src/core/reply.ts";

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
  it("a .docx too large for one Teams message becomes a note instead", () => {
    const [message, ...more] = fileActivities({
      filename: "minutes.docx",
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      content: new Uint8Array(40_000),
    });
    expect(more).toEqual([]);
    expect(message?.attachments).toBeUndefined();
    expect(message?.text).toMatch(/^minutes\.docx is too large to attach in Teams \(40 KB\)/);
  });

  it("a long text document shows the lines that fit and says how many are left", () => {
    const text = Array.from({ length: 2000 }, (_, index) => `line ${index}`).join("\n");
    const [message] = fileActivities({ filename: "minutes.md", mediaType: "text/markdown", content: text });
    expect(JSON.stringify(message).length).toBeLessThan(28_000);
    expect(JSON.stringify(message)).toMatch(/\(\d+ more lines not shown here\)/);
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
