// The agenda draft in the committee's standard shape: Present; Opening
// remarks; Approval of the previous minutes (with their date); Presidency;
// one sub-item per thematic area plus country coalitions; ISU finances; ISU
// update; Date of the next meeting; Any other business.
import { joinAnd, shortDate } from "../../domain/format.ts";
import { actionHandle } from "../../domain/vocabulary.ts";
import type { ActionRecord } from "../../store/actions.ts";
import type { Directory } from "../../store/directory.ts";
import type { MeetingRecord } from "../../store/meetings.ts";
import type { UpdateRecord } from "../../store/updates.ts";

export interface AgendaLine {
  number: string;
  title: string;
  notes: string[];
}

function summarise(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  const sentences = flat.match(/[^.!?]+[.!?]+/g) ?? [flat];
  const two = sentences.slice(0, 2).join(" ").trim();
  return two.length > 280 ? `${two.slice(0, 277).trimEnd()}…` : two;
}

export function buildAgendaDraft(
  dir: Directory,
  meeting: MeetingRecord,
  updates: UpdateRecord[],
  carriedOver: ActionRecord[],
): AgendaLine[] {
  const presidency = dir.committee.presidencyLabel
    ? `the ${dir.committee.presidencyLabel} Presidency`
    : "the Presidency";
  const previous = meeting.previous
    ? `Approval of the minutes of the meeting of ${shortDate(meeting.previous.startsAt, meeting.previous.timeZone)}`
    : "Approval of the minutes of the previous meeting";
  const actionsUnder = (match: (action: ActionRecord) => boolean) =>
    carriedOver.filter(match).map((action) => `Carried over: ${actionHandle(action.number)} ${action.text}`);

  const areaLines: AgendaLine[] = dir.areas.map((area) => {
    const coordinators = joinAnd(
      area.coordinatorIds.map((id) => dir.delegations.find((d) => d.id === id)?.name ?? "?"),
    );
    const update = updates.find((u) => u.areaId === area.id);
    const received = update
      ? `Update received from ${update.author.delegation.name}: ${summarise(update.body)}`
      : "Update not yet received.";
    return {
      number: `5.${area.position}`,
      title: `${area.name} (${coordinators})`,
      notes: [received, ...actionsUnder((a) => a.areaId === area.id || a.agendaItem?.areaId === area.id)],
    };
  });
  const coalitionNotes = dir.coalitions.map((coalition) => {
    const update = updates.find((u) => u.coalitionId === coalition.id);
    return update
      ? `${coalition.name}: ${summarise(update.body)}`
      : `${coalition.name}: update not yet received.`;
  });
  const placed = new Set(carriedOver.filter((a) => a.areaId || a.agendaItem?.areaId).map((a) => a.id));
  const general = carriedOver.filter((a) => !placed.has(a.id));

  return [
    { number: "1", title: "Present", notes: [] },
    { number: "2", title: "Opening remarks by the President", notes: [] },
    { number: "3", title: previous, notes: [] },
    { number: "4", title: `Updates from ${presidency}`, notes: [] },
    {
      number: "5",
      title: "Thematic coordinators",
      notes: general.map((action) => `Carried over: ${actionHandle(action.number)} ${action.text}`),
    },
    ...areaLines,
    { number: `5.${dir.areas.length + 1}`, title: "Country coalitions", notes: coalitionNotes },
    { number: "6", title: "ISU-CCM finances", notes: [] },
    { number: "7", title: "Update from the ISU-CCM", notes: [] },
    { number: "8", title: "Date of the next meeting", notes: [] },
    { number: "9", title: "Any other business", notes: [] },
  ];
}
