// update [area or coalition][: text]: a coordinator's update for the next meeting.

import { agendaDeadline } from "../../cycle/planner.ts";
import { joinAnd, longDate, moment } from "../../domain/format.ts";
import { findNextMeeting } from "../../read-model/meetings.ts";
import { listUpdatesForMeeting } from "../../read-model/updates.ts";
import { readCycleSettings } from "../../store/cycle-settings.ts";
import { areasCoordinatedBy } from "../../store/directory.ts";
import { submitUpdate } from "../../store/updates.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { updateForm } from "../forms.ts";
import { type Command, USAGE } from "../grammar.ts";
import { checkLimit } from "../limits.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { resolveSubjects } from "../resolve.ts";

type Target = { areaId: number; name: string } | { coalitionId: number; name: string };

function chooseTarget(context: CommandContext, subject: string | undefined): Target {
  const { dir, person } = context;
  const mine = areasCoordinatedBy(dir, person.delegationId);
  if (!subject) {
    const [only] = mine;
    if (mine.length === 1 && only) return { areaId: only.id, name: only.name };
    if (mine.length > 1) {
      throw new UserError(
        `Your delegation coordinates ${joinAnd(mine.map((a) => a.name))}; say which, e.g. "update ${mine[0]?.shortName ?? mine[0]?.name}".`,
        USAGE.update,
      );
    }
    throw new UserError(
      `Name the area or coalition your update is about, e.g. "update victim assistance".`,
      USAGE.update,
    );
  }
  const found = resolveSubjects(dir, subject, ["area", "coalition"]);
  const [first] = found;
  if (!first) {
    const names = [...dir.areas.map((a) => a.shortName ?? a.name), ...dir.coalitions.map((c) => c.name)];
    throw new UserError(
      `No area or coalition matches "${subject}". Choose one of: ${names.join(", ")}.`,
      USAGE.update,
    );
  }
  if (found.length > 1)
    throw new UserError(
      `"${subject}" matches several areas or coalitions; please be more specific.`,
      USAGE.update,
    );
  if (first.kind === "area") {
    authorize(context, "update.area", {
      coordinates: first.area.coordinatorIds.includes(person.delegationId),
      label: first.area.name,
      area: first.area.name,
    });
    return { areaId: first.area.id, name: first.area.name };
  }
  if (first.kind === "coalition") {
    authorize(context, "update.coalition");
    return { coalitionId: first.coalition.id, name: `${first.coalition.name} coalition` };
  }
  throw new UserError(`"${subject}" is not an area or a coalition.`, USAGE.update);
}

export async function update(
  context: CommandContext,
  command: Extract<Command, { name: "update" }>,
): Promise<Reply[]> {
  const { db, records, dir, person, actor, now } = context;
  const target = chooseTarget(context, command.subject);
  const next = findNextMeeting(records, now);
  if (!next) throw new UserError("No meeting is scheduled, so there is nothing to submit an update for yet.");
  const forMeeting = `the meeting of ${longDate(next.startsAt, next.timeZone)}`;
  if (!command.body) {
    return [
      privateReply(
        `Your update on ${target.name} for ${forMeeting}: type "update ${target.name}: <your update>", or use the form.`,
        {
          form: updateForm(
            context.dir,
            "areaId" in target ? `area:${target.areaId}` : `coalition:${target.coalitionId}`,
          ),
        },
      ),
    ];
  }
  checkLimit("update", command.body);
  // Revisions close when the agenda draft goes out; a first update after that is still taken, marked late.
  const deadline = agendaDeadline(next, await readCycleSettings(db, dir.committee.id));
  const late = now.getTime() > deadline.getTime();
  const subjectKey = "areaId" in target ? `area:${target.areaId}` : `coalition:${target.coalitionId}`;
  if (late && listUpdatesForMeeting(records, next.id).some((update) => update.subjectKey === subjectKey)) {
    throw new UserError(
      `The update on ${target.name} went out with the agenda draft on ${moment(deadline, dir.committee.timeZone)}, so it can no longer be revised; ask the secretariat to add your correction.`,
    );
  }
  const { revised } = await submitUpdate(
    db,
    {
      committeeId: dir.committee.id,
      meetingId: next.id,
      authorId: person.id,
      body: command.body,
      ...("areaId" in target ? { areaId: target.areaId } : { coalitionId: target.coalitionId }),
    },
    actor,
    now,
  );
  const verb = revised ? "revised (the earlier text is kept in its history)" : "recorded";
  const flag = late
    ? ` It was received after the deadline (the agenda draft was circulated on ${moment(deadline, dir.committee.timeZone)}) and is marked as late.`
    : "";
  return [privateReply(`Thank you. Your update on ${target.name} for ${forMeeting} is ${verb}.${flag}`)];
}
