// Delegations whose names take "the" in running text, as the minutes write
// them: "The Netherlands then asked if ...", "the ISU-CCM", "The CMC expressed
// its support". ICRC, UNODA and the other UN acronyms go without, as the
// minutes mostly print them.
import { fold } from "../../domain/names.ts";

const PLURAL_OR_TITLED_STATES = new Set([
  "netherlands",
  "philippines",
  "bahamas",
  "comoros",
  "maldives",
  "gambia",
  "holy see",
  "russian federation",
]);
/** "United Kingdom", "Czech Republic", "Marshall Islands", "Republic of Korea". */
const STATE_SHAPES = /^(?:united\b|.*\b(?:republic|islands|kingdom|federation|emirates)$|republic of\b)/;
const ACRONYMS_WITH_ARTICLE = new Set(["cmc", "isu", "isu ccm", "eu", "gichd", "osce", "oas"]);
/** "Cluster Munition Coalition", "European Union", "Implementation Support Unit", "the Presidency". */
const BODIES =
  /\b(?:coalition|committee|union|unit|centre|center|office|programme|presidency|secretariat|institute|foundation|council|agency|network|organi[sz]ation|association|conference)$/;

/** "Netherlands" -> "the Netherlands"; "Norway", "ICRC" and "the CMC" as they are. */
export function withArticle(name: string): string {
  const key = fold(name);
  if (key.startsWith("the ")) return name;
  const takesArticle =
    PLURAL_OR_TITLED_STATES.has(key) ||
    STATE_SHAPES.test(key) ||
    ACRONYMS_WITH_ARTICLE.has(key) ||
    BODIES.test(key);
  return takesArticle ? `the ${name}` : name;
}
