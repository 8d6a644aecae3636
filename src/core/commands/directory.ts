// areas, and who <area|delegation|person|coalition>: who does what on the committee.

import { joinAnd, personName } from "../../domain/format.ts";
import { type CoalitionMemberRole, MEMBER_ROLE_LABELS } from "../../domain/vocabulary.ts";
import { findCoalition } from "../../read-model/coalitions.ts";
import {
  type AreaEntry,
  areasCoordinatedBy,
  type DelegationEntry,
  delegationById,
  type PersonEntry,
} from "../../store/directory.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorizeRead } from "../policy.ts";
import { type ListItem, privateReply, type Reply } from "../reply.ts";
import { resolveSubjects, type Subject, subjectName } from "../resolve.ts";
import { keptNote } from "./coalitions.ts";

function peopleOf(context: CommandContext, delegationId: number): PersonEntry[] {
  return context.dir.persons.filter((person) => person.delegationId === delegationId);
}

function coordinatorNames(context: CommandContext, area: AreaEntry): string {
  return (
    joinAnd(area.coordinatorIds.map((id) => delegationById(context.dir, id).name)) ||
    "no coordinator on record"
  );
}

function personLine(person: PersonEntry): string {
  const position = person.position ? `, ${person.position}` : "";
  return `${personName(person)}${position}`;
}

export function areas(context: CommandContext): Reply[] {
  const items: ListItem[] = context.dir.areas.map((area) => ({
    text: `${area.position}. ${area.name}${area.shortName && area.shortName !== area.name ? ` (${area.shortName})` : ""}`,
    detail: `Coordinators: ${coordinatorNames(context, area)}`,
  }));
  return [privateReply(`${context.dir.areas.length} thematic areas.`, { sections: [{ items }] })];
}

function whoArea(context: CommandContext, area: AreaEntry): Reply {
  const items = area.coordinatorIds.map((id) => {
    const delegation = delegationById(context.dir, id);
    const people = peopleOf(context, id).map(personLine);
    return { text: delegation.name, detail: people.length ? people.join("; ") : "no one on record" };
  });
  return privateReply(`${area.name} is coordinated by ${coordinatorNames(context, area)}.`, {
    sections: [{ items }],
  });
}

function whoDelegation(context: CommandContext, delegation: DelegationEntry): Reply {
  const { dir } = context;
  const facts: string[] = [];
  if (dir.committee.presidencyDelegationId === delegation.id) {
    facts.push(`holds the ${dir.committee.presidencyLabel ?? ""} Presidency`.replace("  ", " "));
  }
  const coordinated = areasCoordinatedBy(dir, delegation.id);
  if (coordinated.length) facts.push(`coordinates ${joinAnd(coordinated.map((area) => area.name))}`);
  const coalitions = dir.coalitions.filter((c) => c.affectedDelegationId === delegation.id);
  if (coalitions.length)
    facts.push(`is the affected country of the ${joinAnd(coalitions.map((c) => c.name))} coalition`);
  if (!delegation.isMember) facts.push("does not sit on the committee");
  const people = peopleOf(context, delegation.id);
  const summary = facts.length ? `${delegation.name} ${joinAnd(facts)}.` : `${delegation.name}.`;
  return privateReply(summary, {
    sections: [
      {
        title: "Delegation",
        items: people.length
          ? people.map((person) => ({ text: personLine(person), detail: person.roles.join(", ") }))
          : [{ text: "no one on record" }],
      },
    ],
  });
}

function whoPerson(context: CommandContext, person: PersonEntry): Reply {
  const delegation = delegationById(context.dir, person.delegationId);
  const coordinated = areasCoordinatedBy(context.dir, delegation.id).map((area) => area.name);
  const roles = person.roles.length ? joinAnd(person.roles) : "no role on record";
  const areasText = coordinated.length ? ` Coordinates ${joinAnd(coordinated)} with the delegation.` : "";
  return privateReply(`${personLine(person)} (${delegation.name}): ${roles}.${areasText}`);
}

export async function coalitionMembers(context: CommandContext, coalitionId: number): Promise<Reply[]> {
  const coalition = context.dir.coalitions.find((c) => c.id === coalitionId);
  if (!coalition) throw new UserError("That coalition no longer exists.");
  authorizeRead(context, coalition.visibility, `The ${coalition.name} coalition's record`);
  const restricted = keptNote(coalition);
  const reply = await whoCoalition(context, coalition.id, coalition.name);
  return [restricted ? { ...reply, restricted } : reply];
}

async function whoCoalition(context: CommandContext, coalitionId: number, name: string): Promise<Reply> {
  const members = findCoalition(context.records, coalitionId)?.members ?? [];
  const leads = members.filter((m) => m.role === "lead").map((m) => m.delegation.name);
  const items = members.map((m) => ({
    text: m.delegation.name,
    detail: MEMBER_ROLE_LABELS[m.role as CoalitionMemberRole] ?? m.role,
  }));
  const leadText = leads.length ? `led by ${joinAnd(leads)}` : "has no lead country designated yet";
  return privateReply(`The ${name} coalition ${leadText}.`, { sections: [{ items }] });
}

export async function who(context: CommandContext, subject: string): Promise<Reply[]> {
  const found = resolveSubjects(context.dir, subject, ["area", "delegation", "coalition", "person"]);
  if (found.length === 0) {
    const areasList = context.dir.areas.map((area) => area.shortName ?? area.name).join(", ");
    throw new UserError(
      `No area, delegation or person matches "${subject}". Areas: ${areasList}.`,
      USAGE.who,
    );
  }
  const distinct = dedupeCoalitionAndCountry(found);
  if (distinct.length > 1) {
    throw new UserError(
      `"${subject}" could mean ${joinAnd(distinct.map(subjectName))}; please be more specific.`,
      USAGE.who,
    );
  }
  const [only] = distinct as [Subject];
  switch (only.kind) {
    case "area":
      return [whoArea(context, only.area)];
    case "delegation":
      return [whoDelegation(context, only.delegation)];
    case "person":
      return [whoPerson(context, only.person)];
    case "coalition":
      return coalitionMembers(context, only.coalition.id);
  }
}

// "Laos" names both the delegation and its coalition: asking who about it means the delegation.
function dedupeCoalitionAndCountry(subjects: Subject[]): Subject[] {
  const delegationIds = new Set(subjects.flatMap((s) => (s.kind === "delegation" ? [s.delegation.id] : [])));
  return subjects.filter(
    (s) => s.kind !== "coalition" || !delegationIds.has(s.coalition.affectedDelegationId),
  );
}
