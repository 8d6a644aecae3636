// A refusal the user can act on: its message names what was wrong and how to
// fix it. Anything else that escapes a command is a fault, logged with a reference.

export class UserError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
    /** The form field the message is about, when it came from a form. */
    readonly field?: string,
  ) {
    super(message);
  }
}
