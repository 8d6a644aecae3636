// The forms the core offers (a Slack modal, an Adaptive Card with inputs):
// submit an update, add an action item, reassign one. Values come back as
// strings keyed by field id; several choices arrive comma-separated.
import { actionHandle } from "../domain/vocabulary.ts";
import type { ActionRecord } from "../store/actions.ts";
import type { Directory } from "../store/directory.ts";
import type { MeetingRecord } from "../store/meetings.ts";
import type { Form, FormField } from "./reply.ts";

export const FORM_IDS = {
  update: "update-submit",
  actionAdd: "action-add-submit",
  reassign: "action-reassign-submit",
  minutesEdit: "minutes-edit-submit",
} as const;

export const DUE_CHOICES = {
  nextMeeting: "next-meeting",
  none: "none",
  date: "date",
} as const;

/** "area:3" / "coalition:1": one picker for both kinds of update subject. */
export function subjectOptions(dir: Directory): { value: string; label: string }[] {
  return [
    ...dir.areas.map((area) => ({ value: `area:${area.id}`, label: area.name })),
    ...dir.coalitions.map((coalition) => ({
      value: `coalition:${coalition.id}`,
      label: `${coalition.name} coalition`,
    })),
  ];
}

/** "delegation:4" / "person:12": owners may be either. */
export function ownerOptions(dir: Directory): { value: string; label: string }[] {
  const members = dir.delegations.filter((delegation) => delegation.isMember);
  return [
    ...members.map((delegation) => ({ value: `delegation:${delegation.id}`, label: delegation.name })),
    ...dir.persons
      .filter((person) => members.some((delegation) => delegation.id === person.delegationId))
      .map((person) => ({ value: `person:${person.id}`, label: person.name })),
  ];
}

export function updateForm(dir: Directory, initialSubject?: string): Form {
  return {
    id: FORM_IDS.update,
    title: "Submit update",
    submitLabel: "Submit",
    fields: [
      {
        id: "subject",
        label: "Area or coalition",
        kind: "select",
        required: true,
        options: subjectOptions(dir),
        ...(initialSubject ? { initial: initialSubject } : {}),
      },
      {
        id: "body",
        label: "Your update",
        kind: "multiline",
        required: true,
        hint: "A few sentences; the agenda draft summarises it.",
      },
      { id: "link", label: "Link to a document", kind: "text", hint: "Optional: https://…" },
    ],
  };
}

export function actionAddForm(dir: Directory, next: MeetingRecord | null): Form {
  const items: FormField[] = next?.agendaItems.length
    ? [
        {
          id: "item",
          label: "Agenda item",
          kind: "select",
          options: next.agendaItems.map((item) => ({
            value: String(item.id),
            label: `${item.number} ${item.title}`,
          })),
        },
      ]
    : [];
  return {
    id: FORM_IDS.actionAdd,
    title: "Add action item",
    submitLabel: "Add",
    fields: [
      { id: "text", label: "Action item", kind: "multiline", required: true },
      {
        id: "owners",
        label: "Owners",
        kind: "select",
        multiple: true,
        required: true,
        options: ownerOptions(dir),
      },
      {
        id: "due",
        label: "Due",
        kind: "select",
        initial: next ? DUE_CHOICES.nextMeeting : DUE_CHOICES.none,
        options: [
          { value: DUE_CHOICES.nextMeeting, label: "By the next meeting" },
          { value: DUE_CHOICES.date, label: "On the date below" },
          { value: DUE_CHOICES.none, label: "No due date" },
        ],
      },
      { id: "dueDate", label: "Due date", kind: "date" },
      ...items,
    ],
  };
}

export function reassignForm(dir: Directory, action: ActionRecord): Form {
  const current = action.owners.map((owner) =>
    owner.personId ? `person:${owner.personId}` : `delegation:${owner.delegationId}`,
  );
  return {
    id: FORM_IDS.reassign,
    title: `Reassign ${actionHandle(action.number)}`,
    submitLabel: "Reassign",
    fields: [
      {
        id: "action",
        label: "Action item",
        kind: "text",
        initial: actionHandle(action.number),
        required: true,
      },
      {
        id: "owners",
        label: "New owners",
        kind: "select",
        multiple: true,
        required: true,
        options: ownerOptions(dir),
        initial: current.join(","),
      },
    ],
  };
}

/** An item of the minutes draft, its text ready to reword; the meeting rides along so a stale form is told apart. */
export function minutesEditForm(
  meetingId: number,
  item: { number: string; title: string },
  text: string,
): Form {
  return {
    id: FORM_IDS.minutesEdit,
    title: `Reword item ${item.number}`,
    submitLabel: "Save",
    fields: [
      { id: "meeting", label: "Meeting", kind: "text", initial: String(meetingId), required: true },
      { id: "item", label: "Item", kind: "text", initial: item.number, required: true },
      {
        id: "text",
        label: item.title,
        kind: "multiline",
        initial: text,
        required: true,
        hint: "One paragraph a line, in the minutes' register: third person, past tense.",
      },
    ],
  };
}

/** The form with `message` shown next to `field` (or the first field). */
export function withError(form: Form, field: string | undefined, message: string): Form {
  const target = form.fields.some((f) => f.id === field) ? field : form.fields[0]?.id;
  return { ...form, fields: form.fields.map((f) => (f.id === target ? { ...f, error: message } : f)) };
}

/** Copies submitted values back into the form, so a re-rendered form keeps what was typed. */
export function withValues(form: Form, values: Record<string, string>): Form {
  return {
    ...form,
    fields: form.fields.map((f) => (values[f.id] !== undefined ? { ...f, initial: values[f.id] } : f)),
  };
}

export function hasErrors(form: Form | undefined): boolean {
  return form?.fields.some((field) => field.error !== undefined) ?? false;
}
