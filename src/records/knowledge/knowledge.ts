// The committee's documents as knowledge: every sentence of every passage
// (the seed documents, minutes imported later, the secretariat's notes under
// agenda items) with where it stands and who speaks in it, and a BM25 index
// over them (minisearch). Built once per snapshot of the records: the read
// model hands out new arrays when passages or notes change.
import MiniSearch from "minisearch";
import type { Directory } from "../../domain/directory.ts";
import { fold } from "../../domain/names.ts";
import { MONTH_NAMES } from "../../domain/period.ts";
import { sentencesOf } from "../../domain/sentences.ts";
import { attributeSpeakers, namedIn, speakerKeys } from "./speakers.ts";
import { analyze, cutWord, stem, words } from "./vocabulary.ts";

export interface KnowledgePassage {
  source: string;
  reference: string;
  meetingId: number | null;
  agendaNumber: string | null;
  position: number;
  text: string;
}

export interface KnowledgeSentence {
  id: number;
  text: string;
  source: string;
  /** "item 5.4 (Lebanon)", "paragraph 7". */
  reference: string;
  meetingId: number | null;
  agendaNumber: string | null;
  /** Paragraph within its agenda item (1-based), for minutes; null for a numbered paper. */
  paragraph: number | null;
  /** The delegation speaking, by its directory name. */
  speaker: string | null;
  /** Delegations the sentence names. */
  mentioned: string[];
  /** Delegations its paragraph or agenda item names ("ISU contribution" in a paragraph on the ISU's finances). */
  around: string[];
  /** The whole paragraph the sentence stands in. */
  passageText: string;
  /** The sentence's folded words in order, each with its term (if it has one): "drafted the plan" read once. */
  words: readonly (readonly [string, string | undefined])[];
  /** Terms of the sentence itself, of the sentence with its item's title, and of its paragraph: analysed once. */
  textTerms: ReadonlySet<string>;
  ownTerms: ReadonlySet<string>;
  passageTerms: ReadonlySet<string>;
  /** "To that effect, one letter had been sent in January": the terms of the sentence before, which this one continues. */
  carried: ReadonlySet<string>;
  /** Terms of the whole agenda item (of the paragraph, in a numbered paper): where names asked about must stand. */
  itemTerms: ReadonlySet<string>;
  /** Identifies the paragraph: sentences of one paragraph share it. */
  passageKey: string;
  /** Position of the sentence in its paragraph. */
  index: number;
}

export interface Knowledge {
  sentences: readonly KnowledgeSentence[];
  index: MiniSearch<KnowledgeSentence>;
  /** How many sentences hold each term: a term no sentence holds is not on record. */
  documentFrequency: ReadonlyMap<string, number>;
  /** Every word of the documents as cut, before synonyms merge it ("destruct"), with its term ("destroy"): typos are read against both. */
  forms: ReadonlyMap<string, string>;
  /** Typed words already read against the vocabulary ("destuction" → "destroy"): the scan is the slow part of a question. */
  readAs: Map<string, string | null>;
  /** Terms the documents write only with a capital inside a sentence: names of places, bodies, events ("Beirut"). */
  names: ReadonlySet<string>;
  /**
   * The directory's delegations that are States (not the ISU, the ICRC or UNODA), by name; not the
   * presidency's, which "the President" names in nearly every item without listing it among them.
   */
  states: ReadonlySet<string>;
}

/** A sentence that goes on from the one before: its topic is that sentence's. */
const CONTINUES =
  /^(?:To (?:that|this) (?:effect|end)|In (?:this|that) (?:regard|respect|context)|As such|Such|These|This|Those|It|They|Its|Their)\b|^[^.;,]{0,60}\bthat (?:this|these|such)\b|\bsuch an? \w+|\b(?:the|this|that) (?:suggestion|proposal|idea|initiative|request|question|offer)\b/;

/** Words that take up a thing named before even across a paragraph break ("France expressed concern … such a workshop"). */
const TAKES_UP = /\bsuch an? \w+|^(?:This|These|Such)\b/;

/**
 * "Norway further indicated that it would cover the costs of the workshop": "the workshop" is the one the
 * sentence before spoke of ("a workshop in Beirut"), so it carries that sentence's topic.
 */
function takesUpThe(sentence: string, before: string): boolean {
  const said = new Set(analyze(before));
  return [...sentence.matchAll(/\bthe (\w+)\b/gi)].some(([, noun]) => {
    const [term] = analyze(noun ?? "");
    return term !== undefined && said.has(term) && !/^[A-Z]/.test(noun ?? "");
  });
}

function itemKey(p: KnowledgePassage): string {
  return `${p.source}\u0000${p.agendaNumber ?? p.reference}`;
}

