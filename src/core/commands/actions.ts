// action add, action done, and what the listings and forms share about an item.
import { isPastDate, readDue } from "../../domain/due.ts";
import { clockTime, joinAnd, longCalendarDate, personName, shortDate } from "../../domain/format.ts";
import { actionHandle, parseActionHandle } from "../../domain/vocabulary.ts";
import { findAction } from "../../read-model/actions.ts";
import { findLastMeeting, findMeetingInMonth, findNextMeeting } from "../../read-model/meetings.ts";
import {
  type ActionRecord,
  AlreadyDone,
  addAction,
  completeAction,
  type NewAction,
} from "../../store/actions.ts";
import type { CommandContext } from "../context.ts";
import { dueLabel, ownerLabel } from "../describe.ts";
import { UserError } from "../errors.ts";
import { type Command, USAGE } from "../grammar.ts";
import { checkLimit } from "../limits.ts";
import { authorize, can, type Subject } from "../policy.ts";
import { type Button, publicReply, type Reply } from "../reply.ts";
import { resolveSubjects, subjectName } from "../resolve.ts";

export function resolveOwners(context: CommandContext, names: string[]): NewAction["owners"] {
  const { dir, person } = context;
  if (names.length === 0) return [{ delegationId: person.delegationId }];
  return names.flatMap((name): NewAction["owners"] => {
    if (/^(?:all\s+)?(?:the\s+)?coordinators$/i.test(name)) {
      return [...new Set(dir.areas.flatMap((area) => area.coordinatorIds))].map((delegationId) => ({
        delegationId,
      }));
    }
    const found = resolveSubjects(dir, name, ["delegation", "person", "area"]);
    if (found.length === 0) {
      throw new UserError(
        `No delegation or person matches the owner "${name}". Name a delegation ("Norway", "ISU") or a person ("Hauge").`,
        USAGE["action add"],
      );
    }
    if (found.length > 1) {
      throw new UserError(
        `The owner "${name}" could mean ${joinAnd(found.map(subjectName))}; please be more specific.`,
        USAGE["action add"],
      );
    }
    const [only] = found;
    if (only?.kind === "person") return [{ personId: only.person.id }];
    if (only?.kind === "area") return only.area.coordinatorIds.map((delegationId) => ({ delegationId }));
    if (only?.kind === "delegation") return [{ delegationId: only.delegation.id }];
    return [];
  });
}

export async function resolveDue(
  context: CommandContext,
  text: string | undefined,
): Promise<Pick<NewAction, "dueKind" | "dueOn" | "dueMeetingId">> {
  const { records, dir, now } = context;
  const zone = dir.committee.timeZone;
  const next = findNextMeeting(records, now);
  if (text === undefined) return { dueKind: "none" };
  const reading = readDue(text, now, zone);
  if (!reading) {
    throw new UserError(
      `I could not read "${text}" as a date. Write e.g. "due 7/12", "due 2016-12-07", "due next Wednesday" or "due next meeting".`,
      USAGE["action add"],
    );
  }
  if (reading.kind === "none") return { dueKind: "none" };
  if (reading.kind === "next-meeting") {
    if (!next)
      throw new UserError(
        `No next meeting is scheduled, so "by the next meeting" has no date yet; give a date instead.`,
      );
    return { dueKind: "next-meeting", dueMeetingId: next.id };
  }
  if (reading.kind === "meeting-in-month") {
    const found = findMeetingInMonth(records, reading.month, now);
    const match = found && found.startsAt.getTime() >= now.getTime() ? found : null;
    if (!match) throw new UserError(`No meeting is scheduled in that month; give a date instead.`);
    return { dueKind: "next-meeting", dueMeetingId: match.id };
  }
  if (isPastDate(reading.dueOn, now, zone)) {
    throw new UserError(
      `${longCalendarDate(reading.dueOn)} is already past; give a date from today on.`,
      USAGE["action add"],
    );
  }
  return { dueKind: "date", dueOn: reading.dueOn };
}

export interface ActionItemInput {
  text: string;
  owners: NewAction["owners"];
  due: Pick<NewAction, "dueKind" | "dueOn" | "dueMeetingId">;
  agendaItemId?: number;
}

