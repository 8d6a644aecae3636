// What the form of a question asks for, which a sentence on the same thing may not
// give: a text's number ("which action …, by number?": Action 12, not "the two main
// priorities"), a link, an amount in the currency named ("in chf"), a comparison
// ("which gives the higher number"), or which of two people named ("hugh watson or
// thuy nguyen?": a sentence naming neither).

const NUMBER_ASKED = /\bby (?:its |their )?number\b|\b(?:what|which) (?:\w+ )?number\b(?! of\b)/;
const NUMBERED = /\b(?:actions?|articles?|art|items?|paragraphs?|paras?|numbers?|no)\.? ?#?\d{1,3}\b|#\d/i;
// (not a link between two things: "coalitions & non SP accession - link?")
const LINK_ASKED =
  /\b(?:web ?links?|urls?|web address|website address|hyperlinks?)\b|\b(?:the|a) link (?:to|for) (?:the )?(?:\w+ ){0,3}(?:pages?|site|website|webpages?)\b/;
const LINK = /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:org|int|com|net|ch|de)\b/i;
const CURRENCY_ASKED = /\bin (?:chf|swiss francs|francs|euros?|eur|usd|us dollars|dollars)\b/;
const CURRENCY = /CHF|EUR|USD|francs|euros|dollars|\$|€/;

/** "which of the two gives the higher number": a comparison, which a sentence comparing nothing does not make. */
const COMPARED_ASKED = /^(?:and )?which\b.*\b(?:higher|lower|larger|smaller|bigger|greater)\b/;
const COMPARES = /\b(?:higher|lower|larger|smaller|bigger|greater|more|fewer|less|exceed\w*|than)\b/i;

/**
 * True unless the question asks for a text's number, a link, an amount in a currency or a comparison the sentence
 * does not give.
 */
export function givesFormAsked(folded: string, sentence: string): boolean {
  if (NUMBER_ASKED.test(folded) && !NUMBERED.test(sentence)) return false;
  // (figures the question names can be compared by the reader: "the 22 … or the 20": "22 States Parties … and 20")
  const figuresNamed = (folded.match(/\b\d+\b/g) ?? []).filter((n) =>
    new RegExp(`\\b${n}\\b`).test(sentence),
  );
  if (COMPARED_ASKED.test(folded) && !COMPARES.test(sentence) && figuresNamed.length < 2) return false;
  if (LINK_ASKED.test(folded) && !LINK.test(sentence)) return false;
  return !CURRENCY_ASKED.test(folded) || CURRENCY.test(sentence);
}

/** "which of the aussies presented it, hugh watson or thuy nguyen?": one of the people offered must be named. */
export function namesPersonChosen(folded: string, surnames: readonly string[], sentence: string): boolean {
  if (surnames.length < 2 || !/\bor\b/.test(folded)) return true;
  return surnames.some((name) => sentence.includes(name));
}
