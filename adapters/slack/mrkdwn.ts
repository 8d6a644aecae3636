// Slack mrkdwn safety: text from users and from the database is escaped, so
// `&`, `<` and `>` cannot open a link, a mention or a broadcast, and a typed
// "@channel" or "@here" cannot notify anyone.

const BROADCAST = /@(channel|here|everyone)\b/gi;
// Bidirectional embeddings, overrides and isolates: not markup, but they can
// make the rest of a line display reversed (as Teams' rendering also drops them).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Anything escapeMrkdwn would change; most texts have none and are returned as they are. */
const NEEDS_ESCAPING = /[&<>@\u202a-\u202e\u2066-\u2069]/;

/** Escapes text for a mrkdwn or plain_text field. */
export function escapeMrkdwn(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(BIDI_CONTROLS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(BROADCAST, "@\u2060$1");
}

/** Bold in mrkdwn, for text that is already escaped. */
export function bold(escaped: string): string {
  return escaped.trim() ? `*${escaped.trim()}*` : "";
}

/** `at`, or one less where cutting at `at` would split a surrogate pair (an emoji) in half. */
export function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Cuts text to Slack's limit for a field, marking the cut. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, safeCut(text, limit - 1))}…`;
}

/**
 * Splits text into pieces of at most `limit` characters, at line breaks where
 * possible, so a long section becomes several rather than failing.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) {
      // A hard cut must not split an escape such as "&amp;".
      const amp = rest.lastIndexOf("&", limit);
      cut = amp > limit - 6 && amp > 0 ? amp : safeCut(rest, limit);
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  if (rest) pieces.push(rest);
  return pieces;
}
