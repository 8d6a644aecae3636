// "Which action of the Dubrovnik Action Plan would it come under, by number?": the
// number asked is the one a text is known by (Action 12, Article 7, paragraph 8),
// which a sentence merely counting ("the two main priorities") does not give.

const NUMBER_ASKED = /\bby (?:its |their )?number\b|\b(?:what|which) (?:\w+ )?number\b(?! of\b)/;
const NUMBERED = /\b(?:actions?|articles?|art|items?|paragraphs?|paras?|numbers?|no)\.? ?#?\d{1,3}\b|#\d/i;

/** True unless the question asks a text's number and the sentence gives none. */
export function givesNumberAsked(folded: string, sentence: string): boolean {
  return !NUMBER_ASKED.test(folded) || NUMBERED.test(sentence);
}
