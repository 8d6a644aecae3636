// Whether a sentence holds the kind of fact a question asks for, and the
// words that state it: a figure for "how many", a date for "by when", a place
// for "where". A sentence that only shares the question's words but holds no
// such fact does not answer it.
import { fold } from "../../domain/names.ts";
import type { AnswerType } from "./question-words.ts";

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

// "by no later than the end of 2018": a deadline however firmly put
const BY = "(?:by\\s+)?no later than|by";

const DATE = new RegExp(
  [
    `(?:(?:${BY}|before|on|until|from|in|at the end of|end of|early|late|mid)\\s+)?(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:\\s*(?:and|to|-|–)\\s*\\d{1,2})?\\s+${MONTH}(?:\\s+\\d{4})?`,
    `(?:(?:${BY}|before|in|until|since|from|through)\\s+)?(?:the\\s+)?(?:end|beginning|middle|start) of (?:the year|${MONTH}|\\d{4})(?:\\s+\\d{4})?`,
    // "through the first trimester of 2017", "in the second half of 2017"
    `(?:(?:by|before|in|until|since|from|through|during)\\s+)?(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:quarter|trimester|semester|half) of (?:the year|\\d{4})`,
    `(?:(?:${BY}|before|in|until|since|from|early|late)\\s+)?${MONTH}\\s+\\d{4}`,
    `(?:(?:by|before|in|until|since|from|early|late)\\s+)?${MONTH}\\b`,
    `(?:(?:at|before|after|by|during)\\s+the\\s+)\\d{1,2}(?:th|st|nd|rd)?\\s*MSP\\b|\\b(?:at|before|after|by|during)\\s+the\\s+(?:next|following)\\s+(?:meeting|MSP)`,
    `(?:(?:by|before|in|until|since|early|late|mid)\\s+)\\d{4}\\b`,
    `\\d{1,2}:\\d{2}`,
    `(?:on\\s+)?the\\s+(?:first|second|third|fourth|last|final|opening|closing)\\s+day\\b`,
    // "for the First Committee later that month": a time said relative to the meeting's
    `\\b(?:later|earlier)\\s+(?:that|this|the same)\\s+(?:month|week|year)\\b|\\b(?:next|the following)\\s+(?:month|week)\\b`,
  ].join("|"),
  "g",
);

// figures that are names, not amounts: "Article 7", "item 5.4", "7MSP", "A/C.1/71/L.22", years, dates
const NOT_A_FIGURE = new RegExp(
  [
    "\\b(?:Article|Articles|item|items|paragraph|Prot\\.?|Protocol|Rule|Action)\\s+\\d+(?:\\.\\d+)*(?:\\s*(?:and|,)\\s*\\d+(?:\\.\\d+)*)*",
    "\\b\\d{1,2}(?:th|st|nd|rd)?\\s*MSP\\b",
    "\\b[A-Z]/[\\w./]+",
    "\\b(?:19|20)\\d{2}\\b",
    DATE.source,
    "\\(\\d+\\)",
  ].join("|"),
  "gi",
);

const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen)";

const FIGURE = new RegExp(
  `(?:(?:CHF|EUR|USD|US\\$|\\$|€)\\s*)?(?:just over |over |some |about |around |only |almost |nearly |more than |less than |up to )?(?:\\d[\\d'’,.]*\\d|\\d)(?:\\s*(?:%|per ?cent|percent))?(?:\\s+(?:out )?of(?: the)? \\d[\\d'’,.]*)?(?:\\s+(?:CHF|EUR|USD|francs|euros|dollars))?|\\b${NUMBER_WORD}(?:\\s*\\(\\d+\\))?(?=\\s+(?:new\\s+)?[A-Za-z])`,
  "gi",
);

/** The spans of a sentence that state figures (amounts, counts, shares), dates and names of figures left out. */
export function figuresOf(sentence: string): string[] {
  const masked = sentence.replace(NOT_A_FIGURE, (match) => " ".repeat(match.length));
  return [...masked.matchAll(FIGURE)].map((m) => m[0].trim()).filter((f) => /\d|[a-z]/i.test(f));
}

