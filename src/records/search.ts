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

// Words the records use for the same thing ("financing deficit" is the
// "funding shortfall"), keyed by stem.
const SYNONYMS: Record<string, string> = {
  financ: "fund",
  financed: "fund",
  deficit: "shortfall",
  gap: "shortfall",
  paid: "pay",
  contribut: "contribut",
  contribute: "contribut",
  contributed: "contribut",
  contribution: "contribut",
  organiz: "organize",
  organis: "organize",
};

/** A rough stem: British spellings folded to American, common suffixes cut, synonyms merged. */
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
  return SYNONYMS[w] ?? w;
}

export function terms(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map(stem);
}

export function sentencesOf(text: string): string[] {
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

/** Question words that ask *how* something is, not *what*: they need not appear in the record. */
const ASKING = new Set(
  "big large small size amount total exactly currently yet still already happen happening whole exact latest recent far ever kind sort".split(
    " ",
  ),
);

export interface StrictQuery {
  /** Each group is one name the quoted sentences must mention (any of its folded keys). */
  mustMention: string[][];
  /** "What is the deadline for ...?": the thing asked for must be named in the answer. */
  head?: string;
  /** Names the quoted sentence's paragraph must mention (places: "the resolution adopted in New York"). */
  passageMustMention?: string[][];
  /** "how many", "how much": the quoted sentence must hold a figure. */
  needsFigure: boolean;
  /** "who drafted the plan?": the sentence must say "<verb> the <object>", not merely use both words. */
  verbObject?: { verb: string; object: string };
}

const ARTICLES = new Set(["the", "a", "an", "its", "their", "his", "her"]);

const NOT_AN_OBJECT = new Set(["based", "on", "by", "in", "for", "with", "from", "to", "at", "as", "that"]);

/** The verb is followed by its object (within a long name: "host an Association of ... (ASEAN)"), not by a preposition. */
function saysVerbObject(sentence: string, verb: string, object: string): boolean {
  const words = fold(sentence).split(" ");
  return words.some((word, index) => {
    if (stem(word) !== stem(verb)) return false;
    const after = words.slice(index + 1).filter((w) => !ARTICLES.has(w));
    const [next] = after;
    if (next === undefined || NOT_AN_OBJECT.has(next)) return false;
    return after.slice(0, 8).some((w) => stem(w) === stem(object));
  });
}

function mentions(sentence: string, keys: readonly string[]): boolean {
  const padded = ` ${fold(sentence)} `;
  return keys.some((key) => key.length > 1 && padded.includes(` ${key} `));
}

/**
 * The record's answer only when it clearly is one: every word of the question
 * occurs somewhere in the records, at least half of them in the quoted
 * sentence, every name asked about is in it, and a "how many" gets a figure.
 */
export function searchRecordStrictly(
  passages: readonly SearchablePassage[],
  question: string,
  query: StrictQuery,
): PassageHit | null {
  const wanted = [...new Set(terms(question))].filter((term) => !ASKING.has(term));
  if (wanted.length === 0) return null;
  const sentences: Sentence[] = passages.flatMap((passage) =>
    sentencesOf(passage.text).map((text, index) => ({ passage, index, text, terms: new Set(terms(text)) })),
  );
  const df = new Map(wanted.map((term) => [term, sentences.filter((s) => s.terms.has(term)).length]));
  if (wanted.some((term) => (df.get(term) ?? 0) === 0 && !/^\d/.test(term))) return null;
  const named = new Set(
    [...query.mustMention, ...(query.passageMustMention ?? [])].flat().flatMap((key) => terms(key)),
  );
  const topics = wanted.filter((term) => !named.has(term)).length;
  const idf = (term: string) => Math.log(1 + sentences.length / Math.max(1, df.get(term) ?? 0));
  const candidates = sentences
    .filter((s) => query.mustMention.every((keys) => mentions(s.text, keys)))
    .filter((s) => (query.passageMustMention ?? []).every((keys) => mentions(s.passage.text, keys)))
    .filter((s) => !query.needsFigure || /\d/.test(s.text.replace(/\b(?:Article|item|paragraph) \d+/gi, "")))
    .filter(
      (s) => !query.verbObject || saysVerbObject(s.text, query.verbObject.verb, query.verbObject.object),
    )
    .map((sentence) => {
      const hits = wanted.filter((term) => sentence.terms.has(term));
      // The names asked about are already required above; coverage counts what is asked *about* them.
      const topical = hits.filter((term) => !named.has(term)).length;
      return { sentence, hits, topical, score: hits.reduce((sum, term) => sum + idf(term), 0) };
    })
    .filter((s) => s.hits.length >= Math.min(2, wanted.length))
    .filter((s) => (topics === 0 ? true : s.topical / topics >= 0.5))
    .filter((s) => !query.head || s.sentence.terms.has(stem(query.head)))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return null;
  return {
    source: best.sentence.passage.source,
    reference: best.sentence.passage.reference,
    sentences: [best.sentence.text],
    matched: best.hits.length,
    score: best.score,
  };
}

export interface Mention {
  source: string;
  reference: string;
  sentence: string;
}

/** Sentences that name one of `keys`, optionally only those that also share a word with `topic`, in record order. */
export function sentencesMentioning(
  passages: readonly SearchablePassage[],
  keys: readonly string[],
  options: { topic?: string[]; verbs?: RegExp } = {},
): Mention[] {
  const topic = (options.topic ?? []).map(stem);
  return passages.flatMap((passage) =>
    sentencesOf(passage.text)
      .filter((sentence) => mentions(sentence, keys))
      .filter((sentence) => !options.verbs || options.verbs.test(sentence))
      .filter((sentence) => {
        if (topic.length === 0) return true;
        const own = new Set(terms(sentence));
        return topic.some((term) => own.has(term));
      })
      .map((sentence) => ({ source: passage.source, reference: passage.reference, sentence })),
  );
}
