// What an adapter hands the core: who is speaking, where, and what they said
// or submitted. Platform ids stay opaque strings; the core never sees an SDK type.

export type Platform = "slack" | "teams" | "console";

/** A chat account as the platform names it; the console names a person directly (a local, trusted shell). */
export type Speaker =
  | { kind: "chat"; platform: "slack" | "teams"; workspaceId: string; userId: string; displayName?: string }
  | { kind: "person"; personId: number };

export interface ConversationRef {
  platform: Platform;
  /** Opaque id encoding the platform's own ids, e.g. "slack:T1:C123". */
  id: string;
  kind: "channel" | "dm" | "group";
  /** Thread the request came from, if any; replies go there. */
  threadId?: string;
}

export type RequestKind = "command" | "mention" | "message" | "submit";

export interface ChatRequest {
  speaker: Speaker;
  conversation: ConversationRef;
  kind: RequestKind;
  /** The typed text (command arguments without the slash command name, mention already stripped). */
  text: string;
  /** Form values on submit, keyed by field id. */
  values?: Record<string, string>;
  /** The button or form that was used, on submit. */
  actionId?: string;
  /** A document sent with a message or mention; see src/core/uploads.ts. */
  file?: UploadedFile;
}

/**
 * A file as the adapter received it. The adapter downloads and decodes only
 * what the core accepts (`acceptedUpload`); `text` is absent otherwise, and
 * the core answers with the formats and size it takes.
 */
export interface UploadedFile {
  name: string;
  mediaType?: string;
  /** Bytes, when the platform says. */
  size?: number;
  text?: string;
}
