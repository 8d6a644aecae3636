// Where a question about the documents points: a numbered paragraph of the
// paper (or its last one), the dates and months it types (which name a
// meeting), a month said of a happening, and a meeting's day as the documents'
// dates read when folded.
import { shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { MONTH_NAMES } from "../../../domain/period.ts";
import type { KnowledgeSentence } from "../../../records/knowledge/knowledge.ts";

/** "per para 6", "does paragraph 2 say": a numbered paragraph of the paper. */
export const PAPER_PARAGRAPH = /\b(?:para|paragraph|par) (\d{1,2})\b/;

/** "np last para", "the paper's final paragraph": its highest numbered paragraph. */
export const LAST_PARAGRAPH = /\b(?:last|final|closing) (?:para|paragraph|par)\b/;

export function lastParagraph(knowledge: { sentences: readonly KnowledgeSentence[] }): string | undefined {
  const numbers = knowledge.sentences.flatMap((s) =>
    s.agendaNumber === null ? (/^paragraph (\d+)$/.exec(s.reference)?.[1] ?? []) : [],
  );
  return numbers.length > 0 ? String(Math.max(...numbers.map(Number))) : undefined;
}

/** A month typed in full or cut short ("oct", "sept"). */
const MONTH_WORD = `(?:${MONTH_NAMES.map((month) => month.slice(0, 3)).join("|")})[a-z]*`;

/** A month said as the time of a happening asked about: "happen in november", "be held in nov". */
export const EVENT_MONTH = new RegExp(
  `\\b(?:happen|happened|take place|took place|taken place|be held|been held|held|arrive|arrived|go out|went out)(?: \\w+)? (?:in|during|by|before) (?:the )?${MONTH_WORD}\\b`,
);

/** The numbers of the dates typed ("4/11", folded "4 11"; "6 oct"; "october 6"): they name a meeting. */
export function datePartsOf(folded: string): string[] {
  const parts = [
    ...folded.matchAll(/\b(\d{1,2}) (\d{1,2})\b/g),
    ...folded.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}\\b`, "g")),
    ...folded.matchAll(new RegExp(`\\b${MONTH_WORD} (\\d{1,2})\\b`, "g")),
  ];
  return parts.flatMap((m) => m.slice(1).filter((part): part is string => part !== undefined));
}

/** A meeting's day as the documents' dates read when folded: "4 nov". */
export function dayOfMonth(at: Date, timeZone: string): string {
  const [day, month] = fold(shortDate(at, timeZone)).split(" ");
  return `${day} ${(month ?? "").slice(0, 3)}`;
}

/** The message types a meeting's date or month ("on 4/11", "in nov"). */
export function typesMeeting(folded: string): boolean {
  return datePartsOf(folded).length > 0 || new RegExp(`\\b${MONTH_WORD}\\b`).test(folded);
}
