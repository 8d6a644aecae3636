// Splitting text (an update as typed, a paragraph of minutes) into sentences: "Mr." or "H.E." does not
// end one, nor a treaty's "Prot. V" or "Art. 4"; a full stop before a capital, a figure or a quotation does.
const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|H\.E|St|No|e\.g|i\.e|etc|cf|approx|Prot|Art|Para|Rev)\.$/i;

/** Sentences of an update as typed; "Mr." or "H.E." do not end one. */
export function sentencesOf(body: string): string[] {
  const parts = body
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?])\s+(?=["“'‘(]?[\p{Lu}\d])/u);
  const sentences: string[] = [];
  for (const part of parts) {
    const last = sentences.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) sentences[sentences.length - 1] = `${last} ${part}`;
    else if (part) sentences.push(part);
  }
  return sentences;
}
