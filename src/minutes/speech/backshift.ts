// Tense back-shift for reported speech: will -> would, is -> was, has -> had,
// present simple -> past simple, past simple -> past perfect, did -> had done.
// Finite verbs are recognised from their neighbours (a subject pronoun, a name,
// "who", "the plan ...") because a word like "report" is as often a noun.

import {
  ALSO_NOUNS,
  isPastOnly,
  participleOf,
  pastOf,
  sameCase,
  TAKES_THAT,
  type VerbForm,
  verbForm,
} from "./lexicon.ts";
import { antecedentOf, subjectBefore } from "./subjects.ts";
import { lower, type Token, word } from "./tokens.ts";
import { DETERMINERS, isAdverb, MODALS, NOT_A_SUBJECT, SUBJECT_PRONOUNS } from "./words.ts";

/** Whether a (first-person) subject pronoun becomes plural in the report: "we" -> "they" or "it". */
export type Plurality = (lowerPronoun: string) => boolean | undefined;

// "we shall rely on diplomacy" is an intention, reported "would"; only a
// treaty obligation ("States Parties shall submit") is reported "should".
const MODAL_SHIFT: Record<string, string> = { will: "would", shall: "would", can: "could", may: "might" };
const OBLIGED = /^(?:parties|party)$/;
const WILL_AS_NOUN = new Set([
  ...DETERMINERS,
  ..."political good strong free own of ill collective genuine real sufficient".split(" "),
]);
const OBJECT_STARTERS = new Set([
  ...DETERMINERS,
  ..."to that on up out together forward it them us him her two three four five six seven eight nine ten".split(
    " ",
  ),
]);
const AUXILIARY_NEXT = new Set("is are was were has have had do does did".split(" "));
/** Words that go between "had" and "been": "was not sure" -> "had not been sure". */
const BETWEEN_HAD_AND_BEEN = new Set("not already also still never always just only".split(" "));
const SUBJUNCTIVE_TRIGGERS = new Set(["if", "wish", "though"]);

type Step = { replace: Token[]; pending?: VerbForm["form"] };

export function backshift(tokens: Token[], plurality: Plurality): Token[] {
  const out = [...tokens];
  let pending: VerbForm["form"] | undefined;
  for (let i = 0; i < out.length; i++) {
    const token = out[i]!;
    if (token.kind !== "word" || token.fixed) {
      if (token.kind === "punct" && token.text !== ",") pending = undefined;
      continue;
    }
    if (/^\p{Lu}/u.test(token.text)) continue;
    const w = token.text.toLowerCase();
    if ((w === "and" || w === "or") && pending) {
      const step = coordinated(out, i, pending);
      if (step) {
        const at = nextIndex(out, i, isAdverb);
        out.splice(at, 1, ...step.replace);
        i = at + step.replace.length - 1;
      }
      pending = undefined;
      continue;
    }
    const step = shiftWord(out, i, w, plurality);
    if (!step) continue;
    out.splice(i, 1, ...step.replace.map((t, n) => (n === 0 ? { ...t, space: token.space } : t)));
    i += step.replace.length - 1;
    pending = step.pending;
  }
  return out;
}

function shiftWord(tokens: Token[], i: number, w: string, plurality: Plurality): Step | undefined {
  const text = tokens[i]!.text;
  const modal = MODAL_SHIFT[w];
  if (modal) {
    if (!isModal(tokens, i, w)) return undefined;
    const obliged = w === "shall" && OBLIGED.test(lower(tokens[previousIndex(tokens, i, isAdverb)]));
    return { replace: [word(sameCase(text, obliged ? "should" : modal))] };
  }
  if (w === "cannot") return { replace: [word("could"), word("not")] };
  if (w === "am" || w === "is" || w === "are") return { replace: [word(beForm(tokens, i, w, plurality))] };
  if (w === "was" || w === "were") return pastBe(tokens, i, w, plurality);
  const before = lower(tokens[previousIndex(tokens, i, skipAdverbOrNot)]);
  if (w === "have" || w === "has") {
    return MODALS.has(before) || ["to", "do", "does", "did"].includes(before)
      ? undefined
      : { replace: [word("had")] };
  }
  if (w === "do" || w === "does")
    return MODALS.has(before) || before === "to" ? undefined : { replace: [word("did")] };
  if (w === "did") return pastDo(tokens, i);
  const form = verbForm(w);
  if (!form || form.base === "have" || form.base === "do") return undefined;
  if (form.form === "past") {
    if (!isFinitePast(tokens, i, w)) return undefined;
    return { replace: [word("had"), word(participleOf(form.base))], pending: "past" };
  }
  if (!isFinitePresent(tokens, i, form)) return undefined;
  return { replace: [word(pastOf(form.base))], pending: form.form };
}

