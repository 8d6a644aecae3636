// Quoting the committee's records where a delegation is named: how the
// minutes name a delegation, and the first sentence that mentions it.

import { speakerKeys } from "../../../records/knowledge/speakers.ts";
import { type Mention, type SearchablePassage, sentencesMentioning } from "../../../records/search.ts";
import type { DelegationEntry, Directory } from "../../../store/directory.ts";
import type { CommandContext } from "../../context.ts";
import type { Section } from "../../reply.ts";

export { REPORTING_VERB as REPORTING_VERBS } from "../../../records/knowledge/speakers.ts";

/** How the minutes name a delegation: its names and aliases, its people, the presidency's and the Director's offices. */
export function delegationKeys(dir: Directory, delegation: DelegationEntry): string[] {
  return speakerKeys(dir)
    .filter((key) => key.delegation === delegation.name)
    .map((key) => key.key);
}

export async function passagesOf(context: CommandContext): Promise<readonly SearchablePassage[]> {
  return context.records.passages;
}

export function quoteSection(mentions: readonly Mention[]): Section {
  const [first] = mentions;
  const where = first ? `${first.source}, ${first.reference}` : "";
  return {
    title: where,
    text: mentions.map((m) => `“${m.sentence}”`).join(" "),
    context: "Quoted from the record, not summarised.",
  };
}

/** Where the records name a delegation (about `topic`, if given): the first such sentence, quoted. */
export async function mentionsOf(
  context: CommandContext,
  delegation: DelegationEntry,
  topic: string[],
): Promise<Section | null> {
  const found = sentencesMentioning(await passagesOf(context), delegationKeys(context.dir, delegation), {
    topic,
  });
  return found[0] ? quoteSection([found[0]]) : null;
}
