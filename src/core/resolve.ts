// Turns a name as typed in a command ("Laos", "BiH", "victim assistance",
// "Dorovic", "the Lao coalition") into the committee's records: a name
// exactly, else the longest name standing in the text, else near misses
// (src/domain/record-names/near-miss.ts says which typos are forgiven).
import { aliasKey } from "../domain/names.ts";
import { directoryNames, inKindOrder } from "../domain/record-names/directory-names.ts";
import { named, namedNearly, namedWithin } from "../domain/record-names/name-index.ts";
import { type Subject, type SubjectKind, uniqueSubjects } from "../domain/record-names/subjects.ts";
import type { Directory } from "../store/directory.ts";

export { type Subject, type SubjectKind, subjectId, subjectName } from "../domain/record-names/subjects.ts";

const FILLER =
  /\b(?:the|a|of|in|on|for|about|with|country|coalitions?|area|thematic|coordinators?|coordination|delegation|status|update|please)\b/g;

function stripFiller(key: string): string {
  return key.replace(FILLER, " ").replace(/\s+/g, " ").trim();
}

/** Every record of the given kinds the text could mean, best reading first; empty when none. */
export function resolveSubjects(dir: Directory, text: string, kinds: readonly SubjectKind[]): Subject[] {
  const whole = aliasKey(text);
  const key = stripFiller(whole);
  const names = directoryNames(dir);
  const accept = (subject: Subject) => kinds.includes(subject.kind);
  const sorted = (found: Subject[]) => inKindOrder(names, uniqueSubjects(found), kinds);

  const exact = [whole, key].flatMap((typed) => (typed ? named(names.index, typed, accept) : []));
  if (exact.length > 0) return sorted(exact);
  const within = namedWithin(names.index, whole, accept);
  if (within.length > 0) return sorted(within);
  return sorted(namedNearly(names.index, key, accept));
}