/** "will" the noun ("political will", "the will to") is not the modal. */
function isModal(tokens: Token[], i: number, w: string): boolean {
  const before = lower(tokens[i - 1]);
  const after = tokens[i + 1];
  if (w === "will" && (WILL_AS_NOUN.has(before) || !after || after.kind !== "word")) return false;
  if (w === "will" && ["to", "of"].includes(lower(after))) return false;
  if (w === "can" && DETERMINERS.has(before)) return false;
  if (w === "may" && (/^\d/.test(after?.text ?? "") || /^\d/.test(tokens[i - 1]?.text ?? ""))) return false;
  return true;
}

function subjectPlural(tokens: Token[], i: number, plurality: Plurality): boolean | undefined {
  const subject = lower(tokens[previousIndex(tokens, i, isAdverb)]);
  if (subject === "i" && tokens[previousIndex(tokens, i, isAdverb)]?.text !== "I") return undefined;
  return plurality(subject);
}

function beForm(tokens: Token[], i: number, w: string, plurality: Plurality): string {
  const plural = subjectPlural(tokens, i, plurality);
  if (plural === undefined) return w === "are" ? "were" : "was";
  return plural ? "were" : "was";
}

/** was/were -> had been, except a subjunctive ("if it were"), "was to" and "was going to". */
function pastBe(tokens: Token[], i: number, w: string, plurality: Plurality): Step | undefined {
  const after = lower(tokens[i + 1]);
  const recent = tokens.slice(Math.max(0, i - 3), i).map(lower);
  const subjunctive = w === "were" && recent.some((r) => SUBJUNCTIVE_TRIGGERS.has(r));
  if (subjunctive || after === "to" || after === "going" || after === "about") {
    const plural = subjectPlural(tokens, i, plurality);
    if (plural === undefined || subjunctive) return undefined;
    return { replace: [word(plural ? "were" : "was")] };
  }
  let end = i + 1;
  while (BETWEEN_HAD_AND_BEEN.has(lower(tokens[end]))) end++;
  const between = tokens.slice(i + 1, end).map((t) => word(t.text));
  tokens.splice(i + 1, end - i - 1);
  return { replace: [word("had"), ...between, word("been")] };
}

/** "did not receive" -> "had not received"; "did" alone -> "had done". */
function pastDo(tokens: Token[], i: number): Step {
  const at = nextIndex(tokens, i, skipAdverbOrNot);
  const main = tokens[at];
  const form = main && !main.fixed ? verbForm(lower(main)) : undefined;
  if (main && form?.form === "base") {
    tokens[at] = { ...main, text: participleOf(form.base), fixed: true };
    return { replace: [word("had")] };
  }
  return { replace: [word("had"), word("done")] };
}

