// Country coalitions: where one stands (with the facet asked for first), who
// leads it, which exist, and their recorded activities and funding.
import { joinAnd, personName, shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { activityStatusAt } from "../../../domain/period.ts";
import { type CoalitionPhase, PHASE_LABELS } from "../../../domain/vocabulary.ts";
import { findCoalition, listCoalitions } from "../../../read-model/coalitions.ts";
import { analyze } from "../../../records/knowledge/vocabulary.ts";
import type { CoalitionRecord } from "../../../store/coalitions.ts";
import { coalitionStatus, coalitionsOverview, keptNote } from "../../commands/coalitions.ts";
import { coalitionMembers } from "../../commands/directory.ts";
import { activityDetail } from "../../describe.ts";
import { canSee } from "../../policy.ts";
import { privateReply, type Reply } from "../../reply.ts";
import { inChannel } from "../privacy.ts";
import { knowledgeOf } from "./knowledge-of.ts";
import { mentionsOf } from "./record.ts";
import { type Answer, type AnswerContext, DONT_KNOW_OPENING } from "./shared.ts";

function grounds(coalition: CoalitionRecord, zone: string): string {
  const by = coalition.updatedBy
    ? ` by ${personName(coalition.updatedBy)} (${coalition.updatedBy.delegation.name})`
    : "";
  return `coalition record, last updated ${shortDate(coalition.updatedAt, zone)}${by}`;
}

/** The facet asked about, answered in one line before the full picture. */
function facetLine(folded: string, coalition: CoalitionRecord, zone: string): string | null {
  const source = `(${grounds(coalition, zone)})`;
  const phase = PHASE_LABELS[coalition.phase as CoalitionPhase] ?? coalition.phase;
  if (/\bnext step/.test(folded))
    return `Next step for the ${coalition.name} coalition: ${coalition.nextStep ?? "none recorded"} ${source}`;
  if (/\b(?:phase|stage)\b/.test(folded))
    return `The ${coalition.name} coalition's phase: ${phase.toLowerCase()} ${source}.`;
  if (/\bchallenges?\b/.test(folded)) {
    const list = coalition.challenges
      .split("\n")
      .map((c) => c.trim())
      .filter(Boolean);
    return `Challenges recorded for the ${coalition.name} coalition: ${list.length ? joinAnd(list).toLowerCase() : "none"} ${source}.`;
  }
  // ("what's the title of Laos's national strategy doc": with none on record, that is not known)
  if (/\bnational strategy\b/.test(folded))
    return coalition.nationalStrategyRef
      ? `National strategy document for ${coalition.name}: ${coalition.nationalStrategyRef} ${source}.`
      : `${DONT_KNOW_OPENING}. No national strategy document for ${coalition.name} is on record ${source}.`;
  if (/\b(?:last updated|updated|last update)\b/.test(folded)) {
    return `The ${coalition.name} coalition's record was ${grounds(coalition, zone).replace("coalition record, ", "")}.`;
  }
  return null;
}

export async function answerCoalitionStatus(context: AnswerContext): Promise<Answer> {
  const { entities, folded } = context.understanding;
  const zone = context.dir.committee.timeZone;
  if (entities.coalitions.length === 0) return noCoalition(context);
  const replies: Reply[] = [];
  let restricted: string | undefined;
  for (const entry of entities.coalitions) {
    const coalition = findCoalition(context.records, entry.id);
    if (!coalition) continue;
    restricted ??= keptNote(coalition);
    const [reply] = await coalitionStatus(context, coalition.id);
    if (!reply) continue;
    const facet = facetLine(folded, coalition, zone);
    replies.push(
      facet ? { ...reply, text: facet } : { ...reply, text: `${reply.text} (${grounds(coalition, zone)})` },
    );
  }
  return { replies, restricted };
}

/** A country with no coalition on record: say so, and quote where the records mention it. */
async function noCoalition(context: AnswerContext): Promise<Answer> {
  const { entities } = context.understanding;
  const names = entities.delegations.map((d) => d.name);
  if (names.length === 0) return { replies: await coalitionsOverview(context) };
  const known =
    joinAnd(context.dir.coalitions.filter((c) => canSee(context.person, c.visibility)).map((c) => c.name)) ||
    "none";
  const sections = [];
  for (const delegation of entities.delegations) {
    const mention = await mentionsOf(context, delegation, []);
    if (mention) sections.push(mention);
  }
  return {
    replies: [
      privateReply(
        // (a refusal: what is asked of a coalition not on record, its lead or its status, is not known)
        `${DONT_KNOW_OPENING}. No country coalition for ${joinAnd(names)} is on record. Coalitions on record: ${known}.`,
        { sections },
      ),
    ],
  };
}

export async function answerCoalitionList(context: AnswerContext): Promise<Answer> {
  return { replies: await coalitionsOverview(context) };
}

export async function answerCoalitionLead(context: AnswerContext): Promise<Answer> {
  const { entities } = context.understanding;
  if (entities.coalitions.length === 0) return noCoalition(context);
  const zone = context.dir.committee.timeZone;
  const replies: Reply[] = [];
  let restricted: string | undefined;
  for (const entry of entities.coalitions) {
    const coalition = findCoalition(context.records, entry.id);
    if (!coalition) continue;
    restricted ??= keptNote(coalition);
    for (const reply of await coalitionMembers(context, coalition.id)) {
      replies.push({
        ...reply,
        sections: [...(reply.sections ?? []), { context: `From the ${grounds(coalition, zone)}.` }],
      });
    }
  }
  return { replies, restricted };
}

const GENERIC = new Set(
  "seminar seminars meeting meetings regional country specific informal closed promoting coalitions coalition intersessional".split(
    " ",
  ),
);
const FUNCTION_WORDS = new Set("for the at in of on a an to and".split(" "));
/** What a word naming one activity ("Bangkok") counts, against 1 for a common word of their titles. */
const NAMING = 3;

/** Recorded activities the question points at ("the Bangkok seminar", "what the EU finances"). */
export async function answerActivity(context: AnswerContext): Promise<Answer | null> {
  const { entities, folded } = context.understanding;
  // Activities of a coalition kept to some roles are not quoted to others, nor in a channel.
  const coalitions = listCoalitions(context.records).filter(
    (coalition) =>
      coalition.visibility === "committee" ||
      (canSee(context.person, coalition.visibility) && !inChannel(context.request)),
  );
  const words = new Set(folded.split(" "));
  const activities = coalitions.flatMap((coalition) =>
    coalition.activities.map((activity) => ({ coalition, activity })),
  );
  const funders = entities.delegations.map((d) => [fold(d.name), ...d.aliases]);
  // ("funds permitting" is a condition, not a question of who pays)
  const asksFunding = fundingAsked(folded);
  const scored = activities.map((entry) => {
    const own = fold(
      `${entry.activity.title} ${entry.activity.place ?? ""} ${entry.activity.period ?? ""}`,
    ).split(" ");
    let score = 0;
    let naming = 0;
    for (const word of new Set(own)) {
      if (!words.has(word) || FUNCTION_WORDS.has(word)) continue;
      // a name ("Bangkok", "APMBC") tells one activity from another; "country coalitions" does not
      if (GENERIC.has(word) || word.length < 3) score += 1;
      else naming += 1;
    }
    score += naming * NAMING;
    if (entities.coalitions.some((c) => c.id === entry.coalition.id)) score += 1;
    const funding = fold(entry.activity.fundingChannel ?? "");
    // "the seminar the Presidency paid for"; not "where do the coordinators and the Presidency want a workshop"
    if (
      asksFunding &&
      funders.some((keys) => keys.some((key) => key.length > 1 && ` ${funding} `.includes(` ${key} `)))
    )
      score += 3;
    return { ...entry, score, naming };
  });
  // "the Beirut workshop": a name the documents use and no recorded activity holds is another event
  if (
    namesOtherPlace(
      context,
      activities.map((entry) => entry.activity),
    )
  )
    return null;
  const best = Math.max(0, ...scored.map((s) => s.score));
  let chosen = best >= 3 ? scored.filter((s) => s.score === best) : [];
  // "the bangkok meeting on country coalitions": the activity named beats one that shares only common words
  const naming = Math.max(0, ...scored.map((s) => s.naming));
  if (naming > 0)
    chosen = scored.filter((s) => s.naming === naming && s.score >= 3).sort((a, b) => b.score - a.score);
  const top = chosen[0]?.score;
  chosen = chosen.filter((s) => s.score === top);
  if (chosen.length === 0 && /\b(?:seminars|activities|workshops|events)\b/.test(folded)) chosen = scored;
  if (chosen.length === 0) return null;
  const items = chosen.map(({ coalition, activity }) => ({
    text: `${activity.title} (${coalition.name} coalition)`,
    detail: activityDetail(activity, context.now),
  }));
  const [only] = chosen;
  const zone = context.dir.committee.timeZone;
  const headline =
    chosen.length === 1 && only
      ? activityHeadline(folded, only.activity, context.now)
      : `${chosen.length} recorded activities.`;
  const source = only ? ` (${grounds(only.coalition, zone)})` : "";
  return {
    replies: [privateReply(`${headline}${chosen.length === 1 ? source : ""}`, { sections: [{ items }] })],
  };
}

/** The question names something of the documents ("Beirut", "Addis Ababa") that no recorded activity holds. */
function namesOtherPlace(
  context: AnswerContext,
  activities: readonly { title: string; place: string | null; fundingChannel: string | null }[],
): boolean {
  const { names } = knowledgeOf(context.records, context.dir);
  const held = new Set(
    activities.flatMap((a) => analyze(`${a.title} ${a.place ?? ""} ${a.fundingChannel ?? ""}`)),
  );
  const delegations = new Set(
    context.understanding.entities.delegations.flatMap((d) => analyze([d.name, ...d.aliases].join(" "))),
  );
  return analyze(context.understanding.folded).some(
    (term) => names.has(term) && !held.has(term) && !delegations.has(term),
  );
}

interface ActivityRow {
  title: string;
  status: string;
  period: string | null;
  place: string | null;
  fundingChannel: string | null;
}

const FUNDING_DETAIL =
  /\b(?:which|what) (?:\w+ )?(?:instrument|programme|program|budget line|facility|mechanism|grant|call|envelope|project)\b/;
const TOOK_PLACE =
  /^(?:and |so )?(?:did|has|have|was|were)\b.*\b(?:take place|took place|taken place|happen|happened|held|go ahead|gone ahead|went ahead)\b/;
const EXACT_DAY =
  /\b(?:exact|precise) (?:date|day)\b|\b(?:what|which) (?:exact |precise )?day\b|\bon what date\b/;

/** "who paid for the Zagreb meeting", "is it EU money": who pays is asked ("funds permitting" is a condition). */
export function fundingAsked(folded: string): boolean {
  return /\b(?:fund\w*|financ\w*|pa(?:y|id|ys|ying)|bill\w*|money|cost\w*|sponsor\w*|bankroll\w*)\b/.test(
    folded.replace(/\b(?:funds?|funding|money) permitting\b/g, " "),
  );
}

function activityHeadline(folded: string, activity: ActivityRow, now: Date): string {
  const status = activityStatusAt(activity.status, activity.period, now);
  if (fundingAsked(folded)) {
    // "under which EU instrument was it financed": the record names the funder, no programme of it
    if (activity.fundingChannel && FUNDING_DETAIL.test(folded))
      return `${DONT_KNOW_OPENING}. The record of the ${activity.title} names only who funds it: ${activity.fundingChannel}.`;
    return activity.fundingChannel
      ? `${activity.title}: funded by ${activity.fundingChannel}.`
      : `${activity.title}: no funding channel is recorded.`;
  }
  // "which city will host the Lao seminar": a place its record does not give is not known
  if (!activity.place && /\bwhere\b|\b(?:which|what) (?:city|town|venue|place|country)\b|\bhost/.test(folded))
    return `${DONT_KNOW_OPENING}. The record of the ${activity.title} gives no place.`;
  // "what exact date in June 2017": a month is no day, and saying it as the answer would claim one
  if (EXACT_DAY.test(folded) && !/\b\d{1,2}\b/.test(activity.period ?? ""))
    return `${DONT_KNOW_OPENING}. The record of the ${activity.title} gives ${activity.period ? `only ${activity.period}` : "no date"}, no day.`;
  const when = activity.period ? `${activity.period}` : "no date recorded";
  const where = activity.place ? `, ${activity.place}` : "";
  // "did the Laos seminar take place?": a record of it as planned does not say it was held
  if (TOOK_PLACE.test(folded) && /^(?:planned|scheduled|proposed)/i.test(status))
    return `${DONT_KNOW_OPENING}. The record of the ${activity.title} has it ${status} (${when}${where}), not whether it took place.`;
  return `${activity.title}: ${status}; ${when}${where}.`;
}
