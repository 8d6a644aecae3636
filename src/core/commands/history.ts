// history <A-12 | coalition | meeting>: the record of changes (who, as which
// chat account, when, what, before and after), read from the append-only
// audit table, newest first.
import { clockTime, longCalendarDate, personName, shortDate } from "../../domain/format.ts";
import { fold } from "../../domain/names.ts";
import { actionHandle, parseActionHandle } from "../../domain/vocabulary.ts";
import { listAuditEvents } from "../../store/audit.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { readWhen } from "../intents/meeting-refs.ts";
import { authorize, authorizeRead } from "../policy.ts";
import { type ListItem, privateReply, type Reply } from "../reply.ts";
import { resolveSubjects } from "../resolve.ts";

const SHOWN = 40;
const VALUE_LIMIT = 160;

interface Target {
  title: string;
  about: { entity: string; ids: (string | number)[] }[];
}

async function actionTarget(context: CommandContext, number: number): Promise<Target> {
  const action = await context.db.actionItem.findUnique({
    where: { committeeId_number: { committeeId: context.dir.committee.id, number } },
    select: { coalitionId: true },
  });
  if (!action) throw new UserError(`There is no action item ${actionHandle(number)}.`, USAGE.history);
  const coalition = context.dir.coalitions.find((c) => c.id === action.coalitionId);
  if (coalition) authorizeRead(context, coalition.visibility, `The ${coalition.name} coalition's record`);
  return { title: actionHandle(number), about: [{ entity: "action", ids: [number] }] };
}

async function meetingTarget(context: CommandContext, text: string): Promise<Target | null> {
  const { db, dir, now } = context;
  const meetings = await db.meeting.findMany({
    where: { committeeId: dir.committee.id },
    select: { id: true, startsAt: true, endsAt: true, timeKnown: true, timeZone: true, status: true },
  });
  const when = readWhen(fold(text), text, meetings, now, dir.committee.timeZone);
  if (!when.meeting) return null;
  if (!when.meeting.found) throw new UserError(`No meeting matches ${when.meeting.text}.`, USAGE.history);
  const id = when.meeting.id;
  const [notes, decisions, updates] = await Promise.all([
    db.meetingNote.findMany({ where: { meetingId: id }, select: { id: true } }),
    db.decision.findMany({ where: { meetingId: id }, select: { id: true } }),
    db.update.findMany({ where: { meetingId: id }, select: { id: true } }),
  ]);
  return {
    title: `the meeting of ${longCalendarDate(when.meeting.date)}`,
    about: [
      { entity: "meeting", ids: [id] },
      { entity: "note", ids: notes.map((n) => n.id) },
      { entity: "decision", ids: decisions.map((d) => d.id) },
      { entity: "update", ids: updates.map((u) => u.id) },
    ],
  };
}

async function coalitionTarget(context: CommandContext, text: string): Promise<Target | null> {
  const [found, ...more] = resolveSubjects(context.dir, text, ["coalition"]);
  if (found?.kind !== "coalition" || more.length > 0) return null;
  const { coalition } = found;
  authorizeRead(context, coalition.visibility, `The ${coalition.name} coalition's record`);
  const [updates, actions] = await Promise.all([
    context.db.update.findMany({ where: { coalitionId: coalition.id }, select: { id: true } }),
    context.db.actionItem.findMany({ where: { coalitionId: coalition.id }, select: { number: true } }),
  ]);
  return {
    title: `the ${coalition.name} coalition`,
    about: [
      { entity: "coalition", ids: [coalition.id] },
      { entity: "update", ids: updates.map((u) => u.id) },
      { entity: "action", ids: actions.map((a) => a.number) },
    ],
  };
}

function clip(text: string): string {
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT - 1)}…` : text;
}

/** "status: open → done" for each field that changed; the whole value when only one side exists. */
function change(before: string | null, after: string | null): string {
  const parse = (json: string | null): unknown => (json === null ? undefined : JSON.parse(json));
  const from = parse(before);
  const to = parse(after);
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const show = (v: unknown) => clip(typeof v === "string" ? v : (JSON.stringify(v) ?? "none"));
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
      (key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]),
    );
    return keys.map((key) => `${key}: ${show(from[key])} → ${show(to[key])}`).join("; ") || "no change";
  }
  if (from === undefined) return `new: ${show(to)}`;
  if (to === undefined) return `removed: ${show(from)}`;
  return `${show(from)} → ${show(to)}`;
}

export async function history(context: CommandContext, subject: string): Promise<Reply[]> {
  authorize(context, "history.view");
  const number = parseActionHandle(subject);
  const target =
    number !== null
      ? await actionTarget(context, number)
      : ((await coalitionTarget(context, subject)) ?? (await meetingTarget(context, subject)));
  if (!target) {
    throw new UserError(
      `"${subject}" is not an action item, a coalition or a meeting I know; e.g. "history A-3", "history Lao PDR", "history last meeting".`,
      USAGE.history,
    );
  }
  const about = target.about.filter((entry) => entry.ids.length > 0);
  const events = await listAuditEvents(context.db, context.dir.committee.id, about, SHOWN + 1);
  if (events.length === 0) return [privateReply(`No changes to ${target.title} are on record.`)];
  const zone = context.dir.committee.timeZone;
  const items: ListItem[] = events.slice(0, SHOWN).map((event) => {
    const who = event.actor ? `${personName(event.actor)} (${event.actor.delegation.name})` : "the system";
    const account = event.platformUserId ? `${event.platform} ${event.platformUserId}` : event.platform;
    return {
      text: `${shortDate(event.at, zone)} ${clockTime(event.at, zone)}: ${event.action} by ${who} via ${account}`,
      detail: change(event.before, event.after),
    };
  });
  const more = events.length > SHOWN ? ` (the latest ${SHOWN} shown)` : "";
  return [
    privateReply(`Record of changes to ${target.title}${more}.`, {
      sections: [{ items, context: "Times in the committee's zone. The record is never edited." }],
    }),
  ];
}
