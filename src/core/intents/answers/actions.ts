// Action items by owner, area, coalition, state and time ("what does Norway
// owe us?", "anything overdue?", "what's due before the December meeting?",
// "my actions"), and one item in detail ("who owns A-3?", "the second one").
import { joinAnd, longCalendarDate, longDate, personName } from "../../../domain/format.ts";
import { actionHandle } from "../../../domain/vocabulary.ts";
import {
  type ActionQuery,
  dueDate,
  findAction,
  isDueBy,
  isOverdue,
  listActions,
} from "../../../read-model/actions.ts";
import { terms } from "../../../records/search.ts";
import type { ActionRecord } from "../../../store/actions.ts";
import { delegationById } from "../../../store/directory.ts";
import { actionButtons } from "../../commands/actions.ts";
import { actionItem, dueLabel, ownerLabel } from "../../describe.ts";
import { withoutHidden } from "../../policy.ts";
import { privateReply, type Section } from "../../reply.ts";
import { whichPerson } from "./directory.ts";
import { type Answer, type AnswerContext, dontKnow } from "./shared.ts";

function dueOnOrBefore(action: ActionRecord, day: string, zone: string): boolean {
  const due = dueDate(action, zone);
  return due !== null && due <= day;
}

const YEAR_OF_A_THING =
  /\b(?:for|of) (?:the )?((?:19|20)\d\d)\b|\b((?:19|20)\d\d) (?!and\b|or\b|to\b)[a-z]{3,}/;

function matchesTopic(action: ActionRecord, topic: string[]): boolean {
  const own = new Set(terms(action.text));
  return topic.some((term) => own.has(term));
}

export async function answerActions(context: AnswerContext): Promise<Answer> {
  const { records, dir, person, now } = context;
  const { entities, folded } = context.understanding;
  const zone = dir.committee.timeZone;
  const [group] = entities.ambiguousPersons;
  if (group && entities.persons.length === 0)
    return whichPerson(context, group, (name) => `what does ${name} owe?`);

  const filters = new Set(entities.filters);
  const query: Omit<ActionQuery, "committeeId"> = {};
  const labels: string[] = [];
  const ownerDelegations = entities.delegations.map((d) => d.id);
  const ownerPersons = entities.persons.map((p) => p.id);
  if (filters.has("mine") && ownerDelegations.length === 0 && ownerPersons.length === 0) {
    const own = delegationById(dir, person.delegationId);
    ownerDelegations.push(own.id);
    ownerPersons.push(person.id);
    labels.push(`for you or ${own.name}`);
  } else {
    // A person owes what is theirs and what their delegation owes.
    const theirs = entities.persons.map((p) => delegationById(dir, p.delegationId));
    for (const d of theirs) if (!ownerDelegations.includes(d.id)) ownerDelegations.push(d.id);
    const names = [
      ...entities.delegations.map((d) => d.name),
      ...entities.persons.map((p) => `${personName(p)} (${delegationById(dir, p.delegationId).name})`),
    ];
    if (names.length) labels.push(`for ${joinAnd(names)}`);
  }
  if (ownerDelegations.length) query.ownerDelegationIds = ownerDelegations;
  if (ownerPersons.length) query.ownerPersonIds = ownerPersons;
  const [area] = entities.areas;
  if (area && /\bcoordinators?\b/.test(folded) && ownerDelegations.length === 0) {
    // "what do the universalization coordinators owe?": the coordinators are the owners.
    query.ownerDelegationIds = area.coordinatorIds;
    labels.push(
      `for the ${area.name} coordinators (${joinAnd(area.coordinatorIds.map((id) => delegationById(dir, id).name))})`,
    );
  } else if (area) {
    query.areaId = area.id;
    labels.push(`on ${area.name}`);
  }
  const [coalition] = entities.coalitions;
  if (coalition) {
    query.coalitionId = coalition.id;
    labels.push(`of the ${coalition.name} coalition`);
  }
  const status = filters.has("done") ? "done" : filters.has("all") ? undefined : "open";
  if (status) query.status = status;

  let found = withoutHidden(context, listActions(records, { ...query }));
  const meeting = entities.meeting;
  if (meeting && !meeting.found && !entities.dueBy) {
    return dontKnow(folded, `No meeting of the committee is on record for ${meeting.text}.`);
  }
  let scope = "";
  const target = meeting?.found ? context.meetings.find((m) => m.id === meeting.id) : undefined;
  if (target && target.startsAt.getTime() <= now.getTime() && /\b(?:from|at|of|since)\b/.test(folded)) {
    found = found.filter((a) => a.sourceMeetingId === target.id);
    scope = ` from the meeting of ${longDate(target.startsAt, target.timeZone)}`;
  } else if (target) {
    found = found.filter((a) => isDueBy(a, target));
    scope = ` due by the meeting of ${longDate(target.startsAt, target.timeZone)}`;
  } else if (entities.dueBy) {
    const dueBy = entities.dueBy;
    found = found.filter((a) => dueOnOrBefore(a, dueBy, zone));
    scope = ` due by ${longCalendarDate(dueBy)}`;
  }
  if (filters.has("overdue")) found = found.filter((a) => isOverdue(a, now, zone));
  if (filters.has("undated")) {
    found = found.filter((a) => a.dueKind === "none");
    scope = " with no due date";
  }
  const topic = entities.leftovers.flatMap(terms);
  if (topic.length) {
    const onTopic = found.filter((a) => matchesTopic(a, topic));
    // "isu draft budget for 2018 - due when?": a thing of a year that no action item speaks of is not on record
    // as an action (the other words left over are too loose to refuse on alone: "homework", "wed")
    // (a year of a thing, "budget for 2018", "2018 budget"; not of a day, "Wednesday 7 December 2016")
    const year = YEAR_OF_A_THING.exec(folded)?.slice(1).find(Boolean);
    if (onTopic.length === 0 && year && !found.some((a) => a.text.includes(year)))
      return dontKnow(
        folded,
        `No action item on record is about ${entities.leftovers.join(" ")} for ${year}.`,
      );
    if (onTopic.length) found = onTopic;
    else if (entities.delegations.length) {
      // "actions on the ISU funding shortfall": the name is the topic, not the owner.
      const named = withoutHidden(context, listActions(records, { status: "open" })).filter(
        (a) => matchesTopic(a, topic) && entities.delegations.some((d) => a.text.includes(d.name)),
      );
      if (named.length) {
        found = named;
        labels.splice(
          0,
          labels.length,
          `about ${joinAnd(entities.delegations.map((d) => d.name))} ${entities.leftovers.join(" ")}`,
        );
      }
    }
  }

  const kind = filters.has("overdue")
    ? "overdue action item"
    : status === "done"
      ? "completed action item"
      : status === "open"
        ? "open action item"
        : "action item";
  const label = [...labels].join(" ");
  const describe = (n: number) => `${n} ${kind}${n === 1 ? "" : "s"}${label ? ` ${label}` : ""}${scope}`;
  if (found.length === 0) {
    const none = `No ${kind}s${label ? ` ${label}` : ""}${scope}.`;
    const undated = target ? await undatedFor(context, query) : [];
    return {
      replies: [privateReply(none, undated.length ? { sections: [undatedSection(context, undated)] } : {})],
      listed: [],
    };
  }
  const sections: Section[] = [
    {
      items: found.map((action) => ({
        ...actionItem(action, dir, now),
        ...(action.status === "open" ? { buttons: actionButtons(context, action) } : {}),
      })),
    },
  ];
  if (target && status === "open") {
    const undated = (await undatedFor(context, query)).filter((a) => !found.some((f) => f.id === a.id));
    if (undated.length) sections.push(undatedSection(context, undated));
  }
  return {
    replies: [privateReply(`${describe(found.length)}.`, { sections })],
    listed: found.map((a) => a.number),
    meetingId: target?.id,
  };
}

