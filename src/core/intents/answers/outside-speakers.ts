// A State that is no member of the committee, asked about as a speaker ("what
// did Lebanon say at the 4/11 CC", "Lebanon's view on the workshop"): the
// minutes report only those at the table, so unless they report that State
// speaking, the honest answer is that they record nothing it said.

import { COUNTRIES } from "../../../domain/countries.ts";
import type { Directory } from "../../../domain/directory.ts";
import { fold } from "../../../domain/names.ts";
import { speechNounOf, speechVerb } from "../../../records/knowledge/question-words.ts";
import { REPORTING_VERB } from "../../../records/knowledge/speakers.ts";

/** The directory's delegations by every name, folded: one set per directory snapshot, asked of every question. */
const MEMBERS = new WeakMap<Directory, ReadonlySet<string>>();

function membersOf(dir: Directory): ReadonlySet<string> {
  const known = MEMBERS.get(dir);
  if (known) return known;
  const members = new Set(dir.delegations.flatMap((d) => [d.name, ...d.aliases].map(fold)));
  MEMBERS.set(dir, members);
  return members;
}

/**
 * The State, by its English name, that the question asks about as a speaker when it is none of the
 * directory's delegations ("what did lebanon say", "lebanon's view", "did cameroon comment"), or a body by a name
 * no record holds ("what did PAX say").
 */
export function outsiderAsSpeaker(
  folded: string,
  dir: Directory,
  /** Names the message gives that match no record ("PAX"), folded, each with its spelling as typed. */
  unknown: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const members = membersOf(dir);
  const words = folded.split(" ");
  for (const [index, word] of words.entries()) {
    // "lebanon", "south sudan"
    const two = `${word} ${words[index + 1] ?? ""}`;
    const typed = COUNTRIES.has(two) ? two : word;
    // (or a body no record names: "what did PAX say at the 4/11 CC")
    const name = COUNTRIES.get(typed) ?? unknown.get(typed);
    if (!name || members.has(typed)) continue;
    const before = words[index - 1] === "the" ? words[index - 2] : words[index - 1];
    const after = words.slice(index + typed.split(" ").length, index + 4).filter((w) => w !== "s");
    const asked =
      (/^(?:did|does|do|has|had|have|would|will)$/.test(before ?? "") &&
        speechVerb(after[0]) !== undefined) ||
      speechNounOf(after.slice(0, 1)) !== undefined;
    if (asked) return name;
  }
  return undefined;
}

/**
 * Whether a sentence of the minutes reports the State speaking, as its subject ("Lebanon informed the
 * meeting…", "In response, Lebanon said…"), not as what another reported ("NZ said that Cameroon had expressed…").
 */
export function reportedSpeaking(name: string, sentence: string): boolean {
  const typed = name.replace(/^the /, "");
  const at = sentence.indexOf(typed);
  const after = sentence
    .slice(at + typed.length)
    .split(/\s+/)
    .slice(0, 5)
    .join(" ");
  return at >= 0 && at < 60 && !/\bthat\b/.test(sentence.slice(0, at)) && REPORTING_VERB.test(after);
}
