// The topics of a meeting's agenda items: a term that titles exactly one item
// ("coalitions": item 5.8 of 4 November) is that item's subject, so a speaker's
// words on it stand there, or say it themselves. Read by find.ts when the
// question names the topic as what was spoken of ("the coalitions concept").
import type { Knowledge, KnowledgeSentence } from "./knowledge.ts";
import { analyze } from "./vocabulary.ts";

/**
 * The terms that title exactly one agenda item of each meeting ("coalit": item 5.8 (Country Coalitions Non paper
 * (Presidency))), not those several titles share ("ISU-CCM", "Presidency").
 */
const TITLES = new WeakMap<Knowledge, Map<number, Map<string, string>>>();
function topicsOf(knowledge: Knowledge, meetingId: number): Map<string, string> {
  let byMeeting = TITLES.get(knowledge);
  if (!byMeeting) {
    const items = new Map<number, Map<string, Set<string>>>();
    for (const s of knowledge.sentences)
      if (s.meetingId !== null)
        for (const term of analyze(titleOf(s.reference))) {
          const ofMeeting = items.get(s.meetingId) ?? new Map<string, Set<string>>();
          ofMeeting.set(term, (ofMeeting.get(term) ?? new Set()).add(s.reference.split(" (")[0] ?? ""));
          items.set(s.meetingId, ofMeeting);
        }
    byMeeting = new Map(
      [...items].map(([id, terms]) => [
        id,
        new Map(
          [...terms].flatMap(([term, where]) => (where.size === 1 ? [[term, [...where][0] ?? ""]] : [])),
        ),
      ]),
    );
    TITLES.set(knowledge, byMeeting);
  }
  return byMeeting.get(meetingId) ?? new Map();
}
const titleOf = (reference: string) => /\((.*)\)/.exec(reference)?.[1] ?? "";

/** "the coalitions concept", "the VA item", "the univ discussion": a topic named as what was spoken of. */
export const TOPIC_NAMED = /\b([a-z]+) (?:concept|paper|non paper|item|discussion|debate|idea)\b/g;

/** A term asked that is another item's own topic at the sentence's meeting, which the sentence does not say. */
export function offItsTopic(
  knowledge: Knowledge,
  sentence: KnowledgeSentence,
  asked: readonly string[],
): boolean {
  if (sentence.meetingId === null) return false;
  const topics = topicsOf(knowledge, sentence.meetingId);
  const item = sentence.reference.split(" (")[0];
  return asked.some((term) => {
    const where = topics.get(term);
    return (
      where !== undefined && where !== item && !sentence.ownTerms.has(term) && !sentence.carried.has(term)
    );
  });
}