const MONTH_NUMBER = new Map(
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i) => [m, i]),
);

/**
 * A date span's year, and its first or last month with the day just before it ("1 December 2016", "5 to 7 September
 * 2016": the 7th of the last), if it names a year.
 */
function spanDay(
  span: string,
  which: "first" | "last",
): { year: number; month?: { index: number | undefined; day: number | undefined } } | undefined {
  const year = /\b((?:19|20)\d\d)\b/.exec(span)?.[1];
  if (!year) return undefined;
  const months = [...span.matchAll(new RegExp(MONTH, "gi"))];
  const named = which === "first" ? months[0] : months.at(-1);
  if (!named) return { year: Number(year) };
  const day = /(\d{1,2})\s*$/.exec(span.slice(0, named.index))?.[1];
  return {
    year: Number(year),
    month: {
      index: MONTH_NUMBER.get(named[0].slice(0, 3).toLowerCase()),
      day: day ? Number(day) : undefined,
    },
  };
}

/** The last moment a date span can mean ("in August 2016": 31 August 2016; a range: its last day), if it names a year. */
export function endOf(span: string): Date | undefined {
  const parts = spanDay(span, "last");
  if (!parts) return undefined;
  if (!parts.month) return new Date(Date.UTC(parts.year + 1, 0, 1));
  const { index = 11, day } = parts.month;
  return new Date(Date.UTC(parts.year, day ? index : index + 1, day ? day + 1 : 1));
}

/** The first day a date span names ("the first trimester of 2017": 1 January 2017), or undefined without a year. */
export function startOf(span: string): Date | undefined {
  const parts = spanDay(span, "first");
  if (!parts) return undefined;
  return new Date(Date.UTC(parts.year, parts.month?.index ?? 0, parts.month?.day ?? 1));
}

export function datesOf(sentence: string): string[] {
  return [...sentence.matchAll(DATE)].map((m) => m[0].trim());
}

const PLACE =
  /\b(?:in|at|to|from|near)\s+((?:the\s+)?(?:[A-Z][\w'’-]+|de|des|of|and|\/)(?:\s+(?:[A-Z][\w'’-]+|de|des|of|and|\/|[A-Z]+))*)/g;
const NOT_A_PLACE = new RegExp(
  `^(?:the\\s+)?(?:${MONTH}|${WEEKDAY}|Article|Agenda|item|Committee|Coordinat\\w*|President|Presidency|ISU|Convention|States?|Parties|Party)\\b`,
);

/** Capitalised words of the committee's business, not of places: "to Victim Assistance", "at the First Review Conference". */
const BUSINESS_WORD =
  /\b(?:Assistance|Destruction|Clearance|Universali[sz]ation|Measures|Cooperation|Guidance|Resolution|Conference|Review|Action|Plan|Programme|Program|Meeting|Session|Committee|Coordinators?|Fund|Decision|Operation|Status|Transparency|Education|Implementation|Monitor|Report)\b/;

/** "in areas with significant contamination (South East Asia and South East Europe)": regions in brackets. */
const REGIONS_IN_BRACKETS =
  /\(((?:[A-Z][\w-]*\s)*(?:Asia|Europe|Africa|America|Americas|Pacific|Caucasus|Balkans|Middle East)(?:\s(?:and|or)\s(?:[A-Z][\w-]*\s)*(?:Asia|Europe|Africa|America|Americas|Pacific|Caucasus|Balkans|Middle East))*)\)/g;

export function placesOf(sentence: string): string[] {
  return [
    ...[...sentence.matchAll(PLACE)]
      .map((m) => (m[1] ?? "").trim())
      .filter((place) => place && !NOT_A_PLACE.test(place) && !BUSINESS_WORD.test(place)),
    ...[...sentence.matchAll(REGIONS_IN_BRACKETS)].map((m) => m[1] ?? ""),
  ];
}

