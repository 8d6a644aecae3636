// How a question names delegations: the names it typed, the delegation it asks
// about as a speaker or as the one acting, one it sets aside ("besides Laos"),
// one named only in its framing ("for the note to the president"), and whose
// figure it asks ("the monitor's count").

import type { DelegationEntry, PersonEntry } from "../../../domain/directory.ts";
import { fold } from "../../../domain/names.ts";
import { DELEGATION_NAMES } from "../../../domain/record-names/words.ts";
import { CHAT_FRAMING } from "../../../records/knowledge/framing.ts";
import { whoseFigureOf } from "../../../records/knowledge/question-parts.ts";
import { speakerKeys } from "../../../records/knowledge/speakers.ts";
import { analyze } from "../../../records/knowledge/vocabulary.ts";
import { extractEntities } from "../entities.ts";
import type { AnswerContext } from "./shared.ts";

/**
 * The terms of the names a question typed for a delegation: "the CMC" selects
 * by "cmc", and "coalitions" in the same question stays a topic (though the
 * CMC is the Cluster Munition Coalition). A name read through a typo selects by all.
 */
export function typedNameTerms(folded: string, names: readonly string[]): string[] {
  const typed = names.filter((name) => typedAt(folded, name) >= 0);
  return analyze((typed.length > 0 ? typed : names).join(" "));
}

/** Where the question typed a name, as a whole phrase; -1 when it did not. */
function typedAt(folded: string, name: string): number {
  return ` ${folded} `.indexOf(` ${fold(name)} `);
}

/** "what did Norway ask…", "Norway's concerns", "what was Italy's answer": the delegation asked about as a speaker. */
export function speakerAsked(context: AnswerContext): DelegationEntry | undefined {
  const { entities, folded } = context.understanding;
  const person = entities.persons[0];
  if (person) return context.dir.delegations.find((d) => d.id === person.delegationId);
  // the first named: "what did the ICRC ask Italy and Chile" asks about the ICRC; "the Dutch", "the Presidency" count
  const keys = [
    ...speakerKeys(context.dir),
    ...Object.entries(DELEGATION_NAMES).map(([key, delegation]) => ({ key, delegation })),
  ];
  const at = (d: DelegationEntry) =>
    Math.min(
      ...keys
        .filter((k) => k.delegation === d.name)
        .map(({ key }) => {
          const index = ` ${folded} `.indexOf(` ${key} `);
          return index < 0 ? Number.MAX_SAFE_INTEGER : index;
        }),
    );
  // …unless another is the subject of the question's verb ("CR target list: how did the Dutch respond…")
  const slot = /\b(?:did|does|do|has|have|had) (the )?/.exec(folded);
  const subject = slot
    ? entities.delegations.find((d) => {
        const starts = at(d);
        // (where its key, padded with spaces as `at` reads it, starts: with or without "the")
        return starts === slot.index + 4 || starts === slot.index + slot[0].length;
      })
    : undefined;
  // …or whose reaction or answer is asked ("the President's two categories - France's reaction?")
  const typed = ` ${possessivesMarked(context.text)} `;
  const reacting = entities.delegations.find((d) =>
    keys.some(
      (k) =>
        k.delegation === d.name &&
        REACTION_NOUNS.some((noun) => typed.includes(` ${k.key} possessive ${noun} `)),
    ),
  );
  return subject ?? reacting ?? [...entities.delegations].sort((a, b) => at(a) - at(b))[0];
}

export function presentAt(
  context: AnswerContext,
  meetingId: number,
  delegation: DelegationEntry,
  person?: PersonEntry,
) {
  const meeting = context.records.meetingById.get(meetingId);
  if (!meeting || meeting.attendances.length === 0) return true;
  const attended = new Set(meeting.attendances.map((a) => a.personId));
  if (person) return attended.has(person.id);
  return context.dir.persons.some((p) => p.delegationId === delegation.id && attended.has(p.id));
}

/** "the Dutch", "the Swiss": what delegates call a delegation besides its names. */
function demonymsOf(delegation: DelegationEntry): string[] {
  return Object.entries(DELEGATION_NAMES)
    .filter(([, name]) => name === delegation.name)
    .map(([word]) => word);
}

/** Every name a delegation may be typed by: its own, its aliases and what delegates call it ("the Dutch"). */
export function typedNames(delegation: DelegationEntry): string[] {
  return [delegation.name, ...delegation.aliases, ...demonymsOf(delegation)];
}

/** "the aussies on coalitions 4/11", "Norway re Beirut": a delegation, then what it spoke on, typed as a heading. */
export function headlined(folded: string, delegation: DelegationEntry): boolean {
  return typedNames(delegation).some((name) =>
    new RegExp(`^(?:and )?(?:the )?${fold(name)} (?:on|re|about|regarding|concerning)\\b`).test(folded),
  );
}

