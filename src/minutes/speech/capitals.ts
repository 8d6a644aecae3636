// The clause's first word loses the capital it had as a sentence opener,
// unless it is a name or an acronym: "The ISU" -> "the ISU", "Lebanon" stays.

import { verbForm } from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import {
  COMMON_NOUNS,
  CONJUNCTIONS,
  DETERMINERS,
  isAdverb,
  PREPOSITIONS,
  SINGULAR_NAMES_IN_S,
} from "./words.ts";

const COMMON_ENDINGS = /(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ly)$/;

/** "The ISU ..." -> "the ISU ..."; "Lebanon ...", "ICRC ...", "Lao PDR ..." keep their capital. */
export function lowerFirstWord(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.kind !== "punct");
  const first = tokens[at];
  if (first?.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(first.text)) return tokens;
  const w = first.text.toLowerCase();
  // a word already rewritten is a name put there on purpose ("Italy had", "the Presidency would")
  if (first.fixed || CAPITALISED_TERMS.has(w)) return tokens;
  const elsewhere = tokens.slice(at + 1).some((t) => t.kind === "word" && t.text === w);
  const functionWord =
    DETERMINERS.has(w) || PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || COMMON_STARTERS.has(w);
  // "States Parties", "Costa Rica", "New Zealand": a capital after it makes a name
  const next = tokens[at + 1];
  if (!functionWord && next?.kind === "word" && /^\p{Lu}/u.test(next.text)) return tokens;
  const common =
    functionWord ||
    isAdverb(w) ||
    verbForm(w) !== undefined ||
    COMMON_NOUNS.has(w) ||
    (/[^s]s$/.test(w) && !SINGULAR_NAMES_IN_S.has(w)) ||
    COMMON_ENDINGS.test(w) ||
    elsewhere;
  if (!common) return tokens;
  const out = [...tokens];
  out[at] = { ...first, text: w };
  return out;
}

/**
 * The committee's own terms keep their capital anywhere ("States often do not
 * pay" -> "States often did not pay"), and so does Italy, which looks like an adverb.
 */
const CAPITALISED_TERMS = new Set(
  "states parties signatories coordinators coordinator committee presidency president convention secretariat italy".split(
    " ",
  ),
);

const COMMON_STARTERS = new Set(
  "one two three four five six seven eight nine ten most only however furthermore moreover regarding concerning following further finally first second third there it he she they funds funding members delegations participants donors operators given despite due thanks unfortunately nevertheless".split(
    " ",
  ),
);
