// Questions and requests put to the meeting, reported as the minutes do: "Could
// you circulate the list?" becomes "requested that members circulate the list",
// a yes/no question "asked if ..." ("whether" when it offers alternatives), a
// wh-question "asked what/how/when ...", with the word order made declarative:
// "The Netherlands then asked if Costa Rica could present its list".

import { ALSO_NOUNS, participleOf, pastOf, verbForm } from "./lexicon.ts";
import { lower, type Token, word } from "./tokens.ts";
import { DETERMINERS, isAdverb, PREDICATE_ADJECTIVES, PREPOSITIONS } from "./words.ts";

/** The reporting verb, the word that links it to the clause ("that" unless set; "" for a wh-question). */
export type Framed = { verb: string; tokens: Token[]; link?: string };

const AUXILIARIES = new Set(
  "can could would will shall should may might must do does did is are am was were have has had".split(" "),
);
const WH = new Set("what when where who whom whose which how why".split(" "));
/** -ing words that are nouns in a subject ("is the meeting on Friday"). */
const ING_NOUNS = new Set(
  "meeting funding financing training building planning reporting understanding wording briefing setting thing beginning gathering mapping".split(
    " ",
  ),
);
const PRONOUN_SUBJECTS = new Set("i we you he she it they there".split(" "));

/** A request or a question, if the sentence is one (it ends with "?"). */
export function frameQuestion(tokens: Token[]): Framed | undefined {
  if (tokens.at(-1)?.text !== "?") return undefined;
  const body = tokens.slice(0, -1);
  const first = lower(body[0]);
  if (AUXILIARIES.has(first)) return yesNo(body);
  if (WH.has(first) || (PREPOSITIONS.has(first) && WH.has(lower(body[1])))) return whQuestion(body);
  return asked(body);
}

/** "asked if the list was ready"; "asked whether ... or ..." when the question offers a choice. */
function asked(clause: Token[]): Framed {
  const choice = clause.some((t) => lower(t) === "or");
  return { verb: "asked", link: choice ? "whether" : "if", tokens: respace(clause, "") };
}

function yesNo(body: Token[]): Framed {
  const aux = lower(body[0]);
  let at = 1;
  const subjectWord = lower(body[1]);
  if (subjectWord === "you" && ["can", "could", "would", "will"].includes(aux)) {
    at = 2;
    if (lower(body[at]) === "please") at++;
    return { verb: "requested", tokens: [word("members", ""), ...freezeVerb(body.slice(at))] };
  }
  if ((subjectWord === "we" || subjectWord === "i") && ["can", "could", "shall", "should"].includes(aux)) {
    return {
      verb: "proposed",
      tokens: [word("the", ""), word("meeting"), ...freezeVerb(body.slice(2))],
    };
  }
  return asked(declarative(body, 0));
}

/** The wh-phrase reaches to the first auxiliary: "how much of the ISU funding is", "at what stage are". */
const WH_PHRASE_LIMIT = 8;

function whQuestion(body: Token[]): Framed {
  let at = 1;
  while (at < body.length && at < WH_PHRASE_LIMIT && !AUXILIARIES.has(lower(body[at]))) at++;
  if (at >= body.length || at >= WH_PHRASE_LIMIT) at = 1;
  const wh = body.slice(0, at).map((t, n) => (n === 0 ? { ...t, text: t.text.toLowerCase() } : t));
  // "who will host", "how much of the funding is not voluntary": the wh-phrase is the subject
  const afterAux = body[at + 1];
  const subjectQuestion = !afterAux || !startsSubject(body, at + 1);
  const rest = subjectQuestion ? body.slice(at) : declarative(body, at, true);
  return { verb: "asked", link: "", tokens: [...respace(wh, ""), ...respace(rest, " ")] };
}

