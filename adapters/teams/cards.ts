// Adaptive Card (schema 1.5) rendering of the core's Reply: title, text,
// sections with fields, items (each with its buttons) and small print, the
// reply's buttons, and forms as inputs. Every piece of text the core hands
// over goes into a RichTextBlock TextRun, which renders no markdown and no
// mentions, so nothing typed by a user can turn into markup, links or @-mentions.
// Buttons and form submits are Action.Execute (universal actions: the
// adaptiveCard/action invoke) with an Action.Submit fallback for clients
// that do not know it; both carry the core's action id as the verb.
import type { Button, Form, FormField, ListItem, Reply, Section } from "../../src/core/reply.ts";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: "Full" };
}

export const CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/**
 * Teams refuses messages over about 28 KB (MessageSizeTooBig); a card body
 * larger than this many characters of JSON is split over several cards.
 */
export const CARD_BUDGET = 20_000;
const MAX_TEXT = 4_000;

/** Drops control and invisible format characters (bidi overrides, zero-width joiners) and clips. */
export function plain(text: string, max = MAX_TEXT): string {
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\p{Cf}]/gu, "")
    .replace(/[^\P{Cc}\n]/gu, "");
  if (cleaned.length <= max) return cleaned;
  // A cut between the two halves of a surrogate pair (an emoji) would send a broken character.
  const high = /[\uD800-\uDBFF]/.test(cleaned.charAt(max - 2));
  return `${cleaned.slice(0, high ? max - 2 : max - 1)}…`;
}

interface RunStyle {
  weight?: "Bolder";
  size?: "Small" | "Medium" | "Large";
  isSubtle?: boolean;
  italic?: boolean;
  color?: "Attention" | "Good";
  fontType?: "Monospace";
}

/** One RichTextBlock per line: TextRuns carry no markdown, and line breaks inside them are not reliable. */
export function textBlocks(text: string, style: RunStyle = {}, max = MAX_TEXT): CardElement[] {
  return plain(text, max)
    .split("\n")
    .map((line, index) => ({
      type: "RichTextBlock",
      ...(index > 0 ? { spacing: "None" } : {}),
      inlines: [{ type: "TextRun", text: line === "" ? " " : line, ...style }],
    }));
}

function buttonStyle(button: Button): Record<string, string> {
  if (button.style === "primary") return { style: "positive" };
  if (button.style === "danger") return { style: "destructive" };
  return {};
}

/** A core button: Action.Execute with verb = action id and data = { value }. */
export function buttonAction(button: Button): CardElement {
  const title = plain(button.label, 80);
  const data = { value: button.value ?? "" };
  return {
    type: "Action.Execute",
    title,
    verb: button.actionId,
    data,
    associatedInputs: "none",
    ...buttonStyle(button),
    fallback: { type: "Action.Submit", title, data: { verb: button.actionId, ...data } },
  };
}

function fieldBlock(label: string, value: string): CardElement {
  return {
    type: "RichTextBlock",
    spacing: "Small",
    inlines: [
      { type: "TextRun", text: `${plain(label, 200)}: `, weight: "Bolder" },
      { type: "TextRun", text: plain(value) },
    ],
  };
}

function itemElement(item: ListItem): CardElement {
  const items: CardElement[] = [
    ...textBlocks(item.text, { weight: "Bolder" }),
    ...(item.detail ? textBlocks(item.detail, { isSubtle: true, size: "Small" }) : []),
  ];
  if (item.buttons?.length) items.push({ type: "ActionSet", actions: item.buttons.map(buttonAction) });
  return { type: "Container", spacing: "Medium", items };
}

export function sectionElements(section: Section): CardElement[] {
  const elements: CardElement[] = [];
  if (section.title) elements.push(...textBlocks(section.title, { weight: "Bolder", size: "Medium" }));
  if (section.text) elements.push(...textBlocks(section.text));
  for (const field of section.fields ?? []) elements.push(fieldBlock(field.label, field.value));
  for (const item of section.items ?? []) elements.push(itemElement(item));
  if (section.context) elements.push(...textBlocks(section.context, { isSubtle: true, size: "Small" }));
  const [first, ...rest] = elements;
  return first ? [{ ...first, separator: true, spacing: "Medium" }, ...rest] : [];
}