function isFinitePresent(tokens: Token[], i: number, form: VerbForm): boolean {
  const at = previousIndex(tokens, i, isAdverb);
  const before = tokens[at];
  if (before?.text === ",") return agrees(tokens, i, form);
  if (before?.kind !== "word") return false;
  const b = before.text.toLowerCase();
  const next = lower(tokens[i + 1]);
  const nounToo = ALSO_NOUNS.has(form.base);
  if (SUBJECT_PRONOUNS.has(b) && before.text !== "I" && b === "i") return false;
  if (SUBJECT_PRONOUNS.has(b)) {
    return form.form === "s"
      ? ["he", "she", "it", "who", "which"].includes(b)
      : !["he", "she", "it"].includes(b);
  }
  // "this requires" is a verb; "this report" is a noun after a determiner
  // "countries that need support": "that" is the subject of a relative clause, agreeing with its noun
  const antecedent = b === "that" ? antecedentOf(tokens, at) : undefined;
  if (antecedent) return antecedent.plural === (form.form === "base");
  if (b === "that" || b === "this") return form.form === "s";
  if (NOT_A_SUBJECT.has(b) || /^\d/.test(b) || /['’]s?$/.test(b)) return false;
  const capitalised = /^\p{Lu}/u.test(before.text);
  // "UNOG finances will", "the needs are", "reports remain": a noun, since the verb comes next;
  // "the action plans that States develop": a noun, since a relative clause describes it
  if (MODALS.has(next) || AUXILIARY_NEXT.has(next) || verbFollows(tokens, i, form)) return false;
  const relativeNext = next === "which" || next === "who" || (next === "that" && !TAKES_THAT.has(form.base));
  if (nounToo && form.form === "s" && relativeNext) return false;
  const subject = subjectBefore(tokens, i);
  if (subject) return subject.plural === (form.form === "base");
  if (form.form === "s") {
    if (!nounToo || capitalised) return true;
    return OBJECT_STARTERS.has(next) && headedNoun(tokens, at);
  }
  const pluralNoun = /[^s]s$/.test(b);
  if (!pluralNoun) return false;
  return !nounToo || OBJECT_STARTERS.has(next);
}

function agrees(tokens: Token[], i: number, form: VerbForm): boolean {
  const subject = subjectBefore(tokens, i);
  return subject !== undefined && subject.plural === (form.form === "base");
}

/** "transparency reports remain", "concept notes be discussed": an -s word with a plain verb after it is the plural noun. */
function verbFollows(tokens: Token[], i: number, form: VerbForm): boolean {
  const next = tokens[i + 1];
  if (form.form !== "s" || next?.kind !== "word" || next.fixed) return false;
  if (lower(next) === "be") return true;
  const after = verbForm(lower(next));
  return after?.form === "base" && !ALSO_NOUNS.has(after.base);
}

/** "the (concept) note" or "ISU budget": a noun phrase opened by a determiner or a name, so a subject. */
function headedNoun(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const token = tokens[k]!;
    const w = lower(token);
    if (DETERMINERS.has(w) || /^\p{Lu}/u.test(token.text) || /['’]s?$/.test(w)) return true;
    if (token.kind !== "word" || NOT_A_SUBJECT.has(w)) return false;
  }
  return false;
}

function isFinitePast(tokens: Token[], i: number, w: string): boolean {
  const at = previousIndex(tokens, i, isAdverb);
  const before = tokens[at];
  const b = lower(before);
  if (["had", "has", "have", "having", "been", "be", "being", "to"].includes(b)) return false;
  if (isPastOnly(w)) return true;
  if (before?.kind !== "word") return false;
  if (SUBJECT_PRONOUNS.has(b)) return b !== "i" || before.text === "I";
  // "States that voted": no participle follows a relative "that"
  if (b === "that" && antecedentOf(tokens, at)) return true;
  // "the States Parties concerned." / "States affected by": a participle after the noun, not a verb
  const after = tokens[i + 1];
  const continues = after?.kind === "word" || after?.kind === "quote" || after?.text === ":";
  if (!continues || lower(after) === "by" || NOT_A_SUBJECT.has(b)) return false;
  if (/^\p{Lu}/u.test(before.text)) return true;
  // "its national authority approved the plan": a noun phrase, then the verb and its object
  return DETERMINERS.has(lower(after)) && headedNoun(tokens, at);
}

/** The second verb of "organises workshops and invites donors" follows the first one's tense. */
function coordinated(tokens: Token[], i: number, pending: VerbForm["form"]): Step | undefined {
  const at = nextIndex(tokens, i, isAdverb);
  const token = tokens[at];
  if (token?.kind !== "word" || token.fixed || /^\p{Lu}/u.test(token.text)) return undefined;
  const form = verbForm(token.text.toLowerCase());
  if (!form || form.form !== pending) return undefined;
  if (ALSO_NOUNS.has(form.base) && !OBJECT_STARTERS.has(lower(tokens[at + 1]))) return undefined;
  if (pending === "past") return { replace: [word(participleOf(form.base))] };
  return { replace: [word(pastOf(form.base))] };
}

function skipAdverbOrNot(lowerWord: string): boolean {
  return lowerWord === "not" || isAdverb(lowerWord);
}

function previousIndex(tokens: Token[], i: number, skip: (w: string) => boolean): number {
  let at = i - 1;
  while (at >= 0 && tokens[at]!.kind === "word" && skip(lower(tokens[at]))) at--;
  return at;
}

function nextIndex(tokens: Token[], i: number, skip: (w: string) => boolean): number {
  let at = i + 1;
  while (at < tokens.length && tokens[at]!.kind === "word" && skip(lower(tokens[at]))) at++;
  return at;
}
