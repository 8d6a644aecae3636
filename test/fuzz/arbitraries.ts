// Hostile text for the fuzz tests: the characters and markup that have hurt
// chat bots (controls, bidi overrides, zero-width and astral characters, lone
// surrogates, Slack and Teams mention syntax, markdown links, HTML, template
// and SQL text, 100 KB pastes), mixed with the words the grammar and the
// seeded committee really use, so inputs get past the first keyword.
import fc from "fast-check";
import { COMMAND_WORDS } from "../../src/core/grammar.ts";

/** Markup and text that must never reach a platform as anything but literal characters. */
export const ATTACKS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123|@committee>",
  "<!date^1392734382^{date}|x>",
  "<@U123>",
  "<@U0LAN0Z89|maria>",
  "<#C1|x>",
  "<#C0123ABCD>",
  "<https://evil.example|click here>",
  "<mailto:x@evil.example|mail>",
  "@channel",
  "@here",
  "@everyone",
  "@Channel!",
  "@here:",
  "<at>Malgorzata Hauge</at>",
  "<at>x</at>",
  "[click](javascript:alert(1))",
  "[x](https://evil.example)",
  "![img](https://evil.example/x.png)",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<b>bold</b>",
  "&lt;!channel&gt;",
  "&amp;lt;@U1&amp;gt;",
  "&",
  "<",
  ">",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
  "${process.exit(1)}",
  "{{constructor.constructor('x')()}}",
  "'; DROP TABLE ActionItem; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM Person;--",
  "*bold* _it_ ~strike~ `code` ```block```",
  "> quoted",
  "\\",
  "%s%n%x",
  "../../etc/passwd",
  "\u0000",
  "javascript:alert(1)",
] as const;

/** Characters that change how text looks or reads without being seen. */
export const INVISIBLES = [
  "\u202E", // right-to-left override
  "\u202D",
  "\u2066", // left-to-right isolate
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200B", // zero-width space
  "\u200C",
  "\u200D",
  "\u2060", // word joiner
  "\uFEFF", // byte order mark
  "\u00AD", // soft hyphen
  "\u061C",
  "\u180E",
] as const;

export const CONTROLS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\t",
  "\n",
  "\r",
  "\u000B",
  "\f",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u2028",
  "\u2029",
] as const;

export const ASTRAL = ["😀", "👨‍👩‍👧‍👦", "🇳🇴", "🏳️‍🌈", "𝕏", "𠜎", "🧨", "e\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇"] as const;

/** Words of the command grammar and of its arguments. */
export const GRAMMAR_WORDS = [
  ...COMMAND_WORDS,
  "/ccm",
  "add",
  "done",
  "owner",
  "owners",
  "due",
  "next",
  "last",
  "next meeting",
  "mine",
  "overdue",
  "open",
  "all",
  "schedule",
  "move",
  "cancel",
  "calendar",
  "confirm",
  "history",
  "drop",
  "before",
  "after",
  "under",
  "until",
  "off",
  "item",
  "A-1",
  "A-3",
  "#2",
  "5.4",
  "3",
  ":",
  ",",
  "?",
  "7/12",
  "9 December",
  "Wednesday 7 December 10:00-11:30",
] as const;

/** Names and words from the seeded committee of 4 November 2016. */
export const SEED_WORDS = [
  "Norway",
  "Lao PDR",
  "Laos",
  "Germany",
  "Bosnia and Herzegovina",
  "Costa Rica",
  "ISU-CCM",
  "Hauge",
  "Malgorzata Hauge",
  "Dorović",
  "Muñoz",
  "Amélie Chayer",
  "victim assistance",
  "clearance",
  "RRE",
  "universalization",
  "coalition",
  "where are we with",
  "what does",
  "owe us",
  "who coordinates",
  "when do we meet",
  "Cluster Munition Coalition",
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyCodePoints = fc.string({ unit: "binary", maxLength: 12 });
const graphemes = fc.string({ unit: "grapheme", maxLength: 12 });

/** One hostile piece: an attack, an invisible, a control, an emoji, a real word, or random code points. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTACKS) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLES) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 3, arbitrary: fc.constantFrom(...GRAMMAR_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 2, arbitrary: anyCodePoints },
  { weight: 2, arbitrary: graphemes },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

const separator = fc.constantFrom(" ", " ", " ", "", ", ", ": ", "\n", "\t", "  ", "\u00A0", "\u3000");

/** A few hostile pieces joined by spaces, punctuation and odd whitespace. */
export function hostileText(maxPieces = 8): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(hostilePiece, separator), { minLength: 1, maxLength: maxPieces })
    .map((parts) => parts.map(([piece, sep]) => piece + sep).join(""));
}

/** A paste of about `size` characters (default 100 KB): a hostile chunk repeated. */
export function hugePaste(size = 102_400): fc.Arbitrary<string> {
  return fc
    .tuple(hostileText(6), fc.integer({ min: size - 1024, max: size + 1024 }))
    .map(([chunk, length]) => {
      const unit = chunk.length > 0 ? chunk : "x";
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
}

/** A real command word followed by hostile arguments, sometimes with a "/ccm" in front. */
export const hostileCommand: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "", "/ccm ", " ", "\u200B", "\u202E"),
    fc.constantFrom(
      ...COMMAND_WORDS,
      "action add",
      "action done",
      "agenda add",
      "agenda move",
      "meeting schedule",
      "update Norway:",
      "note 5.4",
      "decision 3",
      "reported Norway:",
    ),
    separator,
    hostileText(10),
  )
  .map(([prefix, word, sep, rest]) => `${prefix}${word}${sep}${rest}`);

/** What users type: mostly short hostile text and commands, now and then a 100 KB paste or a long line. */
export const hostileInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileText() },
  { weight: 5, arbitrary: hostileCommand },
  { weight: 1, arbitrary: hugePaste() },
  { weight: 1, arbitrary: hugePaste(4_100) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

/** Text meant to be stored: hostile, but not blank after trimming, and within `max` characters. */
export function storableText(max: number): fc.Arbitrary<string> {
  return hostileText(10)
    .map((text) => text.slice(0, max))
    .filter((text) => text.trim() !== "");
}
