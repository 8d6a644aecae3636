// Chooses the reporting verb from the sentence and, where the sentence is
// itself a report ("We propose that ...", "I would like to stress that ..."),
// lifts its verb into the minutes sentence so the clause is what was proposed
// or stressed: "Norway proposed that the ISU circulate the list."

import { type Framed, frameQuestion } from "./questions.ts";
import type { Persona } from "./speaker.ts";
import { lower, type Token, word } from "./tokens.ts";
import { isAdverb } from "./words.ts";

/** Verbs of saying whose "that" clause becomes the minutes clause. */
const SAYING: Record<string, string> = {
  propose: "proposed",
  suggest: "suggested",
  recommend: "recommended",
  believe: "expressed the view",
  think: "expressed the view",
  feel: "expressed the view",
  consider: "expressed the view",
  hope: "expressed the hope",
  note: "noted",
  agree: "agreed",
  confirm: "confirmed",
  stress: "stressed",
  emphasise: "emphasised",
  emphasize: "emphasized",
  underline: "underlined",
  underscore: "underscored",
  highlight: "highlighted",
  reiterate: "reiterated",
  recall: "recalled",
  acknowledge: "acknowledged",
  recognise: "recognised",
  recognize: "recognized",
  regret: "regretted",
  announce: "announced",
  explain: "explained",
  report: "reported",
  clarify: "clarified",
  add: "added",
  mention: "mentioned",
  indicate: "indicated",
  state: "stated",
  observe: "observed",
  request: "requested",
  insist: "insisted",
  inform: "informed",
  remind: "reminded",
  assure: "assured",
};
/** These take an addressee: "inform you that" -> "informed the meeting that". */
const ADDRESSED = new Set(["inform", "remind", "assure"]);
/** These may drop "that": "we believe the plan is sound". */
const THAT_OPTIONAL = new Set(["believe", "think", "feel", "hope"]);
const WANTING = [
  ["would", "like", "to"],
  ["should", "like", "to"],
  ["wish", "to"],
  ["want", "to"],
  ["must"],
  ["can"],
  ["hereby"],
];
const STATES = new Set(
  "confident convinced concerned aware pleased happy glad delighted sure certain hopeful satisfied worried grateful".split(
    " ",
  ),
);
const EXPRESSIVE = new Set("thank welcome congratulate commend appreciate apologise apologize".split(" "));
const ADDRESSEES = [["you"], ["the", "meeting"], ["the", "committee"], ["members"], ["colleagues"], ["all"]];

export function frame(tokens: Token[], persona: Persona): Framed {
  const question = frameQuestion(tokens);
  if (question) return question;
  const first = lower(tokens[0]);
  if (first === "please" || first === "kindly") {
    return { verb: "requested", tokens: [word("members", ""), ...freezeFirstVerb(tokens.slice(1))] };
  }
  if (first === "let" && lower(tokens[1]) === "us") {
    return {
      verb: "proposed",
      tokens: [word("the", ""), word("meeting"), ...freezeFirstVerb(tokens.slice(2))],
    };
  }
  const subjectEnd = speakerSubjectEnd(tokens);
  if (subjectEnd === 0) return { verb: "informed the meeting", tokens };
  let at = skip(tokens, subjectEnd, isAdverb);
  const wanting = WANTING.find((phrase) => phrase.every((w, k) => lower(tokens[at + k]) === w));
  if (wanting) at = skip(tokens, at + wanting.length, isAdverb);
  return sayingFrame(tokens, at) ?? stateFrame(tokens, at, persona) ?? plain(tokens, at);
}

/** "We" / "I" / "Let me" / "Allow me to" as the opening subject: how many tokens. */
function speakerSubjectEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (first?.text === "I" || lower(first) === "we") return 1;
  if (lower(first) === "let" && lower(tokens[1]) === "me") return 2;
  if (lower(first) === "allow" && lower(tokens[1]) === "me" && lower(tokens[2]) === "to") return 3;
  return 0;
}

