// Seed data, part 1: the committee, its delegations and persons, and the
// thematic areas, as the minutes of 4 November 2016 (shared/seeds/001_…) and
// the Presidency's non-paper on country coalitions (shared/seeds/000_…) give
// them. Facts only from those two documents; where they are silent the field
// is null. Names keep their diacritics exactly as the minutes print them.
import type { DELEGATION_KINDS, Role, TREATY_STATUSES } from "../domain/vocabulary.ts";

export interface CommitteeSeed {
  slug: string;
  name: string;
  convention: string;
  timeZone: string;
  presidencyLabel: string;
  /** Name of the delegation holding the presidency. */
  presidency: string;
}

export interface PersonSeed {
  honorific: string | null;
  name: string;
  familyName: string;
  position?: string;
  /** As the minutes refer to the person ("he" of the President, "she" of the ISU-CCM Director); unset when they do not. */
  pronoun?: "he" | "she" | "they";
}

export interface DelegationSeed {
  name: string;
  kind: (typeof DELEGATION_KINDS)[number];
  /** ISO 3166-1 alpha-2, states only. */
  isoCode?: string;
  treatyStatus?: (typeof TREATY_STATUSES)[number];
  /** Shown after the name in the attendance list. */
  label?: string;
  /** The committee role every person of this delegation holds (members only). */
  role?: Role;
  /** In the order the minutes list them under "1. PRESENT". */
  persons?: PersonSeed[];
}

export interface AreaSeed {
  position: number;
  name: string;
  shortName: string;
  /** Delegation names, in the order the minutes name them. */
  coordinators: string[];
  /** Words users type; the area's name and shortName are added by the loader. */
  aliases: string[];
}

export const COMMITTEE: CommitteeSeed = {
  slug: "ccm",
  name: "CCM Coordination Committee",
  convention: "Convention on Cluster Munitions",
  timeZone: "Europe/Zurich",
  presidencyLabel: "7MSP",
  presidency: "Germany",
};

const SP = "state-party" as const;

/** "1. PRESENT" of the minutes of 4 November 2016, in its order (listOrder 1..19). */
export const MEMBER_DELEGATIONS: DelegationSeed[] = [
  {
    name: "Germany",
    kind: "state",
    isoCode: "DE",
    treatyStatus: SP,
    label: "7MSP President",
    role: "president",
    persons: [
      {
        honorific: "H.E.",
        name: "Michael Biontino",
        familyName: "Biontino",
        position: "Ambassador",
        pronoun: "he",
      },
      { honorific: "Mr.", name: "Toralf Pilz", familyName: "Pilz" },
    ],
  },
  {
    name: "Australia",
    kind: "state",
    isoCode: "AU",
    treatyStatus: SP,
    role: "coordinator",
    persons: [
      { honorific: "Mr.", name: "Hugh Watson", familyName: "Watson" },
      { honorific: "Ms.", name: "Thuy Nguyen", familyName: "Nguyen" },
      { honorific: "Mr.", name: "Joel Paterson", familyName: "Paterson" },
    ],
  },
  {
    name: "Bosnia and Herzegovina",
    kind: "state",
    isoCode: "BA",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Mr.", name: "Asim Dorović", familyName: "Dorović" }],
  },
  {
    name: "Chile",
    kind: "state",
    isoCode: "CL",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Carola Muñoz", familyName: "Muñoz" }],
  },
  {
    name: "Costa Rica",
    kind: "state",
    isoCode: "CR",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Maricela Muñoz", familyName: "Muñoz" }],
  },
  {
    name: "Croatia",
    kind: "state",
    isoCode: "HR",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Ines Sprem Scigliano", familyName: "Sprem Scigliano" }],
  },
  {
    name: "France",
    kind: "state",
    isoCode: "FR",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Camille Gufflet", familyName: "Gufflet" }],
  },
  {
    name: "Iraq",
    kind: "state",
    isoCode: "IQ",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Mr.", name: "Emad Al-Juhaishi", familyName: "Al-Juhaishi" }],
  },
  {
    name: "Italy",
    kind: "state",
    isoCode: "IT",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Dr.", name: "Silvia Cattaneo", familyName: "Cattaneo" }],
  },
  {
    name: "Mexico",
    kind: "state",
    isoCode: "MX",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Mr.", name: "Víctor Martínez", familyName: "Martínez" }],
  },
  {
    name: "Netherlands",
    kind: "state",
    isoCode: "NL",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Sachi Claringbould", familyName: "Claringbould" }],
  },
  {
    name: "New Zealand",
    kind: "state",
    isoCode: "NZ",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Katy Donnelly", familyName: "Donnelly" }],
  },
  {
    name: "Norway",
    kind: "state",
    isoCode: "NO",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Malgorzata Hauge", familyName: "Hauge" }],
  },
  {
    name: "Switzerland",
    kind: "state",
    isoCode: "CH",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "Ms.", name: "Aline Berdoz", familyName: "Berdoz" }],
  },
  {
    name: "Zambia",
    kind: "state",
    isoCode: "ZM",
    treatyStatus: SP,
    role: "coordinator",
    persons: [{ honorific: "H.E. Ms.", name: "Encyla Tina Chishiba Sinjela", familyName: "Sinjela" }],
  },
  {
    name: "Cluster Munition Coalition",
    kind: "organisation",
    role: "observer",
    persons: [{ honorific: "Ms.", name: "Amélie Chayer", familyName: "Chayer" }],
  },
  {
    name: "ICRC",
    kind: "organisation",
    role: "observer",
    persons: [{ honorific: "Mr.", name: "Louis Maresca", familyName: "Maresca" }],
  },
  {
    name: "UNODA",
    kind: "organisation",
    role: "observer",
    persons: [{ honorific: "Ms.", name: "Silvia Mercogliano", familyName: "Mercogliano" }],
  },
  {
    name: "ISU-CCM",
    kind: "organisation",
    role: "secretariat",
    persons: [
      {
        honorific: "Ms.",
        name: "Sheila Mweemba",
        familyName: "Mweemba",
        position: "Director",
        pronoun: "she",
      },
      { honorific: "Mr.", name: "Matthieu Laruelle", familyName: "Laruelle" },
    ],
  },
];

