// Forms of address have no place in the record: "Thank you, Mr. President,
// for ..." is reported as thanking the President; "Dear colleagues, ..." is dropped.

import { lower, type Token, word } from "./tokens.ts";

const ADDRESS = new Set(["mr.", "mr", "madam", "madame", "mister", "mme"]);
const TITLES = new Set([
  "president",
  "chair",
  "chairperson",
  "chairman",
  "chairwoman",
  "co-chair",
  "co-chairs",
  "director",
  "coordinator",
]);
const OPENERS = [
  ["dear", "colleagues"],
  ["distinguished", "colleagues"],
  ["distinguished", "delegates"],
  ["excellencies"],
  ["colleagues"],
  ["friends"],
];

export function dropVocatives(input: Token[]): Token[] {
  let tokens = input;
  const opener = OPENERS.find((words) => words.every((w, k) => lower(tokens[k]) === w));
  if (opener && tokens[opener.length]?.text === ",") tokens = restart(tokens.slice(opener.length + 1));
  if (lower(tokens[0]) === "thank" && lower(tokens[1]) === "you") {
    tokens = [word("we", "", false), { ...tokens[0]!, text: "thank", space: " " }, ...tokens.slice(1)];
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!ADDRESS.has(lower(tokens[i])) || !TITLES.has(lower(tokens[i + 1]))) continue;
    const start = tokens[i - 1]?.text === "," ? i - 1 : i;
    const end = tokens[i + 2]?.text === "," ? i + 3 : i + 2;
    const thanked = lower(tokens[start - 1]) === "you" && lower(tokens[start - 2]) === "thank";
    const addressee = thanked ? [word("the"), word(tokens[i + 1]!.text)] : [];
    tokens = [...tokens.slice(0, thanked ? start - 1 : start), ...addressee, ...tokens.slice(end)];
    if (start === 0) tokens = restart(tokens);
    i = start;
  }
  return tokens;
}

function restart(tokens: Token[]): Token[] {
  const [first, ...others] = tokens;
  if (!first) return tokens;
  const text = first.kind === "word" ? first.text[0]!.toUpperCase() + first.text.slice(1) : first.text;
  return [{ ...first, text, space: "" }, ...others];
}
