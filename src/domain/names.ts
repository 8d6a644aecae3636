// Matching names as people type them: case, accents, punctuation and "the" do
// not matter ("Dorovic" finds "Dorović", "the Netherlands" finds "Netherlands").

/** Lower case, accents stripped, punctuation to spaces, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `fold`, then a leading "the" dropped: the key under which aliases are stored. */
export function aliasKey(text: string): string {
  return fold(text).replace(/^the /, "");
}
