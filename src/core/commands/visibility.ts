// visibility <coalition> <level> and visibility update <area or coalition> <level>:
// who may read a coalition's record, or an update for the next meeting.
import { VISIBILITIES } from "../../domain/vocabulary.ts";
import { findNextMeeting } from "../../read-model/meetings.ts";
import { areasCoordinatedBy } from "../../store/directory.ts";
import { setCoalitionVisibility, setUpdateVisibility } from "../../store/visibility.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import type { Command } from "../grammar.ts";
import { USAGE } from "../grammar.ts";
import { authorize, visibilityPhrase } from "../policy.ts";
import { privateReply, publicReply, type Reply } from "../reply.ts";
import { resolveSubjects } from "../resolve.ts";

type VisibilityCommand = Extract<Command, { name: "visibility" }>;

function oneSubject(context: CommandContext, text: string, kinds: ("area" | "coalition")[]) {
  const found = resolveSubjects(context.dir, text, kinds);
  const [first] = found;
  if (!first || found.length > 1) {
    const names = kinds.includes("area")
      ? [...context.dir.areas.map((a) => a.shortName ?? a.name), ...context.dir.coalitions.map((c) => c.name)]
      : context.dir.coalitions.map((c) => c.name);
    throw new UserError(
      `${found.length > 1 ? `"${text}" could mean several` : `Nothing matches "${text}"`}; choose one of: ${names.join(", ")}.`,
      USAGE.visibility,
    );
  }
  return first;
}

export async function visibility(context: CommandContext, command: VisibilityCommand): Promise<Reply[]> {
  if (!(VISIBILITIES as readonly string[]).includes(command.level)) {
    throw new UserError(
      `Visibility must be ${VISIBILITIES.join(", ")}; got "${command.level}".`,
      USAGE.visibility,
    );
  }
  return command.of === "update" ? updateVisibility(context, command) : coalitionVisibility(context, command);
}

async function coalitionVisibility(context: CommandContext, command: VisibilityCommand): Promise<Reply[]> {
  const subject = oneSubject(context, command.subject, ["coalition"]);
  if (subject.kind !== "coalition") throw new UserError(`"${command.subject}" is not a coalition.`);
  const { coalition } = subject;
  authorize(context, "coalition.manage", { label: `the ${coalition.name} coalition` });
  const changed = await setCoalitionVisibility(
    context.db,
    coalition.id,
    command.level,
    context.actor,
    context.now,
  );
  const text = `The ${coalition.name} coalition's record is ${changed ? "now" : "already"} ${visibilityPhrase(command.level)}.`;
  // Saying so in a channel is fine: that a record is kept private is not itself private.
  return [changed ? publicReply(text) : privateReply(text)];
}

async function updateVisibility(context: CommandContext, command: VisibilityCommand): Promise<Reply[]> {
  const { db, records, dir, person, now } = context;
  const subject = oneSubject(context, command.subject, ["area", "coalition"]);
  const next = findNextMeeting(records, now);
  if (!next) throw new UserError("No meeting is scheduled, so there is no update to change.");
  const subjectKey =
    subject.kind === "area"
      ? `area:${subject.area.id}`
      : `coalition:${subject.kind === "coalition" ? subject.coalition.id : 0}`;
  const name =
    subject.kind === "area"
      ? subject.area.name
      : subject.kind === "coalition"
        ? `${subject.coalition.name} coalition`
        : "";
  const update = await db.update.findUnique({
    where: { meetingId_subjectKey: { meetingId: next.id, subjectKey } },
  });
  if (!update) throw new UserError(`No update on ${name} has been submitted for the next meeting yet.`);
  authorize(context, "update.visibility", {
    label: `the ${name} update`,
    owns: update.authorId === person.id,
    ...(subject.kind === "area" ? { area: subject.area.name } : {}),
    coordinates:
      subject.kind === "area" &&
      areasCoordinatedBy(dir, person.delegationId).some((a) => a.id === subject.area.id),
  });
  const changed = await setUpdateVisibility(db, update.id, command.level, context.actor, now);
  return [
    privateReply(
      `The ${name} update for the next meeting is ${changed ? "now" : "already"} ${visibilityPhrase(command.level)}.`,
    ),
  ];
}