async function undatedFor(
  context: AnswerContext,
  query: Omit<ActionQuery, "committeeId">,
): Promise<ActionRecord[]> {
  if (!query.ownerDelegationIds && !query.ownerPersonIds && !query.areaId) return [];
  const open = withoutHidden(context, listActions(context.records, { ...query, status: "open" }));
  return open.filter((a) => a.dueKind === "none");
}

function undatedSection(context: AnswerContext, actions: ActionRecord[]): Section {
  return {
    title: "Also open, with no due date",
    items: actions.map((action) => actionItem(action, context.dir, context.now)),
  };
}

export async function answerActionDetail(context: AnswerContext): Promise<Answer> {
  const { records, dir, now } = context;
  const { entities, folded } = context.understanding;
  if (entities.actions.length === 0) {
    return dontKnow(
      folded,
      'I have no list from this conversation to count in; ask for one first, e.g. "what does Norway owe us?".',
    );
  }
  const zone = dir.committee.timeZone;
  const replies = [];
  for (const number of entities.actions) {
    const action = findAction(records, number);
    if (!action) {
      replies.push(
        privateReply(`There is no action item ${actionHandle(number)} on record. "actions all" lists them.`),
      );
      continue;
    }
    const state =
      action.status === "open"
        ? isOverdue(action, now, zone)
          ? `open and OVERDUE (${dueLabel(action, zone)})`
          : `open, ${dueLabel(action, zone)}, not overdue`
        : action.status;
    replies.push(
      privateReply(`${actionHandle(action.number)} is owned by ${ownerLabel(action, dir)}; ${state}.`, {
        sections: [
          {
            items: [
              {
                ...actionItem(action, dir, now),
                ...(action.status === "open" ? { buttons: actionButtons(context, action) } : {}),
              },
            ],
          },
        ],
      }),
    );
  }
  return { replies, listed: entities.actions };
}
