// Who a candidate action item belongs to, as the minutes name them: the
// sentence's subject ("The President informed ... that it would ...") and the
// people asked ("asked Coordinators to ..."), split into several owners only
// where each part is an actor ("the Presidency and Coordinators for
// universalization"; not "General Status and Operation of the Convention").

const LEADING_CLAUSE =
  /^(?:In|To|While|After|Before|With|On|As|Following|When|Regarding|Finally|Also|Furthermore|Moreover|Thereafter|However|Then|Once|Upon|Having|Further)\b[^,]{0,160},\s*/;
const VERB_AFTER_SUBJECT =
  /\s(?:[a-z]+ed|said|told|gave|began|took|went|made|felt|thought|spoke|shared|sought|saw|led|met|then|also|further|again|thereafter|would|will|had|has|was|were|is|are|could|should|can|may|might|did)\b/;
const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

/** The grammatical subject of a sentence in the minutes ("the ISU-CCM Director"), or null. */
export function sentenceSubject(sentence: string, actors: readonly string[]): string | null {
  let text = sentence.trim();
  for (let k = 0; k < 2; k++) text = text.replace(LEADING_CLAUSE, "");
  const comma = text.indexOf(",");
  const verb = VERB_AFTER_SUBJECT.exec(text);
  const cut = Math.min(comma < 0 ? text.length : comma, verb ? verb.index : text.length);
  const subject = text.slice(0, cut).trim();
  if (!subject || PRONOUN.test(subject) || subject.split(/\s+/).length > 8) return null;
  if (!/^(?:the\s+)?\p{Lu}/u.test(subject)) return null;
  return ownersIn(subject, actors).length > 0 ? subject : null;
}

const ROLE_HEADS =
  /^(?:Presidency|President|Coordinators?|ISU(?:-CCM)?|Implementation Support Unit|Secretariat|Director|Committee|Coordination Committee|members|Committee members|States|States Parties|delegations|Chair|Co-Chairs|Friends)\b/i;

/** Owners named in a phrase, normalised: articles off, "the President" -> "Presidency". */
export function ownersIn(phrase: string, actors: readonly string[]): string[] {
  const whole = normalise(phrase);
  if (!whole) return [];
  const parts = whole
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map(normalise)
    .filter((p): p is string => !!p);
  if (parts.length > 1 && parts.every((part) => isActor(part, actors))) return [...new Set(parts)];
  return isActor(whole, actors) || whole.split(/\s+/).length <= 6 ? [whole] : [];
}

export function isActor(name: string, actors: readonly string[]): boolean {
  if (ROLE_HEADS.test(name) || /^[A-Z]{2,}(?:-[A-Z]+)?\b/.test(name)) return true;
  const key = name.toLowerCase();
  return actors.some((actor) => actor.toLowerCase() === key || key === `the ${actor.toLowerCase()}`);
}

function normalise(phrase: string): string | null {
  const name = phrase
    .replace(/\s+/g, " ")
    .replace(/\s*\((?:[^)]*)\)\s*$/, "")
    .replace(/^(?:all\s+(?:the\s+)?|both\s+(?:the\s+)?|each\s+of\s+the\s+|the\s+)/i, "")
    .replace(/^(?:the\s+)/i, "")
    .replace(/[\s,.;:]+$/, "")
    .trim();
  if (!name || PRONOUN.test(name) || !/^[\p{Lu}]|^members\b/u.test(name)) {
    if (/^(?:meeting|committee members|members)$/i.test(name)) return "Committee members";
    return null;
  }
  // "the President", "the 7MSP Presidency", "the Presidency of the 7MSP": one owner, the Presidency
  if (/^(?:\S+\s+)?Presiden(?:t|cy)(?:\s+of\s+the\s+\S+)?$/.test(name)) return "Presidency";
  if (/^Meeting$/i.test(name)) return "Committee members";
  return name;
}