/** Named by the non-paper (the EU and UNMAS also by the minutes); not on the committee, no persons. */
export const OTHER_DELEGATIONS: DelegationSeed[] = [
  { name: "Lao PDR", kind: "state", isoCode: "LA", treatyStatus: "state-party" },
  { name: "Vietnam", kind: "state", isoCode: "VN", treatyStatus: "non-state-party" },
  { name: "Cambodia", kind: "state", isoCode: "KH", treatyStatus: "non-state-party" },
  { name: "European Union", kind: "organisation" },
  { name: "GICHD", kind: "organisation" },
  { name: "RACVIAC", kind: "organisation" },
  { name: "UNMAS", kind: "organisation" },
];

/**
 * Words users type for a delegation. The loader also adds each delegation's
 * own name and ISO code, stores every alias as `aliasKey(text)`, skips one
 * that folds to a key the same delegation already has ("The Netherlands") and
 * refuses one that folds to another delegation's key. "Presidency" is no alias:
 * it names whoever presides now (PRESIDENCY_WORDS, src/domain/record-names/words.ts).
 */
export const DELEGATION_ALIASES: Record<string, string[]> = {
  Germany: ["DE"],
  "Bosnia and Herzegovina": ["BiH", "Bosnia", "BA"],
  "Costa Rica": ["CR"],
  Netherlands: ["Holland", "NL", "The Netherlands"],
  "New Zealand": ["NZ"],
  Switzerland: ["Swiss", "CH"],
  "Cluster Munition Coalition": ["CMC", "ICBL-CMC"],
  ICRC: ["International Committee of the Red Cross", "Red Cross"],
  UNODA: ["UN Office for Disarmament Affairs"],
  "ISU-CCM": ["ISU", "Implementation Support Unit", "Secretariat"],
  "Lao PDR": ["Laos", "Lao", "LA", "Lao People's Democratic Republic"],
  Vietnam: ["Viet Nam"],
  "European Union": ["EU"],
};

/** The eight thematic areas, numbered as their sub-items under agenda item 5. */
export const AREAS: AreaSeed[] = [
  { position: 1, name: "Victim Assistance", shortName: "VA", coordinators: ["Italy", "Chile"], aliases: [] },
  {
    position: 2,
    name: "Universalization",
    shortName: "Universalization",
    coordinators: ["France", "Zambia"],
    aliases: ["universalisation"],
  },
  {
    position: 3,
    name: "Stockpile Destruction",
    shortName: "Stockpiles",
    coordinators: ["Croatia", "Mexico"],
    aliases: ["stockpile"],
  },
  {
    position: 4,
    name: "Clearance and Risk Reduction Education",
    shortName: "RRE",
    coordinators: ["Norway", "Netherlands"],
    aliases: ["clearance", "risk reduction education"],
  },
  {
    position: 5,
    name: "International Cooperation and Assistance",
    shortName: "ICA",
    coordinators: ["Iraq", "Australia"],
    aliases: ["cooperation and assistance"],
  },
  {
    position: 6,
    name: "Transparency Measures",
    shortName: "Transparency",
    coordinators: ["Costa Rica"],
    aliases: [],
  },
  {
    position: 7,
    name: "National Implementation Measures",
    shortName: "NIM",
    coordinators: ["New Zealand"],
    aliases: ["national implementation"],
  },
  {
    position: 8,
    name: "General Status and Operation of the Convention",
    shortName: "General Status",
    coordinators: ["Bosnia and Herzegovina", "Switzerland"],
    aliases: ["general status and operation"],
  },
];
