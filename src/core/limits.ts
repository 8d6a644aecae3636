// How long a piece of text may be, in one table, and the one refusal for text
// over its limit: it names what was too long, its length and the limit, and
// how to fix it. Every path that measures text (intake, the grammar, the
// question engine, updates, action items, forms) asks here.
import { UserError } from "./errors.ts";

export const LIMITS = {
  /** A typed command line. */
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

export type Limit = keyof typeof LIMITS;

/** What each limit measures, as its refusal names it (a form field is named by its label instead). */
const MEASURED: Record<Limit, string> = {
  command: "That command",
  message: "That message",
  update: "Your update",
  actionItem: "The action item",
  formField: "That field",
};

const count = (n: number) => n.toLocaleString("en-GB");

/** "That message is 102,400 characters long; the limit is 4,000. Shorten it or split it." */
export function tooLong(limit: Limit, length: number, what: string = MEASURED[limit]): string {
  return `${what} is ${count(length)} characters long; the limit is ${count(LIMITS[limit])}. Shorten it or split it.`;
}

/** Refuses `text` over the named limit; `field` is the form field the refusal belongs under. */
export function checkLimit(
  limit: Limit,
  text: string,
  options: { what?: string; field?: string } = {},
): void {
  if (text.length > LIMITS[limit]) {
    throw new UserError(tooLong(limit, text.length, options.what), undefined, options.field);
  }
}