/** Records an action item (typed or from the form) and answers with it. */
export async function createActionItem(context: CommandContext, input: ActionItemInput): Promise<Reply[]> {
  const { db, records, dir, person, actor, now } = context;
  authorize(context, "action.add");
  checkLimit("actionItem", input.text, { field: "text" });
  const last = findLastMeeting(records, now);
  const running = last && now.getTime() - last.startsAt.getTime() < 12 * 3600_000 ? last : null;
  const number = await addAction(
    db,
    {
      committeeId: dir.committee.id,
      text: input.text,
      owners: input.owners,
      ...input.due,
      sourceMeetingId: running?.id,
      agendaItemId: input.agendaItemId,
      createdById: person.id,
    },
    actor,
    now,
  );
  const created = findAction(await context.fresh(), number);
  if (!created) throw new Error(`action item ${actionHandle(number)} was recorded but is not in the records`);
  return [
    publicReply(`Recorded ${actionHandle(created.number)}: ${created.text}`, {
      sections: [
        { text: `Owners: ${ownerLabel(created, dir)}; ${dueLabel(created, dir.committee.timeZone)}.` },
      ],
      buttons: actionButtons(context, created),
    }),
  ];
}

/** The buttons of an open item that the asker may use: Mark done, Reassign (policy.ts decides). */
export function actionButtons(context: CommandContext, action: ActionRecord): Button[] {
  const handle = actionHandle(action.number);
  const subject = actionSubject(context, action);
  return [
    ...(can(context.person, "action.done", subject)
      ? [{ actionId: "action-done", label: "Mark done", value: handle, style: "primary" as const }]
      : []),
    ...(can(context.person, "action.reassign", subject)
      ? [{ actionId: "action-reassign", label: "Reassign", value: handle }]
      : []),
  ];
}

export async function addActionItem(
  context: CommandContext,
  command: Extract<Command, { name: "action-add" }>,
): Promise<Reply[]> {
  authorize(context, "action.add");
  const owners = resolveOwners(context, command.owners);
  const due = await resolveDue(context, command.due);
  return createActionItem(context, { text: command.text, owners, due });
}

/** What the policy needs to know about an action item and the speaker. */
export function actionSubject(context: CommandContext, action: ActionRecord): Subject {
  const { person, dir } = context;
  const area = dir.areas.find((a) => a.id === action.areaId);
  return {
    label: actionHandle(action.number),
    owners: ownerLabel(action, dir),
    ...(area ? { area: area.name } : {}),
    owns: action.owners.some(
      (owner) =>
        owner.personId === person.id ||
        owner.delegationId === person.delegationId ||
        owner.person?.delegationId === person.delegationId,
    ),
    coordinates: area?.coordinatorIds.includes(person.delegationId) ?? false,
  };
}

export async function markActionDone(context: CommandContext, handle: string): Promise<Reply[]> {
  const { db, records, person, actor, now } = context;
  const number = parseActionHandle(handle);
  if (number === null || number < 1)
    throw new UserError(`"${handle}" is not an action item id; ids look like A-3.`, USAGE["action done"]);
  const action = findAction(records, number);
  if (!action)
    throw new UserError(`There is no action item ${actionHandle(number)}. "actions all" lists them.`);
  const zone = context.dir.committee.timeZone;
  if (action.status !== "open")
    throw new UserError(notOpen(number, action.status, action.completedBy, action.completedAt, zone));
  authorize(context, "action.done", actionSubject(context, action));
  try {
    await completeAction(db, action, person.id, actor, now);
  } catch (error) {
    // someone closed it between this request's snapshot and its write
    if (!(error instanceof AlreadyDone)) throw error;
    throw new UserError(notOpen(number, error.status, error.completedBy, error.completedAt, zone));
  }
  return [publicReply(`${actionHandle(number)} marked done: ${action.text}`)];
}

/** Why an item cannot be marked done: "A-1 was already marked done by Ms. Sheila Mweemba on 21 November 2016 at 10:00." */
function notOpen(
  number: number,
  status: string,
  by: { name: string; honorific: string | null } | null,
  at: Date | null,
  zone: string,
): string {
  if (status === "dropped") return `${actionHandle(number)} was dropped; it cannot be marked done.`;
  const who = by ? ` by ${personName(by)}` : "";
  const when = at ? ` on ${shortDate(at, zone)} at ${clockTime(at, zone)}` : "";
  return `${actionHandle(number)} was already marked done${who}${when}.`;
}
