// Action items and decisions as the committee's minutes word them: sentences
// in reported speech under their item, naming who spoke ("The President
// invited all Coordinators to turn … by the next meeting."), never a labelled
// line with the bot's handle. The handle stays with the paragraph for the
// secretariat's chat view.
import { joinAnd, longCalendarDate, personName } from "../../domain/format.ts";
import type { ActionRecord } from "../../store/actions.ts";
import type { Directory } from "../../store/directory.ts";
import { secretariatName } from "./agenda-items.ts";

/** Who gave the task: "The President", "Norway", "the Presidency"; null when the records do not say. */
export interface Source {
  name: string;
  delegationId: number | null;
}

// States and bodies the minutes name with an article ("the Netherlands",
// "the ISU-CCM"); lower-case so the name can sit mid-sentence.
const WITH_ARTICLE =
  /^(?:Netherlands|Philippines|Gambia|Bahamas|Comoros|Maldives|Holy See|United\b|Czech Republic|Dominican Republic|Central African Republic|Democratic Republic|Republic of|Marshall Islands|Solomon Islands|ISU\b|ICRC\b)|\b(?:Coalition|Committee|Unit|Centre|Office|Union|Secretariat)$/;

export function delegationInSentence(name: string): string {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

/** Opens a sentence: "the Netherlands" becomes "The Netherlands". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The person the task came from: whoever recorded it, unless that was the
 * secretariat (which writes down what the chair hands out), in which case the
 * chair of the meeting.
 */
export function actionSource(action: ActionRecord, dir: Directory, chair: Source | null): Source | null {
  const creator = dir.persons.find((p) => p.id === action.createdById);
  if (!creator || creator.roles.includes("secretariat")) return chair;
  if (creator.roles.includes("president"))
    return { name: "The President", delegationId: creator.delegationId };
  const delegation = dir.delegations.find((d) => d.id === creator.delegationId)?.name ?? creator.name;
  const name =
    creator.delegationId === dir.committee.presidencyDelegationId
      ? "The Presidency"
      : capitalised(delegationInSentence(delegation));
  return { name, delegationId: creator.delegationId };
}

function ownerNames(action: ActionRecord, dir: Directory): { names: string[]; isu: boolean } {
  const coordinatorIds = new Set(dir.areas.flatMap((area) => area.coordinatorIds));
  const owned = new Set(action.owners.flatMap((o) => (o.delegationId ? [o.delegationId] : [])));
  const all = coordinatorIds.size > 0 && [...coordinatorIds].every((id) => owned.has(id));
  const secretariat = new Set(
    dir.persons.filter((p) => p.roles.includes("secretariat")).map((p) => p.delegationId),
  );
  let isu = false;
  const names = action.owners.flatMap((owner) => {
    if (owner.person)
      return [`${personName(owner.person)} of ${delegationInSentence(owner.person.delegation.name)}`];
    if (!owner.delegation || (all && coordinatorIds.has(owner.delegation.id))) return [];
    if (owner.delegation.id === dir.committee.presidencyDelegationId) return ["the Presidency"];
    // The secretariat supports the others' tasks, as the minutes say; alone, it owns the task.
    if (secretariat.has(owner.delegation.id) && action.owners.length > 1) {
      isu = true;
      return [];
    }
    return [delegationInSentence(owner.delegation.name)];
  });
  return { names: all ? ["all Coordinators", ...names] : names, isu };
}

// Reported speech moves the tense back: "that have not paid" becomes "that had not paid".
const BACKSHIFT: Record<string, string> = {
  have: "had",
  has: "had",
  is: "was",
  are: "were",
  will: "would",
  shall: "would",
  can: "could",
  may: "might",
  do: "did",
  does: "did",
};

function backshifted(words: string): string {
  return words.replace(
    /\b(have|has|is|are|will|shall|can|may|do|does)\b/g,
    (word) => BACKSHIFT[word] ?? word,
  );
}

/** The task as an infinitive clause: "turn the thematic concept notes into operational plans". */
function task(text: string): string {
  const clean = text.trim().replace(/[.;]+$/, "");
  const [first = "", ...rest] = clean.replace(/;\s*/g, " and ").split(" ");
  const verb = /^[A-Z][a-z]+$/.test(first) ? first.toLowerCase() : first;
  return [verb, backshifted(rest.join(" "))].filter(Boolean).join(" ");
}

/** " by the next meeting", " by 31 January 2017", or nothing when the task already says when. */
function due(action: ActionRecord): string {
  if (/\bmeeting\b|\b(?:19|20)\d{2}\b/.test(action.text)) return "";
  if (action.dueKind === "next-meeting") return " by the next meeting";
  if (action.dueKind === "date" && action.dueOn)
    return ` by ${longCalendarDate(action.dueOn).replace(/^\S+ /, "")}`;
  return "";
}

/**
 * "The President invited Costa Rica, with the support of the ISU-CCM, to define …";
 * "The President informed the meeting that the Presidency would …" when the
 * source is among the owners; "It was agreed that …" when no source is known.
 */
export function actionSentence(action: ActionRecord, dir: Directory, source: Source | null): string {
  const { names, isu } = ownerNames(action, dir);
  const owners = joinAnd(names.length ? names : ["the Committee"]);
  const support = isu ? `, with the support of ${delegationInSentence(secretariatName(dir))},` : "";
  const what = `${task(action.text)}${due(action)}`;
  const ownsIt =
    source?.delegationId != null && action.owners.some((o) => o.delegationId === source.delegationId);
  if (!source) return `It was agreed that ${owners}${support} would ${what}.`;
  if (ownsIt) return `${source.name} informed the meeting that ${owners}${support} would ${what}.`;
  return `${source.name} invited ${owners}${support} to ${what}.`;
}

// "The President proposed that …" records a proposal, not what was decided.
const PROPOSAL = /^[^.;:]{0,80}?\b(?:proposed|suggested|proposes|suggests|recommended)\b/i;

export function isProposal(text: string): boolean {
  return PROPOSAL.test(text.trim());
}

// Already in the minutes' register: "The draft Minutes … were approved", "would be held".
const REPORTED = /\b(?:was|were|would|had|agreed|decided|approved|adopted|endorsed|welcomed)\b/i;
// A typed decision with a subject and a finite verb ("the notes will be published").
const FINITE = /\b(?:will|shall|is|are|has|have|can|should|must)\b/i;

/** A decision as the minutes record it: kept when already reported, otherwise "It was agreed that/to …". */
export function decisionSentence(text: string): string {
  const clean = text.trim().replace(/[.;]+$/, "");
  if (REPORTED.test(clean)) return `${capitalised(clean)}.`;
  if (FINITE.test(clean)) {
    const opening = clean.replace(/^(The|A|An|All|This|These|Those|Each)\b/, (w) => w.toLowerCase());
    return `It was agreed that ${backshifted(opening)}.`;
  }
  return `It was agreed to ${task(clean)}.`;
}
