// Reading a card action back: Action.Execute arrives as an adaptiveCard/action
// invoke ({ action: { verb, data } }), Action.Submit (the fallback) as a
// message whose value is the data ({ verb, value, ...inputs }). Teams merges
// the card's inputs into the data under their ids; a multi-select arrives
// comma-separated, which is what the core expects.

export interface CardSubmit {
  /** The core's action id or form id. */
  actionId: string;
  /** The button's value ("" for a form). */
  text: string;
  /** Input values keyed by field id. */
  values: Record<string, string>;
}

const RESERVED = new Set(["verb", "value", "msteams"]);

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((part) => asText(part) ?? "").join(",");
  return undefined;
}

function fromData(verb: unknown, data: unknown): CardSubmit | null {
  if (typeof verb !== "string" || verb.trim() === "") return null;
  const record = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const text = asText(value);
    if (!RESERVED.has(key) && text !== undefined) values[key] = text;
  }
  return { actionId: verb.trim(), text: asText(record.value) ?? "", values };
}

/** The invoke value of an adaptiveCard/action. */
export function executeSubmit(invokeValue: unknown): CardSubmit | null {
  const action = (invokeValue as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)
    ?.action;
  if (action?.type !== "Action.Execute") return null;
  return fromData(action.verb, action.data);
}

/** A message's value, when it is an Action.Submit from one of our cards. */
export function fallbackSubmit(messageValue: unknown): CardSubmit | null {
  if (!messageValue || typeof messageValue !== "object") return null;
  return fromData((messageValue as { verb?: unknown }).verb, messageValue);
}
