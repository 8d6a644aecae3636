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
  const blocks: Block[] = [];
  if (section.title) blocks.push(...mrkdwnSections(bold(escapeMrkdwn(section.title))));
  if (section.text) blocks.push(...mrkdwnSections(escapeMrkdwn(section.text)));
  if (section.fields?.length) blocks.push(...fieldBlocks(section.fields));
  for (const item of section.items ?? []) blocks.push(...itemBlock(item));
  if (section.context) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: clip(escapeMrkdwn(section.context), LIMITS.sectionText) }],
    });
  }
  return blocks;
}

/** All blocks of a reply, before pagination. */
export function replyBlocks(reply: Reply): Block[] {
  const blocks: Block[] = [];
  if (reply.title) {
    blocks.push({
      type: "header",
      text: { type: "plain_text", text: clip(reply.title, LIMITS.headerText), emoji: false },
    });
  }
  blocks.push(...mrkdwnSections(escapeMrkdwn(reply.text)));
  for (const section of reply.sections ?? []) {
    if (blocks.length > 0 && (section.title || section.items?.length)) blocks.push({ type: "divider" });
    blocks.push(...sectionBlocks(section));
  }
  const buttons = [...(reply.buttons ?? [])];
  if (reply.form) buttons.push(formButton(reply.form.id, reply.form.title));
  if (buttons.length) blocks.push(...actionsBlocks(buttons));
  return blocks;
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

/** The reply as one or more messages of at most 50 blocks each. */
export function renderMessages(reply: Reply): SlackMessage[] {
  const blocks = replyBlocks(reply);
  const pages: Block[][] = [];
  for (let start = 0; start < blocks.length; start += LIMITS.blocksPerMessage) {
    pages.push(blocks.slice(start, start + LIMITS.blocksPerMessage));
  }
  const text = clip(escapeMrkdwn(reply.text), LIMITS.fallbackText);
  return pages.map((page, index) => ({
    text: pages.length === 1 ? text : `${text} (${index + 1}/${pages.length})`,
    blocks: page,
  }));
}
