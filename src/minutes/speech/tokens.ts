// Tokens for the reported-speech rewriter: words, punctuation and whole
// quotations. A quotation is one token so that nothing inside it is rewritten;
// a token marked `fixed` has been rewritten already and later passes skip it.

export type Token = {
  text: string;
  /** Whitespace before the token in the output. */
  space: string;
  kind: "word" | "punct" | "quote";
  fixed?: boolean;
};

// A single quote opens a quotation only after whitespace or the start, so
// "Norway's" and "CHF 43'650" stay words.
const PATTERN =
  /"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|\s)'[^']+'(?=[\s.,;:!?)]|$)|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’./-]*[\p{L}\p{N}.]|[\p{L}\p{N}]|\S/gu;

/** Abbreviations whose final period belongs to the word. */
const ABBREVIATIONS = /^(?:mr|mrs|ms|dr|prof|h\.e|e\.g|i\.e|etc|no|nos|art|para|st|vs)\.$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    const raw = match[0];
    const first = raw[0] ?? "";
    const kind =
      /["“‘']/.test(first) && raw.length > 1 ? "quote" : /[\p{L}\p{N}]/u.test(first) ? "word" : "punct";
    tokens.push({ text: raw, space: text.slice(last, match.index), kind });
    last = (match.index ?? 0) + raw.length;
  }
  return splitTrailingPeriods(tokens).flatMap(expandContraction);
}

/** "Geneva." inside a line is a word and a full stop; "Mr." stays whole. */
function splitTrailingPeriods(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    if (token.kind !== "word" || !token.text.endsWith(".") || ABBREVIATIONS.test(token.text)) return [token];
    if (/^(?:\p{Lu}\.)+$/u.test(token.text)) return [token];
    return [
      { ...token, text: token.text.slice(0, -1) },
      { text: ".", space: "", kind: "punct" as const },
    ];
  });
}

const NEGATIONS: Record<string, string> = {
  "won't": "will not",
  "can't": "cannot",
  "shan't": "shall not",
  "ain't": "is not",
};

const CLITICS: Record<string, string> = {
  "'ll": "will",
  "'re": "are",
  "'ve": "have",
  "'m": "am",
  "'d": "would",
};

/** Formal minutes spell contractions out: "we'll" -> "we will", "don't" -> "do not". */
function expandContraction(token: Token): Token[] {
  if (token.kind !== "word") return [token];
  const text = token.text.replace(/’/g, "'");
  const lower = text.toLowerCase();
  const whole = NEGATIONS[lower];
  if (whole) return respell(token, keepInitialCase(text, whole));
  if (lower.endsWith("n't")) return respell(token, `${text.slice(0, -3)} not`);
  if (lower === "let's") return respell(token, keepInitialCase(text, "let us"));
  const clitic = /^(.+)('ll|'re|'ve|'m|'d)$/i.exec(text);
  if (clitic?.[1] && clitic[2]) return respell(token, `${clitic[1]} ${CLITICS[clitic[2].toLowerCase()]}`);
  // "it's" is "it is" (or "it has" before "been"; the caller sees "is been" rarely enough to ignore)
  if (/^(?:it|that|there|what|who|here)'s$/i.test(text)) return respell(token, `${text.slice(0, -2)} is`);
  return [token];
}

function respell(token: Token, words: string): Token[] {
  return words
    .split(" ")
    .map((text, index) => ({ text, space: index === 0 ? token.space : " ", kind: "word" }));
}

function keepInitialCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export function render(tokens: Token[]): string {
  return tokens
    .map((token) => token.space + token.text)
    .join("")
    .trim();
}

export function word(text: string, space = " ", fixed = true): Token {
  return { text, space, kind: "word", fixed };
}

/** The token's text in lower case when it is a word, otherwise "". */
export function lower(token: Token | undefined): string {
  return token?.kind === "word" ? token.text.toLowerCase() : "";
}
