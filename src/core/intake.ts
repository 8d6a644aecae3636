// What a request may carry into the core: well-formed text within the limits.
// The limits live here, in one place; a refusal names the length and the limit.
import { UserError } from "./errors.ts";
import type { ChatRequest } from "./request.ts";

export const LIMITS = {
  /** A typed command line (the grammar refuses longer ones itself). */
  command: 4000,
  /** A mention or a message: a question, or a command typed in conversation. */
  message: 4000,
  /** An update, as a form field or as a reply in the thread of a request for one. */
  update: 8000,
  /** The text of an action item. */
  actionItem: 1000,
  /** Any one form field: nothing a form asks for is longer than an update. */
  formField: 8000,
} as const;

const count = (n: number) => n.toLocaleString("en-GB");

/** "That message is 102,400 characters long; the limit is 4,000. Shorten it or split it." */
export function tooLong(what: string, length: number, limit: number): string {
  return `${what} is ${count(length)} characters long; the limit is ${count(limit)}. Shorten it or split it.`;
}

// An unpaired UTF-16 surrogate cannot be stored (SQLite and Prisma's JSON
// protocol take UTF-8) or sent on; it becomes U+FFFD, as any UTF-8 encoder does.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** The request with every piece of text well-formed. */
export function wellFormedRequest(request: ChatRequest): ChatRequest {
  const values = request.values
    ? Object.fromEntries(
        Object.entries(request.values).map(([key, value]) => [key, wellFormed(String(value))]),
      )
    : undefined;
  return { ...request, text: wellFormed(request.text), ...(values ? { values } : {}) };
}

/**
 * Refuses a mention or message over its limit before any work is done on it.
 * A message in a direct-message thread may answer a request for an update, so
 * it may be as long as an update. Commands are measured by the grammar;
 * form fields by the form (see `fieldTooLong`).
 */
export function checkLength(request: ChatRequest): void {
  if (request.kind !== "message" && request.kind !== "mention") return;
  const mayBeUpdate =
    request.kind === "message" && request.conversation.kind === "dm" && request.conversation.threadId;
  const limit = mayBeUpdate ? LIMITS.update : LIMITS.message;
  if (request.text.length > limit) throw new UserError(tooLong("That message", request.text.length, limit));
}

/** The refusal for the first form value over the field limit, with its field id; null when all fit. */
export function fieldTooLong(
  fields: readonly { id: string; label: string }[],
  values: Record<string, string>,
): { field: string; message: string } | null {
  for (const field of fields) {
    const value = values[field.id] ?? "";
    if (value.length > LIMITS.formField) {
      return { field: field.id, message: tooLong(field.label, value.length, LIMITS.formField) };
    }
  }
  return null;
}
