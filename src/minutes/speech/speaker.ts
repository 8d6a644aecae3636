// Who is speaking decides the third-person forms: a delegation (a state or an
// organisation) is "it"; a person is "she"/"he" when the honorific says so
// (Ms., Mrs., Mr.), otherwise "they"; several delegations or a group of
// coordinators are "they".

export type Persona = {
  /** The name as it opens the minutes sentence ("The Netherlands", "Ms. Hauge"). */
  name: string;
  subject: string;
  object: string;
  possessive: string;
  /** "hers", "its own" */
  possessivePronoun: string;
  reflexive: string;
  plural: boolean;
};

const IT: Omit<Persona, "name"> = {
  subject: "it",
  object: "it",
  possessive: "its",
  possessivePronoun: "its own",
  reflexive: "itself",
  plural: false,
};
const SHE = {
  subject: "she",
  object: "her",
  possessive: "her",
  possessivePronoun: "hers",
  reflexive: "herself",
  plural: false,
};
const HE = {
  subject: "he",
  object: "him",
  possessive: "his",
  possessivePronoun: "his",
  reflexive: "himself",
  plural: false,
};
const THEY = {
  subject: "they",
  object: "them",
  possessive: "their",
  possessivePronoun: "theirs",
  reflexive: "themselves",
  plural: true,
};

const FEMALE = /^(?:H\.\s?E\.\s+)?(?:Ms|Mrs|Miss|Madam|Madame|Mme)\b/i;
const MALE = /^(?:H\.\s?E\.\s+)?(?:Mr|Sir|M)\.?\s/i;
const PERSON = /^(?:H\.\s?E\.|Dr|Prof|Professor|Ambassador|Amb)\b/i;
const GROUP = /^(?:the\s+)?(?:co-?chairs|coordinators|members|delegations|states|friends|presidents)\b/i;
/** Names that contain "and" yet are one delegation. */
const ONE_NAME =
  /\b(?:Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines|S[aã]o Tom[eé] and Pr[ií]ncipe)\b/gi;
const ORGANISATION =
  /\b(?:Organi[sz]ation|Programme|Centre|Center|Office|Committee|Coalition|Fund|Unit|Association|Union|Institute|Foundation|Council|Agency|Ministry|Network)$/i;

/** "Norway and the Netherlands", "Italy, Chile": several delegations speaking together. */
function isGroup(name: string): boolean {
  if (GROUP.test(name)) return true;
  return /\band\b|,|&/.test(name.replace(ONE_NAME, "")) && !ORGANISATION.test(name);
}

/** The speaker's first-person forms ("I", "my") and, for a person, the "we" forms. */
export type Voices = { singular: Persona; plural: Persona };

export function speakerVoices(speaker: string): Voices {
  const name = openingName(speaker);
  const group = { ...THEY, name };
  // a person's "we" is their delegation, reported as the person: "she" reads clearer than "they"
  if (FEMALE.test(name)) return { singular: { ...SHE, name }, plural: { ...SHE, name } };
  if (MALE.test(name)) return { singular: { ...HE, name }, plural: { ...HE, name } };
  if (PERSON.test(name)) return { singular: group, plural: group };
  if (isGroup(name)) return { singular: group, plural: group };
  const delegation = { ...IT, name };
  return { singular: delegation, plural: delegation };
}

/** "the Netherlands" opens the sentence as "The Netherlands"; spacing tidied. */
function openingName(speaker: string): string {
  const name = speaker.trim().replace(/\s+/g, " ");
  return name.length > 0 ? name[0]!.toUpperCase() + name.slice(1) : name;
}
