// Who does what: coordinators of an area, what a delegation coordinates, who a
// person is, who is in a delegation or a coalition. Facts from the directory.
import { joinAnd, personName } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { delegationById, type PersonEntry } from "../../../store/directory.ts";
import { areas, coalitionMembers, who } from "../../commands/directory.ts";
import type { Reply } from "../../reply.ts";
import type { Choice } from "../memory.ts";
import { type Answer, type AnswerContext, CLARIFY_MARK, clarify, dontKnow } from "./shared.ts";

function personChoices(
  context: AnswerContext,
  people: PersonEntry[],
  question: (name: string) => string,
): Choice[] {
  return people.map((person) => {
    const delegation = delegationById(context.dir, person.delegationId);
    return {
      label: `${personName(person)} (${delegation.name})`,
      value: question(person.name),
      keys: [
        fold(person.name),
        fold(person.name).split(" ")[0] ?? "",
        fold(delegation.name),
        ...delegation.aliases,
      ].filter((key) => key.length > 1),
    };
  });
}

/** Several people fit the name typed: ask which, one button each. */
export function whichPerson(
  context: AnswerContext,
  people: PersonEntry[],
  question: (name: string) => string,
): Answer {
  const family = [...new Set(people.map((p) => p.familyName))];
  const name = family.length === 1 ? family[0] : people.map((p) => p.name.split(" ")[0]).join(" or ");
  return clarify(
    `${CLARIFY_MARK}? ${people.length} people on record match "${name}":`,
    personChoices(context, people, question),
  );
}

export async function answerWhoIs(context: AnswerContext): Promise<Answer> {
  const { entities } = context.understanding;
  const [group] = entities.ambiguousPersons;
  if (group && entities.persons.length === 0) return whichPerson(context, group, (name) => `who is ${name}?`);
  const replies: Reply[] = [];
  for (const person of entities.persons) replies.push(...(await who(context, person.name)));
  const shownPersons = new Set(entities.persons.map((p) => p.delegationId));
  for (const delegation of entities.delegations) {
    if (shownPersons.has(delegation.id)) continue;
    const people = context.dir.persons.filter((p) => p.delegationId === delegation.id);
    for (const reply of await who(context, delegation.name)) {
      const named = people.map((p) => `${personName(p)}${p.position ? `, ${p.position}` : ""}`);
      const sits = named.length ? ` On record for ${delegation.name}: ${joinAnd(named)}.` : "";
      replies.push({ ...reply, text: `${reply.text}${sits}` });
    }
  }
  for (const coalition of entities.coalitions)
    replies.push(...(await coalitionMembers(context, coalition.id)));
  for (const area of entities.areas) replies.push(...(await who(context, area.name)));
  if (replies.length === 0)
    return dontKnow(context.understanding.folded, "No person or delegation by that name is on record.");
  return { replies };
}

export async function answerWhoCoordinates(context: AnswerContext): Promise<Answer> {
  const { entities } = context.understanding;
  const replies: Reply[] = [];
  for (const area of entities.areas) replies.push(...(await who(context, area.name)));
  for (const delegation of entities.delegations) {
    const coordinated = context.dir.areas.filter((area) => area.coordinatorIds.includes(delegation.id));
    if (coordinated.length === 0 && entities.areas.length === 0) {
      const [reply] = await who(context, delegation.name);
      if (reply)
        replies.push({ ...reply, text: `${delegation.name} coordinates no thematic area. ${reply.text}` });
    } else if (entities.areas.length === 0) {
      replies.push(...(await who(context, delegation.name)));
    }
  }
  for (const person of entities.persons) replies.push(...(await who(context, person.name)));
  if (replies.length === 0) return { replies: areas(context) };
  return { replies };
}

export function answerAreaList(context: AnswerContext): Answer {
  return { replies: areas(context) };
}
