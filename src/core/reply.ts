// The platform-neutral reply: adapters render it as Block Kit, Adaptive Cards
// or plain text. Text is plain (no markup): renderers escape it for their platform.

export type Visibility = "public" | "private";

export interface Field {
  label: string;
  value: string;
}

export interface Button {
  /** What the core should do when pressed: an action id the core understands. */
  actionId: string;
  label: string;
  value?: string;
  style?: "primary" | "danger";
}

export interface ListItem {
  text: string;
  /** Secondary line: owners, dates, grounds. */
  detail?: string;
  buttons?: Button[];
}

export interface Section {
  title?: string;
  text?: string;
  fields?: Field[];
  items?: ListItem[];
  /** Small print under the section: where the data came from, when it was updated. */
  context?: string;
}

export interface FormField {
  id: string;
  label: string;
  kind: "text" | "multiline" | "select" | "date";
  required?: boolean;
  /** Several options may be chosen (a select); submitted comma-separated. */
  multiple?: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
  hint?: string;
  error?: string;
}

export interface Form {
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

/** A document that goes with a reply: uploaded to Slack, attached in Teams, written by the console. */
export interface Attachment {
  filename: string;
  mediaType: string;
  /** Text documents as strings, binary ones (.docx) as bytes. */
  content: string | Uint8Array;
  title?: string;
}

export interface Reply {
  visibility: Visibility;
  /** One-line summary: notification text and the fallback where nothing richer renders. */
  text: string;
  title?: string;
  sections?: Section[];
  buttons?: Button[];
  form?: Form;
  files?: Attachment[];
  /** Why this must not be shown to a channel (it quotes a record kept to some roles); unset when it may. */
  restricted?: string;
}

export function privateReply(text: string, extra: Omit<Reply, "visibility" | "text"> = {}): Reply {
  return { visibility: "private", text, ...extra };
}

export function publicReply(text: string, extra: Omit<Reply, "visibility" | "text"> = {}): Reply {
  return { visibility: "public", text, ...extra };
}
