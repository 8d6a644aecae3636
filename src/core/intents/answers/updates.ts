// Coordinators' updates for a meeting: which have come in (with who sent them
// and when), what they say, and what a delegation said at the last meeting
// according to the minutes. An update's text stays with its author, the
// coordinators, the Presidency and the secretariat until the agenda is out.
import { joinAnd, meetingWhen, personName, shortDate } from "../../../domain/format.ts";
import { fold } from "../../../domain/names.ts";
import { findMeeting } from "../../../read-model/meetings.ts";
import { listUpdatesForMeeting } from "../../../read-model/updates.ts";
import {
  type Mention,
  searchRecordStrictly,
  sentencesMentioning,
  sentencesOf,
} from "../../../records/search.ts";
import { type AreaEntry, areasCoordinatedBy, type DelegationEntry } from "../../../store/directory.ts";
import type { MeetingRecord } from "../../../store/meetings.ts";
import type { UpdateRecord } from "../../../store/updates.ts";
import { agendaCirculated, mayReadUpdate, visibilityPhrase } from "../../policy.ts";
import { type ListItem, privateReply, type Section } from "../../reply.ts";
import { lastMeeting, nextMeeting } from "../meeting-refs.ts";
import { plainMessage } from "../normalize.ts";
import { whichPerson } from "./directory.ts";
import { delegationKeys, passagesOf, quoteSection, REPORTING_VERBS } from "./record.ts";
import { type Answer, type AnswerContext, dontKnow } from "./shared.ts";

async function meetingFor(context: AnswerContext): Promise<MeetingRecord | null> {
  const ref = context.understanding.entities.meeting;
  const id = ref?.found
    ? ref.id
    : (nextMeeting(context.meetings, context.now) ?? lastMeeting(context.meetings, context.now))?.id;
  return id === undefined ? null : findMeeting(context.records, id);
}

interface Subject {
  label: string;
  areas: AreaEntry[];
  delegation?: DelegationEntry;
}

function subjectsOf(context: AnswerContext): Subject[] {
  const { entities } = context.understanding;
  const { dir, person } = context;
  if (entities.areas.length > 0) {
    const [delegation] = entities.delegations;
    const label = delegation?.name ?? joinAnd(entities.areas.map((a) => a.name));
    return [{ label, areas: entities.areas, delegation }];
  }
  const delegations = [...entities.delegations];
  if (delegations.length === 0 && entities.filters.includes("mine")) {
    const own = dir.delegations.find((d) => d.id === person.delegationId);
    if (own) delegations.push(own);
  }
  if (delegations.length === 0) return [{ label: "the coordinators", areas: dir.areas }];
  return delegations.map((delegation) => ({
    label: delegation.name,
    areas: areasCoordinatedBy(dir, delegation.id),
    delegation,
  }));
}

function received(update: UpdateRecord, zone: string): string {
  const when = shortDate(update.revisedAt ?? update.submittedAt, zone);
  const verb = update.revisedAt ? "revised" : "received";
  return `${verb} ${when} from ${personName(update.author)} (${update.author.delegation.name})`;
}

export async function answerUpdatesStatus(context: AnswerContext): Promise<Answer> {
  const target = await meetingFor(context);
  if (!target)
    return dontKnow(context.understanding.folded, "No meeting is on record to collect updates for.");
  const zone = context.dir.committee.timeZone;
  const updates = listUpdatesForMeeting(context.records, target.id);
  const sections: Section[] = [];
  const headlines: string[] = [];
  for (const subject of subjectsOf(context)) {
    const items: ListItem[] = subject.areas.map((area) => {
      const update = updates.find((u) => u.areaId === area.id);
      return { text: `${area.name}: ${update ? received(update, zone) : "not yet received"}` };
    });
    const fromDelegation = subject.delegation
      ? updates.filter(
          (u) =>
            u.author.delegationId === subject.delegation?.id && !subject.areas.some((a) => a.id === u.areaId),
        )
      : [];
    for (const update of fromDelegation) {
      items.push({
        text: `${update.area?.name ?? update.coalition?.name ?? "update"}: ${received(update, zone)}`,
      });
    }
    if (items.length === 0) {
      headlines.push(
        `${subject.label} coordinates no thematic area, and no update from it is on record for that meeting`,
      );
      continue;
    }
    const count = items.filter((item) => !item.text.endsWith("not yet received")).length;
    headlines.push(`${count} of ${items.length} received from ${subject.label}`);
    sections.push({ items });
  }
  sections.push({ context: `Updates on record for the meeting of ${meetingWhen(target)}.` });
  return {
    replies: [
      privateReply(`Updates for the meeting of ${meetingWhen(target)}: ${headlines.join("; ")}.`, {
        sections,
      }),
    ],
    meetingId: target.id,
  };
}

