// status [coalition] and coalitions: where each country coalition stands,
// answered only from the records, with when and by whom they were last updated.
import { joinAnd, personName, shortDate } from "../../domain/format.ts";
import {
  type CoalitionMemberRole,
  type CoalitionPhase,
  MEMBER_ROLE_LABELS,
  PHASE_LABELS,
} from "../../domain/vocabulary.ts";
import { listActions } from "../../read-model/actions.ts";
import { findCoalition, listCoalitions } from "../../read-model/coalitions.ts";
import type { CoalitionRecord } from "../../store/coalitions.ts";
import type { CommandContext } from "../context.ts";
import { actionItem, activityDetail } from "../describe.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorizeRead, canSee, visibilityPhrase } from "../policy.ts";
import { privateReply, type Reply, type Section } from "../reply.ts";
import { resolveSubjects } from "../resolve.ts";

function phaseLabel(phase: string): string {
  return PHASE_LABELS[phase as CoalitionPhase] ?? phase;
}

function lastUpdated(coalition: CoalitionRecord, timeZone: string): string {
  const by = coalition.updatedBy
    ? ` by ${personName(coalition.updatedBy)} (${coalition.updatedBy.delegation.name})`
    : "";
  return `Last updated ${shortDate(coalition.updatedAt, timeZone)}${by}.`;
}

export async function coalitionStatus(context: CommandContext, coalitionId: number): Promise<Reply[]> {
  const { records, dir, now } = context;
  const coalition = findCoalition(records, coalitionId);
  if (!coalition) throw new UserError("That coalition no longer exists.");
  authorizeRead(context, coalition.visibility, `The ${coalition.name} coalition's record`);
  const restricted = keptNote(coalition);
  const zone = dir.committee.timeZone;
  const leads = coalition.members.filter((m) => m.role === "lead").map((m) => m.delegation.name);
  const others = coalition.members
    .filter((m) => m.role !== "lead")
    .map((m) => `${m.delegation.name} (${MEMBER_ROLE_LABELS[m.role as CoalitionMemberRole] ?? m.role})`);
  const challenges = coalition.challenges
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const open = listActions(records, { coalitionId, status: "open" });
  const sections: Section[] = [
    {
      fields: [
        { label: "Phase", value: phaseLabel(coalition.phase) },
        { label: "Lead(s)", value: leads.length ? joinAnd(leads) : "none designated yet" },
        { label: "Members", value: others.length ? others.join(", ") : "none recorded" },
        { label: "National strategy", value: coalition.nationalStrategyRef ?? "no document on record" },
      ],
    },
  ];
  if (challenges.length) sections.push({ title: "Challenges", items: challenges.map((text) => ({ text })) });
  sections.push({
    title: "Activities",
    items: coalition.activities.length
      ? coalition.activities.map((activity) => ({
          text: activity.title,
          detail: activityDetail(activity, context.now),
        }))
      : [{ text: "none recorded" }],
  });
  sections.push({
    title: "Open action items",
    items: open.length ? open.map((action) => actionItem(action, dir, now)) : [{ text: "none" }],
  });
  sections.push({
    title: "Next step",
    text: coalition.nextStep ?? "none recorded",
    context: lastUpdated(coalition, zone),
  });
  return [
    privateReply(`${coalition.name} country coalition: ${phaseLabel(coalition.phase).toLowerCase()}.`, {
      title: `Country coalition: ${coalition.name}`,
      sections,
      ...(restricted
        ? { restricted }
        : { buttons: [{ actionId: "share", label: "Share in channel", value: `status ${coalition.name}` }] }),
    }),
  ];
}

/** Why a coalition's record stays out of channels, or undefined when it is open to the committee. */
export function keptNote(coalition: { name: string; visibility: string }): string | undefined {
  return coalition.visibility === "committee"
    ? undefined
    : `the ${coalition.name} coalition's record is ${visibilityPhrase(coalition.visibility)}`;
}

export async function coalitionsOverview(context: CommandContext): Promise<Reply[]> {
  const coalitions = listCoalitions(context.records).filter((coalition) =>
    canSee(context.person, coalition.visibility),
  );
  if (coalitions.length === 0) return [privateReply("No country coalitions are on record yet.")];
  const kept = coalitions.map(keptNote).find(Boolean);
  return [
    privateReply(`${coalitions.length} country coalition${coalitions.length === 1 ? "" : "s"} on record.`, {
      sections: [
        {
          items: coalitions.map((coalition) => ({
            text: `${coalition.name}: ${phaseLabel(coalition.phase)}${coalition.visibility === "committee" ? "" : ` (${visibilityPhrase(coalition.visibility)})`}`,
            detail: `Next step: ${coalition.nextStep ?? "none recorded"} ${lastUpdated(coalition, context.dir.committee.timeZone)}`,
          })),
          context: 'For the full picture of one: "status <country>".',
        },
      ],
      ...(kept ? { restricted: "it lists coalitions whose records are not open to the committee" } : {}),
    }),
  ];
}

export async function status(context: CommandContext, subject: string | undefined): Promise<Reply[]> {
  if (!subject) return coalitionsOverview(context);
  const found = resolveSubjects(context.dir, subject, ["coalition"]);
  if (found.length === 1 && found[0]?.kind === "coalition")
    return coalitionStatus(context, found[0].coalition.id);
  const names = context.dir.coalitions.filter((c) => canSee(context.person, c.visibility)).map((c) => c.name);
  const known = names.length
    ? `Coalitions on record: ${joinAnd(names)}.`
    : "No coalitions are on record yet.";
  if (found.length > 1)
    throw new UserError(`"${subject}" could mean several coalitions. ${known}`, USAGE.status);
  throw new UserError(`There is no country coalition for "${subject}". ${known}`, USAGE.status);
}
