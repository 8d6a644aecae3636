// Which sentences a question's constraints let answer, before any word is
// weighed: the meeting, paragraph or item named, the years asked, the
// delegations named or set aside, the topic set aside, an area's coordinators.
import type { Knowledge, KnowledgeSentence } from "./knowledge.ts";
import type { DocumentQuestion } from "./question.ts";
import { yearsOf } from "./question-parts.ts";
import { knownTerm } from "./read-term.ts";
import { saysDay } from "./sentence-checks.ts";

export interface Constraints {
  /** Only sentences of this meeting's minutes. */
  meetingId?: number;
  /** Instead, for a meeting's room, sentences naming its day ("4 nov") in any minutes (the one before set it). */
  sayingDay?: string;
  /** Only sentences of this numbered paragraph of a paper ("per para 6"). */
  paperParagraph?: string;
  /** Only sentences of this agenda item or its sub-items ("under 5.2", "item 6"). */
  agendaNumber?: string;
  /** The numbers of the dates the question typed ("4/11": 4 and 11), which name a meeting, not a count. */
  dateParts?: readonly string[];
  /** Only sentences this delegation speaks ("what did Norway ask…"). */
  speaker?: string;
  /** The delegation the question has doing something ("when is Italy planning…"): its own sentences answer best. */
  subject?: string;
  /** "which SP said…": the speakers that may answer (the States), when the question asks for one of them. */
  speakersAmong?: readonly string[];
  /** "the stockpile coords' timeline": the area's coordinators, one of whom must be around the sentence. */
  owners?: readonly string[];
  /** Delegations the question names otherwise: the sentence's paragraph names them or they speak it. */
  named?: readonly string[];
  /** "any SP besides Laos…": delegations set aside, whose sentences do not answer. */
  excluded?: readonly string[];
  /** "(not VA)": the terms of each topic set aside; a sentence saying all of one's does not answer. */
  excludedTopics?: readonly (readonly string[])[];
  /** Delegations the sentence itself must name or be spoken by ("Laos's deadline" said of Laos). */
  mentioned?: readonly string[];
  /** Words naming the speaker or meeting: they select, they are not what is asked. */
  selectorTerms?: readonly string[];
  /** When each meeting was held: a date said there and already past then answers no "when is…". */
  heldOn?: (meetingId: number) => Date | undefined;
  /** For a follow-up: the previous answer's sentence, if it quoted one, and the previous message's terms. */
  previous?: { sentenceId?: number; terms: readonly string[] };
}

/** The test a candidate sentence passes when the constraints admit it. */
export function admits(
  knowledge: Knowledge,
  question: DocumentQuestion,
  constraints: Constraints,
): (s: KnowledgeSentence) => boolean {
  // "the 2017 budgt": the word a year qualifies, as the records spell it
  const yearOf = question.yearOf.map(([year, word]) => [year, knownTerm(knowledge, word) ?? word] as const);
  // …nor by a sentence on another year ("its 2016 budget" for "the 2017 budget")
  const onAnotherYear = (text: string): boolean => {
    const years = text.match(/\b(?:19|20)\d\d\b/g);
    if (years && !question.years.some((year) => years.includes(year))) return true;
    const said = yearsOf(text);
    return yearOf.some(
      ([year, word]) =>
        said.some(([y, w]) => w === word && y !== year) && !said.some(([y, w]) => w === word && y === year),
    );
  };
  return (s: KnowledgeSentence): boolean => {
    if (constraints.sayingDay !== undefined) {
      if (!saysDay(s.text, constraints.sayingDay)) return false;
    } else if (constraints.meetingId !== undefined && s.meetingId !== constraints.meetingId) return false;
    if (
      constraints.paperParagraph !== undefined &&
      (s.agendaNumber !== null || s.reference !== `paragraph ${constraints.paperParagraph}`)
    )
      return false;
    const item = constraints.agendaNumber;
    if (item !== undefined && s.agendaNumber !== item && !s.agendaNumber?.startsWith(`${item}.`))
      return false;
    if (question.source === "paper" && s.agendaNumber !== null) return false;
    if (question.source === "minutes" && s.agendaNumber === null) return false;
    // "2015 contributions" are not answered by a paragraph on 2016's
    // "is it in the 2016 or 2017 budget": one side of a choice is enough
    const chosen = (year: string) =>
      question.alternatives.some(
        ([a, b]) => (a === year || b === year) && [a, b].some((y) => s.passageText.includes(y)),
      );
    if (!question.years.every((year) => s.passageText.includes(year) || chosen(year))) return false;
    if (question.years.length > 0 && onAnotherYear(s.text)) return false;
    if ((constraints.excluded ?? []).some((d) => s.speaker === d || s.mentioned.includes(d))) return false;
    if ((constraints.excludedTopics ?? []).some((terms) => terms.every((t) => s.ownTerms.has(t))))
      return false;
    const owners = constraints.owners ?? [];
    if (owners.length > 0 && !owners.some((d) => s.speaker === d || s.around.includes(d))) return false;
    return (
      (constraints.named ?? []).every((d) => s.speaker === d || s.around.includes(d)) &&
      (constraints.mentioned ?? []).every((d) => s.speaker === d || s.mentioned.includes(d))
    );
  };
}