/** Sentences of the minutes in which the delegation itself speaks, about the topic if one is asked. */
function speaks(sentence: string, keys: readonly string[]): boolean {
  const text = fold(sentence);
  const verb = REPORTING_VERBS.exec(sentence);
  if (!verb) return false;
  const verbAt = text.indexOf(fold(verb[0]));
  return keys.some((key) => {
    const at = ` ${text} `.indexOf(` ${key} `);
    return at >= 0 && at < verbAt && verbAt - at < 90;
  });
}

async function statements(
  context: AnswerContext,
  delegation: DelegationEntry,
  topic: string[],
): Promise<Mention[]> {
  const keys = delegationKeys(context.dir, delegation);
  const passages = await passagesOf(context);
  const found = sentencesMentioning(passages, keys, { topic, verbs: REPORTING_VERBS }).filter((m) =>
    speaks(m.sentence, keys),
  );
  if (found.length > 0 || topic.length === 0) return found;
  // The minutes report a speech over several sentences ("Australia explained ... To this end,
  // Coordinators would like to host ..."): search the items in which the delegation speaks.
  const spoken = passages.filter((p) => sentencesOf(p.text).some((sentence) => speaks(sentence, keys)));
  const hit = searchRecordStrictly(spoken, plainMessage(context.text), {
    mustMention: [],
    needsFigure: false,
  });
  const [sentence] = hit?.sentences ?? [];
  return hit && sentence ? [{ source: hit.source, reference: hit.reference, sentence }] : [];
}

export async function answerUpdatesContent(context: AnswerContext): Promise<Answer> {
  const { folded, entities } = context.understanding;
  const [group] = entities.ambiguousPersons;
  if (group && entities.persons.length === 0 && entities.delegations.length === 0)
    return whichPerson(context, group, (name) => `what did ${name} say?`);
  const target = await meetingFor(context);
  const zone = context.dir.committee.timeZone;
  const updates = target ? listUpdatesForMeeting(context.records, target.id) : [];
  const agendaOut = target ? agendaCirculated(target, context.records.cycle, context.now) : false;
  const sections: Section[] = [];
  const lines: string[] = [];
  let restricted: string | undefined;
  const topic = entities.leftovers;
  for (const subject of subjectsOf(context)) {
    const own = updates.filter(
      (u) =>
        subject.areas.some((a) => a.id === u.areaId) ||
        (subject.delegation !== undefined && u.author.delegationId === subject.delegation.id),
    );
    for (const update of own) {
      const about = update.area?.name ?? update.coalition?.name ?? "update";
      if (!mayReadUpdate(context.person, update, agendaOut)) {
        lines.push(
          update.visibility === "committee"
            ? `the ${about} update was ${received(update, zone)}; its text stays with the coordinators and the secretariat until the agenda is circulated`
            : `the ${about} update was ${received(update, zone)}; its text is ${visibilityPhrase(update.visibility)}`,
        );
        continue;
      }
      if (update.visibility !== "committee")
        restricted = `it quotes an update ${visibilityPhrase(update.visibility)}`;
      else if (!agendaOut) restricted = "it quotes an update not yet circulated with the agenda";
      sections.push({ title: `${about} update, ${received(update, zone)}`, text: update.body });
      lines.push(`${about}: update ${received(update, zone)}`);
    }
    if (own.length === 0 && target && subject.areas.length > 0) {
      lines.push(
        `no ${joinAnd(subject.areas.map((a) => a.name))} update${subject.delegation ? ` from ${subject.label}` : ""} yet for the meeting of ${meetingWhen(target)}`,
      );
    }
    if (subject.delegation) {
      const said = (await statements(context, subject.delegation, topic)).slice(0, 3);
      const [first] = said;
      if (first) {
        sections.push(quoteSection(said));
        lines.push(
          `${subject.delegation.name} as recorded in the ${first.source.replace(/^Minutes/, "minutes")}, quoted below`,
        );
      }
    }
  }
  // Asked about a topic nothing on record covers: say so rather than list what is not asked.
  if (sections.length === 0 && (topic.length > 0 || lines.length === 0)) {
    const names = joinAnd(subjectsOf(context).map((s) => s.label));
    return dontKnow(folded, `Neither an update nor the minutes record ${names} saying that.`);
  }
  return {
    replies: [privateReply(`${capitalise(lines.join("; ") || "From the record")}.`, { sections })],
    restricted,
    meetingId: target?.id,
  };
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}