/** "when is Italy planning…", "how will Norway…": the delegation is the subject right after the question's verb. */
export function actsIn(folded: string, dir: AnswerContext["dir"], delegation: DelegationEntry): boolean {
  const keys = speakerKeys(dir)
    .filter((k) => k.delegation === delegation.name)
    .map((k) => k.key);
  return keys.some((key) =>
    new RegExp(
      `^(?:and )?(?:when|how|why|what|where|by when) (?:\\w+ )?(?:is|are|was|were|will|would|does|did|has|have) (?:the )?${key} \\w+`,
    ).test(folded),
  );
}

/** The text folded with each possessive kept as the word "possessive" ("France's reaction": "france possessive reaction"). */
function possessivesMarked(text: string): string {
  return fold(text.replace(/['’]s?\b/g, " POSSESSIVE "));
}

/** What a speaker gives back, asked as theirs: "France's reaction", "Italy's answer". */
const REACTION_NOUNS = ["reaction", "response", "reply", "answer", "take"];

/** "Switzerland's …", "the Netherlands' …": the question asks about something of the delegation's own. */
export function ownedBy(text: string, delegation: DelegationEntry): boolean {
  const typed = possessivesMarked(text);
  return [delegation.name, ...delegation.aliases].some((name) => typed.includes(`${fold(name)} possessive`));
}

/** "the monitor's count": whose figure is asked, unless a delegation, which speaks it ("CR's number"). */
export function figureOwner(context: AnswerContext): string | undefined {
  const owner = whoseFigureOf(context.text);
  const delegation = context.understanding.entities.delegations.some((d) =>
    analyze(typedNames(d).join(" ")).includes(owner ?? ""),
  );
  return delegation ? undefined : owner;
}

/** "besides", "(not VA)": the words before a name that set it aside (not "did Norway not…", said after a verb). */
const SET_ASIDE =
  /\b(?:besides|apart from|other than|except|except for|excluding|aside from|rather than|instead of|as opposed to)(?: the)? $|(?<!\b(?:did|does|do|is|are|was|were|has|have|had|will|would|could|should|can|may|must|why)) not(?: the| for| on)? $/;

/** "any SP besides Laos", "apart from the Dutch", "for clearance (not VA)": one of these names is set aside. */
export function setAside(folded: string, names: readonly string[]): boolean {
  return names.some((name) => {
    const at = typedAt(folded, name);
    return at > 0 && SET_ASIDE.test(folded.slice(0, at));
  });
}

/** A delegation named before any pronoun ("Iraq and Australia - anything they owe…"): "they" are those named. */
export const PRONOUN = /\b(?:they|them|their|it|its|he|she|his|her)\b/;

export function namesItsOwn(context: AnswerContext): boolean {
  const { entities, folded } = context.understanding;
  const pronoun = PRONOUN.exec(folded)?.index ?? folded.length;
  return entities.delegations.some((d) =>
    typedNames(d).some((name) => {
      const at = typedAt(folded, name);
      return at >= 0 && at < pronoun;
    }),
  );
}

/**
 * "for the note to the president: how much did the 2 SPs pay…": a delegation named only in the framing (the
 * note's reader) is no delegation the question asks about.
 */
export function unframed(context: AnswerContext): AnswerContext {
  const { entities, folded } = context.understanding;
  const rest = folded.replace(CHAT_FRAMING, " ");
  if (rest === folded || entities.delegations.length === 0) return context;
  const kept = new Set(extractEntities(context.dir, rest, rest).delegations.map((d) => d.id));
  const delegations = entities.delegations.filter((d) => kept.has(d.id));
  return { ...context, understanding: { ...context.understanding, entities: { ...entities, delegations } } };
}

/** Receiving, as the records may say it: "would receive", "was allocated", "granted", "provided with". */
const RECEIVING =
  /\b(?:receiv\w*|gets?|got|obtain\w*|allocat\w*|grant\w*|award\w*|given|provided (?:to|with)|assign\w*)\b/i;

/**
 * "Does the ISU get extra staff or money for the coalitions": whether a delegation receives something, which a
 * sentence saying no receiving does not answer ("with the support of the ISU-CCM it would turn…" is the ISU giving).
 */
export function receivingUnsaid(
  folded: string,
  dir: AnswerContext["dir"],
  delegation: DelegationEntry,
  sentence: string,
): boolean {
  const keys = speakerKeys(dir)
    .filter((k) => k.delegation === delegation.name)
    .map((k) => k.key);
  const asked = keys.some((key) =>
    new RegExp(
      `^(?:and )?(?:does|do|did|will|would|could|can|has|have) (?:the )?${key} (?:\\w+ )?(?:get|gets|receive|obtain)\\b`,
    ).test(folded),
  );
  return asked && !RECEIVING.test(sentence);
}
