// Finds the sentence of the record that answers a question, by the rarer
// words they share (idf-weighted overlap on crude stems). No match strong
// enough means no answer: the bot quotes the record or says it cannot tell.
import { fold } from "../domain/names.ts";

export interface SearchablePassage {
  source: string;
  reference: string;
  text: string;
}

export interface PassageHit {
  source: string;
  reference: string;
  sentences: string[];
  /** Distinct question terms found in the quoted sentences. */
  matched: number;
  score: number;
}

const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there " +
    "these they this those through to too under until up very was we were what when where which while who whom why will " +
    "with would you your yours yourself yourselves tell know say said says let us please anything something thing things " +
    "ccm meeting committee minutes record records also much many"
  ).split(" "),
);

/** A rough stem: British spellings folded to American, common suffixes cut. */
export function stem(word: string): string {
  let w = word
    .replace(/isation/g, "ization")
    .replace(/ise(d|s)?$/, "ize$1")
    .replace(/^programme/, "program");
  for (const suffix of ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "ed", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function terms(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map(stem);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z“"(])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

interface Sentence {
  passage: SearchablePassage;
  index: number;
  text: string;
  terms: Set<string>;
}

export function searchPassages(passages: readonly SearchablePassage[], question: string): PassageHit | null {
  const wanted = [...new Set(terms(question))];
  if (wanted.length === 0) return null;
  const sentences: Sentence[] = passages.flatMap((passage) =>
    sentencesOf(passage.text).map((text, index) => ({ passage, index, text, terms: new Set(terms(text)) })),
  );
  if (sentences.length === 0) return null;
  const idf = new Map(
    wanted.map((term) => {
      const df = sentences.filter((s) => s.terms.has(term)).length;
      return [term, df === 0 ? 0 : Math.log(1 + sentences.length / df)];
    }),
  );
  const scored = sentences
    .map((sentence) => {
      const hits = wanted.filter((term) => sentence.terms.has(term));
      return { sentence, hits, score: hits.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0) };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score === 0) return null;
  // One shared word answers only a one-word question: "capital of Peru" must not
  // quote a sentence about capitals.
  const enough = best.hits.length >= 2 || wanted.length === 1;
  const strongEnough = best.score >= 3.5 && best.hits.length / wanted.length >= 0.34;
  if (!enough || !strongEnough) return null;
  const companion = scored.find(
    (s) =>
      s !== best &&
      s.sentence.passage === best.sentence.passage &&
      Math.abs(s.sentence.index - best.sentence.index) === 1 &&
      s.score >= best.score * 0.7,
  );
  const quoted = [best, companion]
    .filter((s): s is NonNullable<typeof s> => Boolean(s))
    .sort((a, b) => a.sentence.index - b.sentence.index);
  return {
    source: best.sentence.passage.source,
    reference: best.sentence.passage.reference,
    sentences: quoted.map((s) => s.sentence.text),
    matched: new Set(quoted.flatMap((s) => s.hits)).size,
    score: best.score,
  };
}
