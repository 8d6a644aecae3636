// What counts as an injection, precisely, and the check of one reply against
// both renderers.
//
// Slack: a reply becomes Block Kit whose mrkdwn text objects (and the message's
// fallback `text`, also mrkdwn) Slack parses for control sequences: `<!channel>`,
// `<!here>`, `<!everyone>`, `<@U…>`, `<#C…>`, `<!subteam^…>`, `<http…|…>`.
// Every one of them needs a raw `<`, and the renderer never writes one of its
// own (a Reply is plain text; everything goes through escapeMrkdwn). So in a
// mrkdwn string an injection is:
//   - a raw `<` or `>`;
//   - an `&` that does not begin `&amp;`, `&lt;` or `&gt;` (text not escaped;
//     the tail of a clipped field, "&am…", is a cut, not an escape missed);
//   - "@channel", "@here" or "@everyone" as a word, not broken by the word
//     joiner the renderer puts after the "@".
// plain_text objects (headers, buttons, modal labels and inputs) are shown as
// typed and parse nothing, so they cannot inject.
//
// Teams: an injection is anything Teams would turn into markup or a mention:
//   - an activity whose `text` is not sent with textFormat "plain";
//   - `entities` on an activity or `msteams.entities` on a card (mentions);
//   - a markdown-rendering element (TextBlock, FactSet) whose text holds a
//     markdown link `[..](..)` or an `<at>` tag; the renderer uses RichTextBlock
//     TextRuns, which render no markdown at all;
//   - any `url` (Action.OpenUrl, selectAction, images): the bot links nowhere.
import { renderMessages } from "../../adapters/slack/blocks.ts";
import { homeView, modalView, viewErrors } from "../../adapters/slack/views.ts";
import { replyActivities } from "../../adapters/teams/activities.ts";
import { replyCard } from "../../adapters/teams/cards.ts";
import type { Reply } from "../../src/core/reply.ts";

export interface Rendered {
  /** What an injection was found, and where. */
  injections: string[];
  /** Bidi controls (U+202A–U+202E, U+2066–U+2069) left in Slack text: not markup, reported apart. */
  slackBidi: number;
}

const CLIPPED_ENTITY = /&(?:a|am|amp|l|lt|g|gt)?…$/;
const BROADCAST = /@(?:channel|here|everyone)\b/i;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** The reasons one mrkdwn string is an injection; empty when it is safe. */
export function mrkdwnInjections(text: string): string[] {
  const found: string[] = [];
  const raw = /[<>]/.exec(text);
  if (raw)
    found.push(`raw "${raw[0]}" at ${raw.index}: ${JSON.stringify(text.slice(raw.index, raw.index + 40))}`);
  const unclipped = text.replace(CLIPPED_ENTITY, "…");
  const amp = /&(?!amp;|lt;|gt;)/.exec(unclipped);
  if (amp)
    found.push(
      `unescaped "&" at ${amp.index}: ${JSON.stringify(unclipped.slice(amp.index, amp.index + 20))}`,
    );
  const broadcast = BROADCAST.exec(text);
  if (broadcast) found.push(`live "${broadcast[0]}"`);
  return found;
}

interface TextObject {
  type: string;
  text: string;
}

/** Every Block Kit text object in a tree of blocks. */
function textObjects(node: unknown, out: TextObject[] = []): TextObject[] {
  if (Array.isArray(node)) {
    for (const child of node) textObjects(child, out);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if ((record.type === "mrkdwn" || record.type === "plain_text") && typeof record.text === "string") {
      out.push({ type: record.type, text: record.text });
    }
    for (const value of Object.values(record)) textObjects(value, out);
  }
  return out;
}

function slackInjections(reply: Reply): { injections: string[]; bidi: number } {
  const injections: string[] = [];
  let bidi = 0;
  const mrkdwn: string[] = [];
  for (const message of renderMessages(reply)) {
    mrkdwn.push(message.text);
    for (const object of textObjects(message.blocks)) if (object.type === "mrkdwn") mrkdwn.push(object.text);
  }
  for (const object of textObjects(homeView(reply).blocks))
    if (object.type === "mrkdwn") mrkdwn.push(object.text);
  if (reply.form) {
    const modal = modalView(reply.form, {});
    for (const object of textObjects(modal)) {
      if (object.type !== "plain_text") injections.push(`slack modal: ${object.type} text object`);
    }
    // Field errors go back as `response_action: errors`, shown as plain text.
    viewErrors(reply.form);
  }
  for (const text of mrkdwn) {
    for (const problem of mrkdwnInjections(text)) injections.push(`slack: ${problem}`);
    if (BIDI.test(text)) bidi += 1;
  }
  return { injections, bidi };
}

const MARKDOWN_LINK = /\[[^\]]*\]\([^)]*\)/;
const AT_TAG = /<at\b/i;
const MARKDOWN_ELEMENTS = new Set(["TextBlock", "FactSet", "Fact"]);

/** Injections in a card or activity tree: mentions, links, markdown-rendering text. */
function teamsTreeInjections(node: unknown, markdown: boolean, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) teamsTreeInjections(child, markdown, out);
    return;
  }
  if (!node || typeof node !== "object") {
    if (markdown && typeof node === "string" && (MARKDOWN_LINK.test(node) || AT_TAG.test(node))) {
      out.push(`teams: markup in a markdown element: ${JSON.stringify(node.slice(0, 60))}`);
    }
    return;
  }
  const record = node as Record<string, unknown>;
  const inMarkdown = markdown || (typeof record.type === "string" && MARKDOWN_ELEMENTS.has(record.type));
  for (const [key, value] of Object.entries(record)) {
    if (key === "entities" && Array.isArray(value) && value.length > 0)
      out.push("teams: entities (mentions)");
    if (
      key === "url" || key === "contentUrl" ? typeof value === "string" && !value.startsWith("data:") : false
    ) {
      out.push(`teams: ${key} ${JSON.stringify(String(value).slice(0, 60))}`);
    }
    teamsTreeInjections(value, inMarkdown, out);
  }
}

function teamsInjections(reply: Reply): string[] {
  const out: string[] = [];
  const activities = [...replyActivities(reply), ...replyActivities(reply, { note: "Everyone sees this." })];
  for (const activity of activities) {
    if (activity.text !== undefined && activity.textFormat !== "plain") {
      out.push(`teams: activity text as ${activity.textFormat ?? "markdown"}`);
    }
    teamsTreeInjections(activity, false, out);
  }
  teamsTreeInjections(replyCard(reply), false, out);
  return out;
}

/** The Teams injections in one card or activity, on its own. */
export function treeInjections(node: unknown): string[] {
  const out: string[] = [];
  teamsTreeInjections(node, false, out);
  return out;
}

/** One reply through the Slack and Teams renderers: the injections found. Throws when a renderer throws. */
export function renderBoth(reply: Reply): Rendered {
  const slack = slackInjections(reply);
  return { injections: [...slack.injections, ...teamsInjections(reply)], slackBidi: slack.bidi };
}