/** Words that give a reason: "because", "due to", "in order to", "concerns", "the rationale". */
export const REASON =
  /\b(?:because|as a result|due to|owing to|since|given|in order to|so that|so as to|to ensure|to avoid|risk|concerns?|worried|challenges?|reasons?|rationale|as the|as it|as they|which would|aim|objective)\b/i;

const LINKING = new Set([
  "by",
  "on",
  "in",
  "at",
  "before",
  "until",
  "from",
  "since",
  "the",
  "of",
  "end",
  "to",
  "and",
  // "on Wednesday, 7 December": the day of the week of a date the question names says nothing new
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  // "some 40", "approximately CHF 60'000": how near a figure is says nothing new ("of the ~40 participants")
  "some",
  "about",
  "around",
  "approximately",
  "roughly",
  "nearly",
  "almost",
  // "only 29", "just over CHF 100'000": how the minutes weigh a figure says nothing new either
  "only",
  "just",
  "over",
  "under",
  "more",
  "less",
  "than",
  "up",
]);

/** Every telling word of the span is one the question itself uses. */
function stated(span: string, own: readonly string[]): boolean {
  return fold(span)
    .split(" ")
    .filter((word) => word && !LINKING.has(word))
    .every((word) => own.includes(word));
}

/** A span is not an answer when the question states it ("when were the minutes of 27 September circulated"): its year aside. */
export function notAsked(spans: string[], own: readonly string[]): string | null {
  return (
    spans.find((span) => {
      const words = fold(span)
        .split(" ")
        .filter((word) => word && !LINKING.has(word));
      const telling = words.length > 1 ? words.filter((word) => !/^(?:19|20)\d\d$/.test(word)) : words;
      return telling.some((word) => !own.includes(word) && !own.includes(word.slice(0, 3)));
    }) ?? null
  );
}

/**
 * The words stating the fact, null when the sentence holds no fact of that
 * kind, undefined when the kind has no span (the sentence itself answers).
 */
export function factOf(
  sentence: string,
  type: AnswerType,
  own: readonly string[] = [],
): string | null | undefined {
  switch (type) {
    case "figure":
      return notAsked(figuresOf(sentence), own);
    case "date":
      return notAsked(datesOf(sentence), own);
    case "place":
      // "which city in South East Asia": the region the question names is not its answer
      return placesOf(sentence).find((place) => !stated(place, own)) ?? null;
    case "reason":
      // a reason is a clause, not a span: the sentence is the answer if it gives one
      return REASON.test(sentence) ? undefined : null;
    default:
      return undefined;
  }
}

/** "twice a year", "every month", "monthly", "regularly": how often. */
export const FREQUENCY =
  /\b(?:once|twice|\w+ times) (?:a|per|each) \w+|\bevery (?:\w+ )?(?:days?|weeks?|months?|years?|quarter)\b|\b(?:daily|weekly|monthly|quarterly|annually|yearly|regularly)\b/i;

/** "Room XII", "Conference Room 1", "Salle 23": a room. */
export const ROOM =
  /\b(?:(?:Conference |Meeting )?Room|Salle) [\w.-]+|\b(?:the )?(?:conference|meeting) room of the (?:[A-Z][\w-]*(?: of the | of | )?)+/;

/** "two years", "18 months", "a few weeks": a length of time. */
export const LENGTH_OF_TIME =
  /\b(?:\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[ -](?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** "Ms. Muñoz", "Ambassador Biontino": a person named, not a body. */
/** A United Nations document symbol: "A/C.1/71/L.22", "CCM/MSP/2016/9". */
export const UN_SYMBOL = /\b[A-Z]{1,5}(?:\/[\w.]+){2,}/;

export const PERSON_NAMED = /\b(?:Mr|Ms|Mrs|Dr|Ambassador|H\.E)\.? [A-Z]/;

/** "10:00h", "3 pm": a time of day. */
export const TIME_OF_DAY = /\b\d{1,2}[:.h]\d{2}h?\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)/i;