function inputFor(field: FormField): CardElement {
  const common = {
    id: field.id,
    label: plain(field.label, 200),
    ...(field.required ? { isRequired: true, errorMessage: `${plain(field.label, 200)} is required.` } : {}),
  };
  switch (field.kind) {
    case "select":
      return {
        type: "Input.ChoiceSet",
        ...common,
        style: (field.options?.length ?? 0) > 12 ? "filtered" : "compact",
        isMultiSelect: field.multiple === true,
        choices: (field.options ?? []).map((option) => ({
          title: plain(option.label, 200),
          value: option.value,
        })),
        ...(field.initial ? { value: field.initial } : {}),
      };
    case "date":
      return { type: "Input.Date", ...common, ...(field.initial ? { value: field.initial } : {}) };
    default:
      return {
        type: "Input.Text",
        ...common,
        isMultiline: field.kind === "multiline",
        ...(field.hint ? { placeholder: plain(field.hint, 200) } : {}),
        ...(field.initial ? { value: plain(field.initial) } : {}),
      };
  }
}

/** The inputs of a form, each followed by its hint (selects and dates) and by its error, if any. */
export function formElements(form: Form): CardElement[] {
  const elements: CardElement[] = [...textBlocks(form.title, { weight: "Bolder", size: "Medium" })];
  for (const field of form.fields) {
    elements.push(inputFor(field));
    if (field.hint && field.kind !== "text" && field.kind !== "multiline") {
      elements.push(...textBlocks(field.hint, { isSubtle: true, size: "Small" }));
    }
    if (field.error) elements.push(...textBlocks(field.error, { color: "Attention", weight: "Bolder" }));
  }
  return elements;
}

export function formSubmitAction(form: Form): CardElement {
  const title = plain(form.submitLabel, 80);
  return {
    type: "Action.Execute",
    title,
    verb: form.id,
    data: {},
    associatedInputs: "auto",
    style: "positive",
    fallback: { type: "Action.Submit", title, data: { verb: form.id } },
  };
}

/** True when the reply needs more than one line of plain text. */
export function needsCard(reply: Reply): boolean {
  return Boolean(reply.title || reply.sections?.length || reply.buttons?.length || reply.form);
}

function card(body: CardElement[], fallbackText: string, actions?: CardElement[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions?.length ? { actions } : {}),
    fallbackText: plain(fallbackText, 500),
    msteams: { width: "Full" },
  };
}

export interface CardOptions {
  /** Leave the reply's one-line text out (it travels as the message text instead). */
  omitText?: boolean;
  /** A short line shown first, e.g. why a private answer appears in a channel. */
  note?: string;
}

/** The reply as one card, or several when its body would exceed Teams' message size. */
export function replyCards(reply: Reply, options: CardOptions = {}): AdaptiveCard[] {
  const body: CardElement[] = [];
  if (options.note) body.push(...textBlocks(options.note, { italic: true, isSubtle: true }));
  if (reply.title) body.push(...textBlocks(reply.title, { weight: "Bolder", size: "Large" }, 300));
  if (!options.omitText && reply.text !== reply.title) body.push(...textBlocks(reply.text));
  for (const section of reply.sections ?? []) body.push(...sectionElements(section));
  if (reply.form) body.push(...formElements(reply.form));
  const actions = [
    ...(reply.form ? [formSubmitAction(reply.form)] : []),
    ...(reply.buttons ?? []).map(buttonAction),
  ];
  const pages: CardElement[][] = [[]];
  let size = 0;
  for (const element of body) {
    const length = JSON.stringify(element).length;
    const page = pages[pages.length - 1] ?? [];
    // A form stays on one card: its submit must see every input.
    if (size + length > CARD_BUDGET && page.length > 0 && !reply.form) {
      pages.push([element]);
      size = length;
    } else {
      page.push(element);
      size += length;
    }
  }
  return pages.map((page, index) =>
    card(
      page.length ? page : textBlocks(reply.text),
      pages.length === 1 ? reply.text : `${reply.text} (${index + 1}/${pages.length})`,
      index === pages.length - 1 ? actions : undefined,
    ),
  );
}

/** The one card of an invoke response or an in-place update: the first page when the reply is long. */
export function replyCard(reply: Reply, options: CardOptions = {}): AdaptiveCard {
  const [first] = replyCards(reply, options);
  return first ?? card(textBlocks(reply.text), reply.text);
}
