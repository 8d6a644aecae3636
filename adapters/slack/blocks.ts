// Block Kit rendering of the core's Reply: header, sections, fields, list
// items with their buttons (one button as an accessory, several as an
// overflow menu), context and actions. Every piece of text is escaped, and
// Slack's limits are honoured by splitting, never by failing: 3,000
// characters a section, 10 fields a section, 50 blocks a message.
import type { types } from "@slack/bolt";
import type { Button, ListItem, Reply, Section } from "../../src/core/reply.ts";
import { bold, clip, escapeMrkdwn, splitText } from "./mrkdwn.ts";

type Block = types.KnownBlock;

export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsPerBlock: 25,
  fallbackText: 3000,
} as const;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Overflow options carry both halves of a core button in one value. */
export const OVERFLOW_ACTION = "overflow";
const OVERFLOW_SEPARATOR = "|";

export function overflowValue(button: Button): string {
  return `${button.actionId}${OVERFLOW_SEPARATOR}${button.value ?? ""}`;
}

export function readOverflowValue(value: string): { actionId: string; value: string } {
  const at = value.indexOf(OVERFLOW_SEPARATOR);
  return at < 0
    ? { actionId: value, value: "" }
    : { actionId: value.slice(0, at), value: value.slice(at + 1) };
}

/** Block action ids must be unique within a block; "#2" suffixes are dropped when read back. */
export function coreActionId(slackActionId: string): string {
  return slackActionId.replace(/#\d+$/, "");
}

function mrkdwnSections(escaped: string): Block[] {
  return splitText(escaped, LIMITS.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text },
  }));
}

function buttonElement(button: Button, actionId: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: clip(button.label, LIMITS.buttonText), emoji: false },
    ...(button.value === undefined ? {} : { value: clip(button.value, LIMITS.buttonValue) }),
    ...(button.style ? { style: button.style } : {}),
  };
}

export function actionsBlocks(buttons: Button[]): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < buttons.length; start += LIMITS.actionsPerBlock) {
    const seen = new Map<string, number>();
    const elements = buttons.slice(start, start + LIMITS.actionsPerBlock).map((button) => {
      const count = (seen.get(button.actionId) ?? 0) + 1;
      seen.set(button.actionId, count);
      return buttonElement(button, count === 1 ? button.actionId : `${button.actionId}#${count}`);
    });
    blocks.push({ type: "actions", elements });
  }
  return blocks;
}

function itemBlock(item: ListItem): Block[] {
  const head = bold(escapeMrkdwn(item.text));
  const detail = item.detail ? `\n${escapeMrkdwn(item.detail)}` : "";
  const [first, ...rest] = splitText(`${head}${detail}`, LIMITS.sectionText);
  const buttons = item.buttons ?? [];
  const [only] = buttons;
  const accessory: types.Button | types.Overflow | undefined =
    buttons.length === 1 && only
      ? buttonElement(only, only.actionId)
      : buttons.length > 1
        ? {
            type: "overflow",
            action_id: OVERFLOW_ACTION,
            options: buttons.slice(0, 5).map((button) => ({
              text: { type: "plain_text", text: clip(button.label, LIMITS.buttonText) },
              value: clip(overflowValue(button), 150),
            })),
          }
        : undefined;
  return [
    { type: "section", text: { type: "mrkdwn", text: first ?? " " }, ...(accessory ? { accessory } : {}) },
    ...rest.map((text): Block => ({ type: "section", text: { type: "mrkdwn", text } })),
  ];
}

function fieldBlocks(fields: NonNullable<Section["fields"]>): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < fields.length; start += LIMITS.fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: fields.slice(start, start + LIMITS.fieldsPerSection).map((field) => ({
        type: "mrkdwn",
        text: clip(`${bold(escapeMrkdwn(field.label))}\n${escapeMrkdwn(field.value)}`, LIMITS.fieldText),
      })),
    });
  }
  return blocks;
}

