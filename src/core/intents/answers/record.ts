// Answers quoted from the committee's records (minutes, the non-paper), only
// when a sentence clearly answers: the bot quotes and names where it stands,
// it does not summarise or guess.
import { fold } from "../../../domain/names.ts";
import {
  type Mention,
  type SearchablePassage,
  searchRecordStrictly,
  sentencesMentioning,
  terms,
} from "../../../records/search.ts";
import type { DelegationEntry } from "../../../store/directory.ts";
import type { CommandContext } from "../../context.ts";
import type { Section } from "../../reply.ts";
import { privateReply } from "../../reply.ts";
import { plainMessage } from "../normalize.ts";
import { type Answer, type AnswerContext, dontKnow } from "./shared.ts";

/** How the minutes name a delegation when it speaks ("the President", "the ISU-CCM Director"). */
const SPOKEN_AS: Record<string, string[]> = {
  Germany: ["president", "presidency", "ambassador biontino"],
  "ISU-CCM": ["isu ccm director", "isu ccm", "director"],
  "Cluster Munition Coalition": ["cmc", "cluster munition coalition"],
};

export const REPORTING_VERBS =
  /\b(?:informed|explained|said|reported|stressed|highlighted|added|emphasized|welcomed|asked|apologized|presented|told|conveyed|shared|noted|suggested|proposed|offered|thanked|indicated|reiterated|mentioned|replied|clarified|confirmed|expressed|underscored|elaborated|acknowledged|encouraged|reminded|announced)\b/i;

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

/** "who drafted the Dubrovnik Action Plan?" -> drafted / dubrovnik: an agent question names its verb and object. */
function verbObjectOf(folded: string): { verb: string; object: string } | undefined {
  const match = /^who (?:is |was |were |will |has |had |did )?(\w+) (?:the |a |an )?(\w+)/.exec(folded);
  if (!match?.[1] || !match[2] || /^(?:is|are|was|were|the|a|an)$/.test(match[1])) return undefined;
  return { verb: match[1], object: match[2] };
}

/** "what is the deadline for ..." -> deadline: the noun a what/which question asks for. */
function headNounOf(folded: string): string | undefined {
  const match =
    /^(?:what|which|when|where|how \w+) (?:is|was|are|were) (?:the |a |an )?(?:\d+ )?([a-z]{3,})/.exec(
      folded,
    );
  return match?.[1];
}

export async function answerRecord(context: AnswerContext): Promise<Answer> {
  const { entities, folded } = context.understanding;
  const mustMention = [
    ...entities.delegations.map(delegationKeys),
    ...entities.persons.map((p) => [fold(p.familyName)]),
    ...entities.unknownNames.map((name) => [name]),
  ];
  // A lone word ("clear", "budget") is not a question: a sentence that merely contains it answers nothing.
  if (mustMention.length === 0 && terms(plainMessage(context.text)).length < 2)
    return dontKnow(folded, "A single word is not enough for me to find what the records say.");
  const hit = searchRecordStrictly(await passagesOf(context), plainMessage(context.text), {
    mustMention,
    needsFigure: /\bhow (?:many|much|big|large)\b/.test(folded),
    verbObject: verbObjectOf(folded),
    passageMustMention: entities.places.map((place) => [place]),
    head: headNounOf(folded),
  });
  if (!hit) return dontKnow(folded, "Nothing in the minutes or papers on record answers it.");
  return {
    replies: [
      privateReply(`${hit.source}, ${hit.reference}:`, {
        sections: [
          {
            text: hit.sentences.map((sentence) => `“${sentence}”`).join(" "),
            context: "Quoted from the record, not summarised.",
          },
        ],
      }),
    ],
  };
}
