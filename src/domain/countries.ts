// Every country's English name, from the runtime's own region names (Intl), not
// a hand-made list: what tells a State the committee has no record of
// ("Lebanon", "Cameroon") and a country a sentence names ("the United States").
import { fold } from "./names.ts";

/** Every country's English name, folded, from the runtime's own region names ("lebanon", "cameroon"). */
export const COUNTRIES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const found = new Map<string, string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const name = names.of(String.fromCharCode(a, b));
      // (not the private-use "Unknown Region", nor "Outlying Oceania")
      if (name && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(name) && !/Region|Oceania/.test(name))
        found.set(fold(name), name);
    }
  // as delegates type them ("the uk", "the usa")
  found.set("uk", "the United Kingdom");
  found.set("usa", "the United States");
  return found;
})();

/** Does the text name a country ("Lao PDR" is the directory's; "the United States", "Cameroon")? */
export function namesCountry(text: string): boolean {
  const words = fold(text).split(" ");
  return words.some((word, i) => COUNTRIES.has(word) || COUNTRIES.has(`${word} ${words[i + 1] ?? ""}`));
}
