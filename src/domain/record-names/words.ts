// Words, not code: the extra names delegates type for delegations and areas
// (beyond the aliases stored with each record), and the words never taken for
// a misspelt name. Keys are folded (lower case, no accents); delegation and
// area values are the record names.

/** Demonyms and other names for delegations that the records do not store as aliases. */
export const DELEGATION_NAMES: Record<string, string> = {
  german: "Germany",
  germans: "Germany",
  "german presidency": "Germany",
  australian: "Australia",
  australians: "Australia",
  aussie: "Australia",
  aussies: "Australia",
  bosnian: "Bosnia and Herzegovina",
  chilean: "Chile",
  chileans: "Chile",
  "costa rican": "Costa Rica",
  croatian: "Croatia",
  croatians: "Croatia",
  french: "France",
  iraqi: "Iraq",
  iraqis: "Iraq",
  italian: "Italy",
  italians: "Italy",
  mexican: "Mexico",
  mexicans: "Mexico",
  dutch: "Netherlands",
  "new zealander": "New Zealand",
  kiwis: "New Zealand",
  norwegian: "Norway",
  norwegians: "Norway",
  swiss: "Switzerland",
  zambian: "Zambia",
  zambians: "Zambia",
  laotian: "Lao PDR",
  vietnamese: "Vietnam",
  cambodian: "Cambodia",
  "cluster munition coalition": "Cluster Munition Coalition",
  "isu ccm": "ISU-CCM",
  "support unit": "ISU-CCM",
  "international committee of the red cross": "ICRC",
  "red cross": "ICRC",
  "lao people democratic republic": "Lao PDR",
  // governments by their capitals, as diplomats speak of them ("has Paris paid?"); not Santiago nor Zagreb,
  // which the records name as venues
  berlin: "Germany",
  canberra: "Australia",
  sarajevo: "Bosnia and Herzegovina",
  "san jose": "Costa Rica",
  paris: "France",
  baghdad: "Iraq",
  rome: "Italy",
  "mexico city": "Mexico",
  "the hague": "Netherlands",
  wellington: "New Zealand",
  oslo: "Norway",
  bern: "Switzerland",
  berne: "Switzerland",
  lusaka: "Zambia",
  vientiane: "Lao PDR",
};

/**
 * Words for whoever holds the Presidency now: they name the delegation the
 * committee's record says presides (Committee.presidencyDelegationId), so
 * answers follow when the Presidency rotates. "<label> presidency" ("7MSP
 * presidency") is added from the record's label.
 */
export const PRESIDENCY_WORDS: readonly string[] = [
  "presidency",
  "president",
  "chair",
  "chair of the committee",
];

/** Words the committee uses for its thematic areas, beyond the stored aliases. */
export const AREA_NAMES: Record<string, string> = {
  "victim assistance": "Victim Assistance",
  victims: "Victim Assistance",
  survivors: "Victim Assistance",
  universality: "Universalization",
  stockpiles: "Stockpile Destruction",
  "stockpile destruction": "Stockpile Destruction",
  "stockpile destructions": "Stockpile Destruction",
  destruction: "Stockpile Destruction",
  clearance: "Clearance and Risk Reduction Education",
  "mine clearance": "Clearance and Risk Reduction Education",
  demining: "Clearance and Risk Reduction Education",
  "risk education": "Clearance and Risk Reduction Education",
  "risk reduction": "Clearance and Risk Reduction Education",
  cooperation: "International Cooperation and Assistance",
  "international cooperation": "International Cooperation and Assistance",
  "cooperation and assistance": "International Cooperation and Assistance",
  transparency: "Transparency Measures",
  "transparency reporting": "Transparency Measures",
  "transparency reports": "Transparency Measures",
  "article 7": "Transparency Measures",
  "national implementation": "National Implementation Measures",
  "national legislation": "National Implementation Measures",
  "general status": "General Status and Operation of the Convention",
  "general status and operation": "General Status and Operation of the Convention",
  "operation of the convention": "General Status and Operation of the Convention",
};

/**
 * Ordinary English and committee words that are never read as a misspelt name
 * ("while" is one letter from "Chile", "late" from "Lao").
 */
export const NEVER_FUZZY = new Set(
  (
    "about above after again against also always among another answer anything anyone around asked assistance " +
    "before being below between both brief briefly cannot could coalition coalitions committee concept " +
    "coordinate coordinates coordinated coordinating coordinator coordinators country countries date dates " +
    "decided decision decisions deliver delegation delegations didnt does doesnt doing done draft each either " +
    "every everyone everything finish first from give going hand happening happened hasnt have havent having " +
    "hello hence here hosting items just know last late later latest laws leads leading least like list make many " +
    "meet meeting meetings member members minutes mine more most much must need needs next note notes nothing " +
    "open other outstanding over owes owner owns past pending phase place plan plans please present previous " +
    "progress ready remind report reported reports right room same says second seminar seminars sent show " +
    "since some state states status still such tell than thank thanks that their them then there these they " +
    "thing things third this those through time times today told update updates waiting want week what when " +
    "where which while whom whose will with within would year years your yours " +
    // places and regions: "South East Asia" names no Mr. Asim
    "asia africa europe america americas pacific caribbean balkans caucasus east west north south region regions " +
    "regional geneva bangkok zagreb beirut santiago ababa addis york " +
    // money: "how many francs" names no France
    "franc francs euro euros dollar dollars " +
    // words one letter from a capital or a country: "a role for the CCW" names no Rome, "pairs" no Paris
    "role roles pairs child"
  ).split(" "),
);
