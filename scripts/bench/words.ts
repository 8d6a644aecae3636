// The raw material of a generated committee: a seeded random source, the
// world's countries (from the runtime's own region names, so no list to keep),
// people's names and the sentences updates and action items are made of.

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: the same committee for the same seed, every run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

/** Codes the region list carries that are no country: groupings, reserved and deprecated codes. */
const NOT_COUNTRIES = new Set(
  "EU EZ UN QO ZZ AN BU CS DD DY FQ FX HV JT MI NH NQ NT PC PU PZ RH SU TP VD WK YD YU ZR".split(" "),
);

/** Every country the runtime can name, as [ISO code, English name], sorted by name. */
export function countries(): [string, string][] {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const found = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || (code.startsWith("X") && code !== "XK")) continue;
      const name = names.of(code);
      if (!name || name === code || /unknown|outlying|pseudo/i.test(name) || found.has(name)) continue;
      found.set(name, code);
    }
  }
  return [...found.entries()]
    .map(([name, code]): [string, string] => [code, name])
    .sort((x, y) => x[1].localeCompare(y[1]));
}

export const GIVEN_NAMES = (
  "Amina Anders Beatriz Bongani Carlos Chiara Dalia David Elena Emeka Farida Felix " +
  "Hana Hiroshi Ingrid Ivan Jana Javier Karim Katarina Laila Lucas Mariam Mateo " +
  "Nadia Nikolai Olga Omar Paula Pierre Priya Rafael Sabine Samuel Sofia Somchai " +
  "Tamar Thomas Valeria Yusuf"
).split(" ");

export const FAMILY_NAMES = (
  "Abdullah Andersen Bakker Banda Chen Costa Dlamini Dubois Eriksson Fernández " +
  "Gruber Haddad Ivanova Jensen Kamara Keller Kowalski Lefèvre Lindqvist Mensah " +
  "Moreau Müller Nakamura Novak Okafor Olsen Park Petrović Phiri Quispe Rahman " +
  "Rossi Sánchez Schmidt Silva Sokolov Suzuki Tanaka Vargas Zhou"
).split(" ");

export const HONORIFICS = ["Mr.", "Ms.", "Dr.", "H.E.", "Mr.", "Ms."];

export const CITIES = (
  "Geneva|Vientiane|Bangkok|Zagreb|Sarajevo|Beirut|Phnom Penh|Santiago|Lusaka|" +
  "Maputo|Dubrovnik|Kampala|Bogotá|Nairobi|Hanoi|Amman|Tbilisi|Belgrade"
).split("|");

export const DONORS = (
  "the European Union|Norway|Germany|Australia|Switzerland|the Netherlands|Italy|" + "New Zealand"
).split("|");

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

function monthOf(random: Random, year: number): string {
  return `${random.pick(MONTHS)} ${year}`;
}

/** Two to four sentences a coordinator might send as an area's update. */
export function areaUpdateBody(random: Random, area: string, country: string, year: number): string {
  const sentences = [
    `We circulated a revised concept note on ${area.toLowerCase()} to all States Parties.`,
    `A regional workshop on ${area.toLowerCase()} took place in ${random.pick(CITIES)} in ${monthOf(random, year)}.`,
    `${random.int(3, 40)} States Parties have answered the questionnaire so far.`,
    `${random.pick(DONORS)} confirmed funding of EUR ${random.int(2, 90) * 10000} for the next phase.`,
    `We met the national authority of ${country} to discuss its needs.`,
    `A follow-up meeting is planned for ${monthOf(random, year)} in ${random.pick(CITIES)}.`,
    `We will present the results at the next intersessional meetings.`,
    `The draft guidance document is being finalised with the ISU.`,
  ];
  return random.sample(sentences, random.int(2, 4)).join(" ");
}

/** Two to four sentences on a country coalition's progress. */
export function coalitionUpdateBody(random: Random, country: string, year: number): string {
  const sentences = [
    `The national authority of ${country} confirmed its interest in a country coalition.`,
    `A needs assessment mission to ${country} took place in ${monthOf(random, year)}.`,
    `${random.pick(DONORS)} agreed to support the clearance of ${random.int(2, 60)} square kilometres.`,
    `The operational plan for ${country} is being finalised with the national authority.`,
    `A country-specific seminar is planned for ${monthOf(random, year)}.`,
    `Survey teams identified ${random.int(5, 120)} new contaminated areas.`,
    `The coalition partners met in ${random.pick(CITIES)} to agree on priorities.`,
  ];
  return random.sample(sentences, random.int(2, 4)).join(" ");
}

export function actionText(random: Random, area: string, country: string): string {
  return random.pick([
    `Circulate the revised ${area.toLowerCase()} concept note before the next meeting`,
    `Contact the national authority of ${country} about a country-specific seminar`,
    `Prepare a one-page summary of the clearance needs of ${country}`,
    `Invite ${random.pick(DONORS)} to present its funding priorities`,
    `Draft talking points on ${area.toLowerCase()} for the Meeting of States Parties`,
    `Update the coalition fact sheet for ${country}`,
    `Send reminders on Article 7 reports to ${random.int(3, 30)} States`,
    `Report back on the regional workshop in ${random.pick(CITIES)}`,
  ]);
}

export const CHALLENGES = [
  "Clearance of cluster munition remnants",
  "Destruction of stockpiled cluster munitions",
  "Assistance to cluster munition victims",
  "Risk reduction education in affected communities",
  "National ownership of the operational plan",
  "Sustainable funding beyond 2018",
];

export const ACTIVITIES = [
  "Country-specific seminar",
  "Needs assessment mission",
  "Non-technical survey of suspected areas",
  "Victim assistance workshop",
  "Donor round table",
  "Risk education campaign",
];
