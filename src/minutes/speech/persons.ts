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

type FormKey = Exclude<keyof Persona, "name" | "noun" | "plural">;

/** Which form of which voice a first-person word takes: "our" is the plural voice's possessive. */
function firstPersonForm(w: string, token: Token): { plural: boolean; key: FormKey } | undefined {
  switch (w) {
    case "we":
      return { plural: true, key: "subject" };
    case "us":
      return token.text === "US" ? undefined : { plural: true, key: "object" };
    case "our":
      return { plural: true, key: "possessive" };
    case "ours":
      return { plural: true, key: "possessivePronoun" };
    case "ourselves":
      return { plural: true, key: "reflexive" };
    case "i":
      return token.text === "I" ? { plural: false, key: "subject" } : undefined;
    case "me":
      return { plural: false, key: "object" };
    case "my":
      return { plural: false, key: "possessive" };
    case "myself":
      return { plural: false, key: "reflexive" };
    default:
      return undefined;
  }
}

/** The persona's noun on its first mention ("the Presidency", "the Presidency's"), its pronoun after. */
function nounForm(persona: Persona, key: FormKey): string | undefined {
  if (!persona.noun || key === "reflexive") return undefined;
  return key === "possessive" || key === "possessivePronoun" ? `${persona.noun}'s` : persona.noun;
}

export function thirdPerson(tokens: Token[], voices: Voices): Token[] {
  let membersNamed = false;
  let nounSaid = false;
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
    const first = firstPersonForm(w, token);
    if (first) {
      const persona = first.plural ? voices.plural : voices.singular;
      const noun = nounSaid ? undefined : nounForm(persona, first.key);
      if (noun) nounSaid = true;
      return { ...token, text: noun ?? persona[first.key], fixed: true };
    }
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
