// Quoting the committee's records where a delegation is named: how the
// minutes name a delegation, and the first sentence that mentions it.
import { fold } from "../../../domain/names.ts";
import { type Mention, type SearchablePassage, sentencesMentioning } from "../../../records/search.ts";
import type { DelegationEntry } from "../../../store/directory.ts";
import type { CommandContext } from "../../context.ts";
import type { Section } from "../../reply.ts";

/** How the minutes name a delegation when it speaks ("the President", "the ISU-CCM Director"). */
const SPOKEN_AS: Record<string, string[]> = {
  Germany: ["president", "presidency", "ambassador biontino"],
  "ISU-CCM": ["isu ccm director", "isu ccm", "director"],
  "Cluster Munition Coalition": ["cmc", "cluster munition coalition"],
};

export { REPORTING_VERB as REPORTING_VERBS } from "../../../records/knowledge/speakers.ts";

export function delegationKeys(delegation: DelegationEntry): string[] {
  return [
    fold(delegation.name),
    ...delegation.aliases.filter((a) => a.length > 2),
    ...(SPOKEN_AS[delegation.name] ?? []),
  ];
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
  const found = sentencesMentioning(await passagesOf(context), delegationKeys(delegation), { topic });
  return found[0] ? quoteSection([found[0]]) : null;
}
