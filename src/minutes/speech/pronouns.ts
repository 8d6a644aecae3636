// The third-person forms a speaker is reported with: "it" for a delegation,
// "he"/"she" for a person whose pronoun is on record, "they" for a group or
// for a person whose pronoun the records do not give.

export type Pronoun = "he" | "she" | "they";

export type Forms = {
  subject: string;
  object: string;
  possessive: string;
  /** "hers", "its own" */
  possessivePronoun: string;
  reflexive: string;
  plural: boolean;
};

export const IT: Forms = {
  subject: "it",
  object: "it",
  possessive: "its",
  possessivePronoun: "its own",
  reflexive: "itself",
  plural: false,
};

const PERSONAL: Record<Pronoun, Forms> = {
  she: {
    subject: "she",
    object: "her",
    possessive: "her",
    possessivePronoun: "hers",
    reflexive: "herself",
    plural: false,
  },
  he: {
    subject: "he",
    object: "him",
    possessive: "his",
    possessivePronoun: "his",
    reflexive: "himself",
    plural: false,
  },
  they: {
    subject: "they",
    object: "them",
    possessive: "their",
    possessivePronoun: "theirs",
    reflexive: "themselves",
    plural: true,
  },
};

export function formsOf(pronoun: Pronoun): Forms {
  return PERSONAL[pronoun];
}

/** A pronoun as stored ("He", " she ") or null; anything else is not a pronoun on record. */
export function asPronoun(text: string | null | undefined): Pronoun | undefined {
  const w = text?.trim().toLowerCase();
  return w === "he" || w === "she" || w === "they" ? w : undefined;
}

const FEMALE = /^(?:H\.\s?E\.\s+)?(?:Ms|Mrs|Miss|Madam|Madame|Mme)\b/i;
const MALE = /^(?:H\.\s?E\.\s+)?(?:Mr|Sir|M)\.?(?:\s|$)/i;

/** What an honorific ("Ms.", "H.E. Mr.") says of the pronoun; "H.E." and "Dr." say nothing. */
export function pronounOfHonorific(honorific: string): Pronoun | undefined {
  if (FEMALE.test(honorific)) return "she";
  if (MALE.test(honorific)) return "he";
  return undefined;
}
