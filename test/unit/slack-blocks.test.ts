// Block Kit rendering: escaping of user text, Slack's limits, pagination.
import { describe, expect, it } from "vitest";
import { LIMITS, readOverflowValue, renderMessages } from "../../adapters/slack/blocks.ts";
import { escapeMrkdwn, splitText } from "../../adapters/slack/mrkdwn.ts";
import { modalView, readViewValues, viewErrors } from "../../adapters/slack/views.ts";
import type { Reply } from "../../src/core/reply.ts";

describe("mrkdwn escaping", () => {
  it("escapes &, < and > and defuses broadcasts typed as text", () => {
    const out = escapeMrkdwn(
      "<!channel> <!here|here> <@U123> & @here @channel @everyone <https://evil|click>",
    );
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain("&lt;!channel&gt;");
    expect(out).toContain("&amp;");
    expect(out).not.toMatch(/@(here|channel|everyone)/);
  });

  it("never splits an escape when it has to cut a long word", () => {
    const pieces = splitText(`${"a".repeat(2998)}&amp;b`, 3000);
    expect(pieces.every((piece) => !/&[a-z]{0,3}$/.test(piece))).toBe(true);
    expect(pieces.join("")).toBe(`${"a".repeat(2998)}&amp;b`);
  });
});

describe("replies as Block Kit", () => {
  const many: Reply = {
    visibility: "private",
    text: "120 open action items.",
    sections: [
      {
        items: Array.from({ length: 120 }, (_, i) => ({
          text: `A-${i + 1} Item ${i + 1}`,
          detail: "Owners: Norway",
          buttons: [
            { actionId: "action-done", label: "Mark done", value: `A-${i + 1}` },
            { actionId: "action-reassign", label: "Reassign", value: `A-${i + 1}` },
          ],
        })),
      },
    ],
  };

  it("paginates long lists at 50 blocks a message instead of failing", () => {
    const messages = renderMessages(many);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages)
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    const texts = messages.flatMap((m) => m.blocks).map((b) => JSON.stringify(b));
    expect(texts.filter((t) => t.includes("Item 120")).length).toBe(1);
    expect(messages[1]?.text).toMatch(/\(2\/\d\)$/);
  });

  it("puts several buttons of an item in an overflow menu whose value carries the core action", () => {
    const [first] = renderMessages(many);
    const item = first?.blocks.find((b) => JSON.stringify(b).includes("Item 1*"));
    const accessory = (item as { accessory?: { type: string; options: { value: string }[] } }).accessory;
    expect(accessory?.type).toBe("overflow");
    expect(readOverflowValue(accessory?.options[1]?.value ?? "")).toEqual({
      actionId: "action-reassign",
      value: "A-1",
    });
  });

  it("splits a text longer than a section can hold", () => {
    const reply: Reply = {
      visibility: "public",
      text: "Minutes",
      sections: [{ text: "word ".repeat(2000) }],
    };
    const blocks = renderMessages(reply).flatMap((m) => m.blocks);
    const sections = blocks.filter((b) => b.type === "section") as { text: { text: string } }[];
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
  });

  it("breaks pages only between items: a heading stays with its text and a long item is never cut", () => {
    // 30 sections of a heading and 1 text block (+ a divider): the 50-block cut
    // would fall inside the 17th section; each item of the second list takes 3 blocks.
    const reply: Reply = {
      visibility: "private",
      text: "Minutes",
      sections: [
        ...Array.from({ length: 30 }, (_, i) => ({ title: `Item ${i + 1}`, text: `Text of item ${i + 1}.` })),
        {
          title: "Annex",
          items: Array.from({ length: 20 }, (_, i) => ({
            text: `Entry ${i + 1}`,
            detail: "x ".repeat(2000),
          })),
        },
      ],
    };
    const messages = renderMessages(reply);
    expect(messages.length).toBeGreaterThan(2);
    for (const [index, message] of messages.entries()) {
      const texts = message.blocks.map((b) =>
        "text" in b && b.text && typeof b.text === "object" ? b.text.text : b.type,
      );
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(message.blocks[0]?.type, `page ${index + 1} opens with a divider`).not.toBe("divider");
      if (index > 0) expect(texts[0]).toMatch(/^(\*Item \d+\*|\*Annex\*|\*Entry \d+\*)/);
      const last = texts.at(-1) ?? "";
      expect(last, `page ${index + 1} ends with a heading`).not.toMatch(/^\*(Item \d+|Annex)\*$/);
      expect(last).not.toMatch(/^\*Entry \d+\*/);
    }
    const all = messages.flatMap((m) => m.blocks);
    expect(all.filter((b) => JSON.stringify(b).includes("Text of item 17.")).length).toBe(1);
  });

  it("keeps fields at 10 a section", () => {
    const reply: Reply = {
      visibility: "public",
      text: "Fields",
      sections: [{ fields: Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `V${i}` })) }],
    };
    const withFields = renderMessages(reply)
      .flatMap((m) => m.blocks)
      .filter((b) => "fields" in b) as { fields: unknown[] }[];
    expect(withFields.map((b) => b.fields.length)).toEqual([10, 10, 3]);
  });
});

describe("modals", () => {
  const form = {
    id: "action-add-submit",
    title: "Add action item with a very long title",
    submitLabel: "Add",
    fields: [
      { id: "text", label: "Action item", kind: "multiline" as const, required: true },
      {
        id: "owners",
        label: "Owners",
        kind: "select" as const,
        multiple: true,
        options: [{ value: "delegation:1", label: "Norway" }],
        initial: "delegation:1",
      },
      { id: "dueDate", label: "Due date", kind: "date" as const, error: "That date is past." },
    ],
  };

  it("builds input blocks keyed by field id within Slack's title limit", () => {
    const view = modalView(form, { channelId: "C1" });
    expect(view.callback_id).toBe("action-add-submit");
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((b) => ("block_id" in b ? b.block_id : ""))).toEqual([
      "text",
      "owners",
      "dueDate",
    ]);
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ channelId: "C1" });
  });

  it("reads submitted values back and lists field errors", () => {
    expect(
      readViewValues({
        text: { value: { type: "plain_text_input", value: "Do it" } },
        owners: {
          value: {
            type: "multi_static_select",
            selected_options: [{ value: "delegation:1" }, { value: "person:2" }],
          },
        },
        dueDate: { value: { type: "datepicker", selected_date: "2016-12-07" } },
      }),
    ).toEqual({ text: "Do it", owners: "delegation:1,person:2", dueDate: "2016-12-07" });
    expect(viewErrors(form)).toEqual({ dueDate: "That date is past." });
  });
});
