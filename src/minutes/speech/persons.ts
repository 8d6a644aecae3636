// First and second person to third: "we"/"our" become the speaker's forms
// ("it"/"its" for a delegation), "you" addressed to the meeting becomes
// "members" ("your" -> "members'" or "their" once members are named).

import type { Persona, Voices } from "./speaker.ts";
import { lower, type Token } from "./tokens.ts";

/** "Annex I", "Phase I": a capital I after a capitalised word is a numeral, not the speaker. */
function isNumeralI(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(before.text) && i > 1;
}

function firstPerson(w: string, token: Token, voices: Voices): string | undefined {
  const pick = (persona: Persona, key: keyof Omit<Persona, "name" | "plural">) => persona[key];
  switch (w) {
    case "we":
      return pick(voices.plural, "subject");
    case "us":
      return token.text === "US" ? undefined : pick(voices.plural, "object");
    case "our":
      return pick(voices.plural, "possessive");
    case "ours":
      return pick(voices.plural, "possessivePronoun");
    case "ourselves":
      return pick(voices.plural, "reflexive");
    case "i":
      return token.text === "I" ? pick(voices.singular, "subject") : undefined;
    case "me":
      return pick(voices.singular, "object");
    case "my":
      return pick(voices.singular, "possessive");
    case "myself":
      return pick(voices.singular, "reflexive");
    default:
      return undefined;
  }
}

export function thirdPerson(tokens: Token[], voices: Voices): Token[] {
  let membersNamed = false;
  return tokens.map((token, i) => {
    if (token.kind !== "word" || token.fixed) {
      if (token.kind === "word" && /\bmembers\b/i.test(token.text)) membersNamed = true;
      return token;
    }
    const w = token.text.toLowerCase();
    if (w === "members") membersNamed = true;
    if (w === "i" && isNumeralI(tokens, i)) return token;
    // "mine" is usually the weapon ("mine action"); only "of mine" / "is mine" at a clause end is the pronoun
    if (w === "mine") {
      const end = !tokens[i + 1] || tokens[i + 1]!.kind !== "word";
      const owner = ["of", "is", "was"].includes(lower(tokens[i - 1]));
      return end && owner ? { ...token, text: voices.singular.possessivePronoun, fixed: true } : token;
    }
    const first = firstPerson(w, token, voices);
    if (first) return { ...token, text: first, fixed: true };
    if (w === "you") {
      membersNamed = true;
      return { ...token, text: "members", fixed: true };
    }
    if (w === "your" || w === "yours") {
      const named = membersNamed;
      membersNamed = true;
      const text = named ? (w === "yours" ? "theirs" : "their") : "members'";
      return { ...token, text, fixed: true };
    }
    if (w === "yourself" || w === "yourselves") return { ...token, text: "themselves", fixed: true };
    return token;
  });
}
