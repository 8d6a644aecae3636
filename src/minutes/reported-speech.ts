// Turns a first-person sentence said by a speaker into one minutes sentence in
// reported speech: "<Speaker> <reporting verb> that <clause>." (third person, past tense).
// First version: pronouns, modals, be/have/do and time words; refined in later commits.

const PRONOUNS: Record<string, string> = {
  we: "it",
  i: "it",
  us: "it",
  me: "it",
  our: "its",
  my: "its",
  ours: "its own",
  mine: "its own",
  ourselves: "itself",
  myself: "itself",
};

const SHIFT: Record<string, string> = {
  will: "would",
  shall: "should",
  can: "could",
  cannot: "could not",
  may: "might",
  is: "was",
  am: "was",
  are: "were",
  has: "had",
  have: "had",
  do: "did",
  does: "did",
  today: "that day",
  tomorrow: "the following day",
  yesterday: "the previous day",
  this: "that",
  these: "those",
  here: "there",
  now: "then",
  ago: "before",
};

export function reportSpeech(speaker: string, sentence: string): string {
  const text = sentence.trim().replace(/[.!?]+$/, "");
  const words = text.split(/\s+/).map((word, index) => {
    const key = word.toLowerCase();
    const replacement = PRONOUNS[key] ?? SHIFT[key];
    if (replacement === undefined) return index === 0 && !/^[A-Z]{2,}/.test(word) ? word : word;
    return replacement;
  });
  const clause = words.join(" ").replace(/\bit were\b/g, "it was");
  const name = speaker.trim().replace(/^the\b/, "The");
  return `${name} informed the meeting that ${clause}.`;
}