export function sectionBlocks(section: Section): Block[] {
  return sectionRuns(section, false).flat();
}

/**
 * A section's blocks in runs that must stay in one message: its heading (the
 * title, text and fields) rides with its first item, every item is a run of
 * its own, and the small print stays with the last item.
 */
function sectionRuns(section: Section, divided: boolean): Block[][] {
  const lead: Block[] = divided ? [{ type: "divider" }] : [];
  if (section.title) lead.push(...mrkdwnSections(bold(escapeMrkdwn(section.title))));
  if (section.text) lead.push(...mrkdwnSections(escapeMrkdwn(section.text)));
  if (section.fields?.length) lead.push(...fieldBlocks(section.fields));
  const runs: Block[][] = (section.items ?? []).map(itemBlock);
  const [firstItem] = runs;
  if (firstItem) firstItem.unshift(...lead);
  else if (lead.length) runs.push(lead);
  if (section.context) {
    const context: Block = {
      type: "context",
      elements: [{ type: "mrkdwn", text: clip(escapeMrkdwn(section.context), LIMITS.sectionText) }],
    };
    const last = runs.at(-1);
    if (last) last.push(context);
    else runs.push([context]);
  }
  return runs;
}

/**
 * A reply's blocks in runs that belong together (the title and text, each
 * section's heading with its first item, each further item, the buttons): a
 * long reply is split between messages only between runs.
 */
export function replyRuns(reply: Reply): Block[][] {
  const runs: Block[][] = [];
  const head: Block[] = [];
  if (reply.title) {
    head.push({
      type: "header",
      text: { type: "plain_text", text: clip(reply.title, LIMITS.headerText), emoji: false },
    });
  }
  head.push(...mrkdwnSections(escapeMrkdwn(reply.text)));
  if (head.length) runs.push(head);
  for (const section of reply.sections ?? []) {
    const divided = runs.length > 0 && Boolean(section.title || section.items?.length);
    runs.push(...sectionRuns(section, divided));
  }
  const buttons = [...(reply.buttons ?? [])];
  if (reply.form) buttons.push(formButton(reply.form.id, reply.form.title));
  if (buttons.length) runs.push(actionsBlocks(buttons));
  return runs;
}

/** All blocks of a reply, before pagination. */
export function replyBlocks(reply: Reply): Block[] {
  return replyRuns(reply).flat();
}

/** A message can't hold inputs comfortably; a form there becomes a button that opens it as a modal. */
export function formButton(formId: string, title: string): Button {
  const which = formId.replace(/-submit$/, "");
  return {
    actionId: "open-form",
    label: clip(`Open form: ${title}`, LIMITS.buttonText),
    value: which,
    style: "primary",
  };
}

/**
 * Fills messages of at most 50 blocks run by run: a page ends where an item or
 * section ends, never inside one (only a single run longer than a whole
 * message is cut, at 50 blocks). A divider that would open a page is dropped.
 */
export function paginate(runs: Block[][], perPage: number = LIMITS.blocksPerMessage): Block[][] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  for (const run of runs) {
    if (page.length > 0 && page.length + run.length > perPage) {
      pages.push(page);
      page = [];
    }
    const blocks = page.length === 0 && run[0]?.type === "divider" ? run.slice(1) : run;
    for (let start = 0; start < blocks.length; start += perPage) {
      const piece = blocks.slice(start, start + perPage);
      if (page.length + piece.length > perPage) {
        pages.push(page);
        page = [];
      }
      page.push(...piece);
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The reply as one or more messages of at most 50 blocks each, split only between items. */
export function renderMessages(reply: Reply): SlackMessage[] {
  const pages = paginate(replyRuns(reply));
  const text = clip(escapeMrkdwn(reply.text), LIMITS.fallbackText);
  return pages.map((page, index) => ({
    text: pages.length === 1 ? text : `${text} (${index + 1}/${pages.length})`,
    blocks: page,
  }));
}
