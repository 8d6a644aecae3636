// What a request may carry into the core: well-formed text within the limits
// (limits.ts holds them, and the refusal).
import { checkLimit, LIMITS, tooLong } from "./limits.ts";
import type { ChatRequest } from "./request.ts";

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
  checkLimit(mayBeUpdate ? "update" : "message", request.text, { what: "That message" });
}

/** The refusal for the first form value over the field limit, with its field id; null when all fit. */
export function fieldTooLong(
  fields: readonly { id: string; label: string }[],
  values: Record<string, string>,
): { field: string; message: string } | null {
  for (const field of fields) {
    const value = values[field.id] ?? "";
    if (value.length > LIMITS.formField) {
      return { field: field.id, message: tooLong("formField", value.length, field.label) };
    }
  }
  return null;
}