function sayingFrame(tokens: Token[], at: number): Framed | undefined {
  const verb = lower(tokens[at]);
  const reported = SAYING[verb];
  if (!reported) return undefined;
  let next = skip(tokens, at + 1, isAdverb);
  let phrase = reported;
  const addressee = ADDRESSEES.find((words) => words.every((w, k) => lower(tokens[next + k]) === w));
  if (addressee) {
    phrase = `${reported} ${
      addressee[0] === "you"
        ? "the meeting"
        : tokens
            .slice(next, next + addressee.length)
            .map((t) => t.text)
            .join(" ")
    }`;
    next += addressee.length;
  } else if (ADDRESSED.has(verb)) {
    return undefined;
  }
  // "note with satisfaction that", "stress once again that"
  if (
    lower(tokens[next]) === "with" &&
    tokens[next + 1]?.kind === "word" &&
    lower(tokens[next + 2]) === "that"
  ) {
    phrase = `${phrase} with ${tokens[next + 1]!.text}`;
    next += 2;
  }
  if (lower(tokens[next]) === "that") return { verb: phrase, tokens: rest(tokens, next + 1) };
  if (THAT_OPTIONAL.has(verb) && startsClause(tokens, next))
    return { verb: phrase, tokens: rest(tokens, next) };
  return undefined;
}

/** "We are confident that ..." -> "was confident that ...". */
function stateFrame(tokens: Token[], at: number, persona: Persona): Framed | undefined {
  const be = lower(tokens[at]);
  if (!["am", "are"].includes(be)) return undefined;
  const adjective = skip(tokens, at + 1, isAdverb);
  const state = lower(tokens[adjective]);
  const past = persona.plural ? "were" : "was";
  // "we are pleased to inform you that" -> "was pleased to inform the meeting that"
  const said = lower(tokens[adjective + 1]) === "to" ? sayingFrame(tokens, adjective + 2) : undefined;
  if (STATES.has(state) && said) {
    const base = lower(tokens[adjective + 2]);
    const phrase = said.verb.replace(SAYING[base]!, base);
    return { verb: `${past} ${tokens[adjective]!.text} to ${phrase}`, tokens: said.tokens };
  }
  if (STATES.has(state) && lower(tokens[adjective + 1]) === "that") {
    const adverbs = tokens.slice(at + 1, adjective).map((t) => t.text);
    return {
      verb: [past, ...adverbs, tokens[adjective]!.text].join(" "),
      tokens: rest(tokens, adjective + 2),
    };
  }
  if (
    state === "of" &&
    ["view", "opinion"].includes(lower(tokens[adjective + 2])) &&
    lower(tokens[adjective + 3]) === "that"
  ) {
    return { verb: `${past} of the ${lower(tokens[adjective + 2])}`, tokens: rest(tokens, adjective + 4) };
  }
  return undefined;
}

/** Everything else is reported whole; thanks and welcomes are "stated". */
function plain(tokens: Token[], at: number): Framed {
  const verb = lower(tokens[at]);
  const grateful = verb === "are" || verb === "am" ? lower(tokens[at + 1]) === "grateful" : false;
  const expressive = EXPRESSIVE.has(verb) || grateful;
  return { verb: expressive ? "stated" : "informed the meeting", tokens };
}

function startsClause(tokens: Token[], at: number): boolean {
  const next = lower(tokens[at]);
  return tokens[at]?.kind === "word" && !["in", "to", "of", "about", "so", "for", "with"].includes(next);
}

function rest(tokens: Token[], from: number): Token[] {
  return tokens.slice(from).map((t, n) => (n === 0 ? { ...t, space: "" } : t));
}

function skip(tokens: Token[], at: number, test: (w: string) => boolean): number {
  let i = at;
  while (i < tokens.length && tokens[i]!.kind === "word" && test(lower(tokens[i]))) i++;
  return i;
}

function freezeFirstVerb(tokens: Token[]): Token[] {
  const out = tokens.map((t, n) => (n === 0 ? { ...t, space: " " } : t));
  const at = out.findIndex((t) => t.kind === "word" && !isAdverb(lower(t)));
  if (at >= 0) out[at] = { ...out[at]!, fixed: true };
  return out;
}
