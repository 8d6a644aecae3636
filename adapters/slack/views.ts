// Modals and the App Home tab. A core Form becomes a modal whose blocks are
// keyed by field id (block_id) with one element "value" each; the submission
// is read back into the flat values the core expects.
import type { types } from "@slack/bolt";
import type { Form, FormField, Reply } from "../../src/core/reply.ts";
import { LIMITS, replyBlocks } from "./blocks.ts";
import { clip } from "./mrkdwn.ts";

type Block = types.KnownBlock;
export const VALUE_ACTION = "value";

/** Where the modal was opened from, so its answer can go back there. */
export interface ModalOrigin {
  channelId?: string;
  threadTs?: string;
}

function plain(text: string, limit: number) {
  return { type: "plain_text" as const, text: clip(text, limit), emoji: false };
}

function option(choice: { value: string; label: string }) {
  return { text: plain(choice.label, 75), value: clip(choice.value, 150) };
}

function element(field: FormField): types.InputBlockElement {
  switch (field.kind) {
    case "text":
    case "multiline":
      return {
        type: "plain_text_input",
        action_id: VALUE_ACTION,
        multiline: field.kind === "multiline",
        ...(field.initial ? { initial_value: field.initial } : {}),
      };
    case "date":
      return {
        type: "datepicker",
        action_id: VALUE_ACTION,
        ...(field.initial && /^\d{4}-\d{2}-\d{2}$/.test(field.initial)
          ? { initial_date: field.initial }
          : {}),
      };
    case "select": {
      const options = (field.options ?? []).slice(0, 100).map(option);
      const chosen = new Set((field.initial ?? "").split(",").filter(Boolean));
      const initial = options.filter((o) => chosen.has(o.value));
      if (field.multiple) {
        return {
          type: "multi_static_select",
          action_id: VALUE_ACTION,
          options,
          ...(initial.length ? { initial_options: initial } : {}),
        };
      }
      const [first] = initial;
      return {
        type: "static_select",
        action_id: VALUE_ACTION,
        options,
        ...(first ? { initial_option: first } : {}),
      };
    }
  }
}

export function modalView(form: Form, origin: ModalOrigin): types.ModalView {
  const blocks: Block[] = form.fields.map((field) => ({
    type: "input",
    block_id: field.id,
    optional: !field.required,
    label: plain(field.label, 2000),
    element: element(field),
    ...(field.hint ? { hint: plain(field.hint, 2000) } : {}),
  }));
  return {
    type: "modal",
    callback_id: form.id,
    title: plain(form.title, 24),
    submit: plain(form.submitLabel, 24),
    close: plain("Cancel", 24),
    private_metadata: JSON.stringify(origin),
    blocks,
  };
}

export function readOrigin(privateMetadata: string | undefined): ModalOrigin {
  try {
    const parsed: unknown = JSON.parse(privateMetadata ?? "{}");
    if (!parsed || typeof parsed !== "object") return {};
    const { channelId, threadTs } = parsed as Record<string, unknown>;
    return {
      ...(typeof channelId === "string" ? { channelId } : {}),
      ...(typeof threadTs === "string" ? { threadTs } : {}),
    };
  } catch {
    return {};
  }
}

interface StateValue {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: { value?: string }[] | null;
}

/** view.state.values -> { fieldId: "text" }, multi-selects comma-separated. */
export function readViewValues(state: Record<string, Record<string, StateValue>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const input = actions[VALUE_ACTION] ?? Object.values(actions)[0];
    if (!input) continue;
    const value =
      input.value ??
      input.selected_date ??
      input.selected_option?.value ??
      input.selected_options?.map((o) => o.value ?? "").join(",") ??
      "";
    values[blockId] = value;
  }
  return values;
}

/** Field errors for `response_action: errors`, keyed by block id. */
export function viewErrors(form: Form): Record<string, string> {
  return Object.fromEntries(
    form.fields.filter((field) => field.error).map((field) => [field.id, clip(field.error ?? "", 2000)]),
  );
}

export function homeView(reply: Reply): types.HomeView {
  return { type: "home", blocks: replyBlocks(reply).slice(0, LIMITS.blocksPerView) };
}