export function buildKnowledge(dir: Directory, passages: readonly KnowledgePassage[]): Knowledge {
  const keys = speakerKeys(dir);
  const sentences: KnowledgeSentence[] = [];
  const byItem = new Map<string, KnowledgePassage[]>();
  for (const passage of passages) {
    const key = itemKey(passage);
    byItem.set(key, [...(byItem.get(key) ?? []), passage]);
  }
  for (const item of byItem.values()) {
    const paragraphs = item.map((p) => sentencesOf(p.text));
    const spoken = attributeSpeakers(keys, paragraphs);
    const itemTerms = new Set(analyze(item.map((p) => `${p.reference} ${p.text}`).join(" ")));
    item.forEach((passage, paragraphIndex) => {
      const minutes = passage.agendaNumber !== null;
      const where = minutes ? itemTerms : new Set(analyze(`${passage.reference} ${passage.text}`));
      // a paper is about what its title says ("the Presidency's non-paper on country coalitions"): each of
      // its paragraphs is, whether or not it names it again ("It might put non-State parties in a better position…")
      const passageTerms = new Set(analyze(minutes ? passage.text : `${passage.source} ${passage.text}`));
      const spokenHere = spoken[paragraphIndex] ?? [];
      // "He acknowledged that this might…" after "…that this would showcase…": the topic carries down the chain;
      // in the minutes, a paragraph's first sentence may take up the last of the paragraph before ("such a workshop")
      let carried = new Set<string>();
      const lastBefore = minutes && paragraphIndex > 0 ? spoken[paragraphIndex - 1]?.at(-1)?.text : undefined;
      spokenHere.forEach((sentence, index) => {
        const before =
          index > 0 ? spokenHere[index - 1]?.text : TAKES_UP.test(sentence.text) ? lastBefore : undefined;
        carried =
          before !== undefined &&
          (CONTINUES.test(sentence.text) || (index > 0 && takesUpThe(sentence.text, before)))
            ? new Set([...analyze(before), ...carried])
            : new Set();
        sentences.push({
          id: sentences.length,
          text: sentence.text,
          source: passage.source,
          reference: passage.reference,
          meetingId: passage.meetingId,
          agendaNumber: passage.agendaNumber,
          paragraph: minutes ? paragraphIndex + 1 : null,
          speaker: minutes ? sentence.speaker : null,
          mentioned: namedIn(keys, sentence.text),
          around: namedIn(keys, `${passage.reference} ${passage.text}`),
          passageText: passage.text,
          words: fold(sentence.text)
            .split(" ")
            .map((word) => [word, analyze(word)[0]] as const),
          textTerms: new Set(analyze(sentence.text)),
          carried,
          ownTerms: new Set(analyze(`${sentence.text} ${passage.reference}`)),
          passageTerms,
          itemTerms: where,
          passageKey: `${passage.source}\u0000${passage.position}`,
          index,
        });
      });
    });
  }
  const index = new MiniSearch<KnowledgeSentence>({
    fields: ["text", "reference", "passageText"],
    tokenize: (text) => analyze(text),
    processTerm: (term) => term,
    searchOptions: { boost: { text: 3, reference: 1, passageText: 0.4 } },
  });
  index.addAll(sentences);
  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of new Set(analyze(`${sentence.text} ${sentence.reference}`)))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const forms = new Map<string, string>();
  for (const sentence of sentences)
    for (const word of words(sentence.text)) {
      const form = cutWord(word);
      const term = stem(word);
      // "with" is no term: a typo of a stopword ("wich") must not be read as one
      if (!documentFrequency.has(term)) continue;
      // the word as written too: "hostng" is one letter from "hosting", two from its cut "host"
      for (const written of [form, word]) if (!forms.has(written)) forms.set(written, term);
    }
  return {
    sentences,
    index,
    documentFrequency,
    forms,
    readAs: new Map(),
    names: namesOf(sentences, documentFrequency),
    states: new Set(
      dir.delegations
        .filter((d) => d.kind === "state" && d.id !== dir.committee.presidencyDelegationId)
        .map((d) => d.name),
    ),
  };
}

/** Months and weekdays are written with a capital but name no place or body: "the December meeting" is a date. */
const CALENDAR = new Set(
  analyze(`${MONTH_NAMES.join(" ")} monday tuesday wednesday thursday friday saturday sunday`),
);

/**
 * Terms never written in lower case after a sentence's first word, and rare:
 * names of places, bodies and events ("Beirut", "RACVIAC"), not the minutes'
 * capitalised common words ("States Parties", "the Convention").
 */
function namesOf(
  sentences: readonly KnowledgeSentence[],
  frequency: ReadonlyMap<string, number>,
): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence.text.split(/\s+/).slice(1)) {
      const [term] = analyze(word);
      if (term === undefined) continue;
      (/^[\p{Lu}]/u.test(word.replace(/^\W+/, "")) ? capital : lower).add(term);
    }
  }
  return new Set(
    [...capital].filter(
      (term) =>
        !lower.has(term) && !/^\d/.test(term) && !CALENDAR.has(term) && (frequency.get(term) ?? 0) <= 8,
    ),
  );
}
