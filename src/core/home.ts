// A person's own page (Slack's App Home tab): their open action items, the
// updates still asked of them, the next meeting and how its agenda stands,
// and the coalitions their delegation belongs to.
import { longDate, meetingWhen } from "../domain/format.ts";
import { listActions } from "../read-model/actions.ts";
import { findNextMeeting } from "../read-model/meetings.ts";
import { listUpdatesForMeeting } from "../read-model/updates.ts";
import { areasCoordinatedBy, delegationById } from "../store/directory.ts";
import { actionButtons } from "./commands/actions.ts";
import type { CommandContext } from "./context.ts";
import { actionItem } from "./describe.ts";
import { can, canSee, withoutHidden } from "./policy.ts";
import { type Button, privateReply, type Reply, type Section } from "./reply.ts";

export async function homePage(context: CommandContext): Promise<Reply> {
  const { records, dir, person, now } = context;
  const delegation = delegationById(dir, person.delegationId);
  const sections: Section[] = [];

  const mine = withoutHidden(
    context,
    listActions(records, {
      status: "open",
      ownerPersonIds: [person.id],
      ownerDelegationIds: [delegation.id],
    }),
  );
  sections.push({
    title: "Your open action items",
    ...(mine.length
      ? {
          items: mine.map((action) => ({
            ...actionItem(action, dir, now),
            buttons: actionButtons(context, action),
          })),
        }
      : { text: `No open action items for you or ${delegation.name}.` }),
  });

  const next = findNextMeeting(records, now);
  const areas = areasCoordinatedBy(dir, person.delegationId);
  if (next) {
    const updates = listUpdatesForMeeting(records, next.id);
    const received = new Set(updates.map((u) => u.areaId).filter((id) => id !== null));
    const pending = areas.filter((area) => !received.has(area.id));
    if (areas.length) {
      sections.push({
        title: `Updates for the meeting of ${longDate(next.startsAt, next.timeZone)}`,
        items: areas.map((area) => ({
          text: area.name,
          detail: received.has(area.id) ? "received, thank you" : "not yet received",
          ...(pending.includes(area)
            ? { buttons: [{ actionId: "run", label: "Submit update", value: `update ${area.name}` }] }
            : {}),
        })),
      });
    }
    const areaCount = dir.areas.length;
    const got = dir.areas.filter((area) => received.has(area.id)).length;
    sections.push({
      title: "Next meeting",
      text: `${meetingWhen(next)}${next.place ? `, ${next.place}` : ""}.`,
      context: `Agenda draft: updates received for ${got} of ${areaCount} thematic areas.`,
    });
  } else {
    sections.push({ title: "Next meeting", text: "No meeting is scheduled yet." });
  }

  const coalitions = records.coalitions.filter(
    (coalition) =>
      coalition.members.some((member) => member.delegationId === delegation.id) &&
      canSee(person, coalition.visibility),
  );
  sections.push({
    title: "Your coalitions",
    ...(coalitions.length
      ? {
          items: coalitions.map((c) => ({
            text: c.name,
            buttons: [{ actionId: "run", label: "Status", value: `status ${c.name}` }],
          })),
        }
      : { text: `${delegation.name} is not a member of a country coalition.` }),
  });

  const buttons: Button[] = [];
  if (areas.length) buttons.push({ actionId: "open-form", label: "Submit update", value: "update" });
  if (can(person, "action.add"))
    buttons.push({ actionId: "open-form", label: "Add action item", value: "action-add" });
  return privateReply(`${person.name}, ${delegation.name}`, { title: "Rapporteur", sections, buttons });
}