function startsSubject(body: Token[], at: number): boolean {
  const token = body[at];
  const w = lower(token);
  if (token?.kind !== "word" || w === "not" || isAdverb(w) || PREDICATE_ADJECTIVES.has(w)) return false;
  if (PRONOUN_SUBJECTS.has(w) || DETERMINERS.has(w) || /^\p{Lu}/u.test(token.text)) return true;
  // "at what stage are invoices sent": a bare plural noun, not a verb
  const form = verbForm(w);
  return !form || (ALSO_NOUNS.has(form.base) && form.form === "s");
}

/**
 * body[at] is the auxiliary: "will the report be ready" -> "the report will be ready".
 * After a wh-phrase the subject may run to the end ("what the status of Lao PDR was").
 */
function declarative(body: Token[], at: number, afterWh = false): Token[] {
  const auxToken = body[at]!;
  const aux = auxToken.text.toLowerCase();
  const end = subjectEnd(body, at + 1, afterWh);
  const subject = respace(body.slice(at + 1, end), " ");
  const rest = body.slice(end);
  if (aux === "do" || aux === "does" || aux === "did") {
    const verbAt = rest.findIndex((t) => !isAdverb(lower(t)) && lower(t) !== "not");
    const main = rest[verbAt];
    const form = main ? verbForm(lower(main)) : undefined;
    if (main && form) {
      const negated = rest.slice(0, verbAt).some((t) => lower(t) === "not");
      const shifted = negated
        ? [
            word(aux === "did" ? "had" : "did"),
            word("not"),
            word(aux === "did" ? participleOf(form.base) : form.base),
          ]
        : aux === "did"
          ? [word("had"), word(participleOf(form.base))]
          : [word(pastOf(form.base))];
      const adverbs = rest.slice(0, verbAt).filter((t) => lower(t) !== "not");
      return [...subject, ...adverbs, ...shifted, ...rest.slice(verbAt + 1)];
    }
  }
  return [...subject, { ...auxToken, text: aux, space: " " }, ...rest];
}

/** Where the subject after an inverted auxiliary ends. */
function subjectEnd(body: Token[], start: number, toTheEnd: boolean): number {
  const first = body[start];
  if (!first) return start;
  if (PRONOUN_SUBJECTS.has(lower(first))) return start + 1;
  let at = start;
  while (at < body.length && at < start + 8) {
    const token = body[at]!;
    const w = lower(token);
    if (token.kind !== "word" || isAdverb(w) || PREDICATE_ADJECTIVES.has(w)) break;
    if (w.endsWith("ing") && !ING_NOUNS.has(w) && endsNounPhrase(body, at)) break;
    if (["be", "been", "not"].includes(w)) break;
    // "is Lao PDR a priority": an article after the subject opens the predicate
    if (at > start && ["a", "an"].includes(w)) break;
    const form = at > start ? verbForm(w) : undefined;
    if (form && (!ALSO_NOUNS.has(form.base) || endsNounPhrase(body, at))) break;
    at++;
  }
  // "is the ISU funding voluntary": with no verb found, the last word is the predicate
  const auxiliary = lower(body[start - 1]);
  if (at === body.length && !toTheEnd && ["is", "are", "was", "were", "am"].includes(auxiliary))
    at = body.length - 1;
  return Math.max(at, start + 1);
}

function endsNounPhrase(body: Token[], at: number): boolean {
  const next = body[at + 1];
  const w = lower(next);
  return next?.kind !== "word" || DETERMINERS.has(w) || PREPOSITIONS.has(w) || PRONOUN_SUBJECTS.has(w);
}

/** The verb of a request stays in the base form: "members circulate the list". */
function freezeVerb(tokens: Token[]): Token[] {
  const out = respace(tokens, " ");
  const at = out.findIndex((t) => t.kind === "word" && !isAdverb(lower(t)));
  if (at >= 0) out[at] = { ...out[at]!, fixed: true };
  return out;
}

function respace(tokens: Token[], firstSpace = " "): Token[] {
  return tokens.map((t, n) => (n === 0 ? { ...t, space: firstSpace } : t));
}
