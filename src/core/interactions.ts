// Buttons and forms: what a press or a submit means to the core. Adapters send
// `kind: "submit"` with the button's actionId and value, or the form's id and
// its values; the answer is ordinary replies, or the form again with the error
// shown next to the field that caused it.
import { actionHandle, parseActionHandle } from "../domain/vocabulary.ts";
import { findAction } from "../read-model/actions.ts";
import { findNextMeeting } from "../read-model/meetings.ts";
import { type NewAction, reassignAction } from "../store/actions.ts";
import { actionButtons, actionSubject, createActionItem, resolveDue } from "./commands/actions.ts";
import { IMPORT_ACTIONS, pressImportButton } from "./commands/import-upload.ts";
import { showVersion } from "./commands/minutes-circulation.ts";
import { submitMinutesEdit } from "./commands/minutes-edit.ts";
import { update } from "./commands/update.ts";
import type { CommandContext } from "./context.ts";
import { ownerLabel } from "./describe.ts";
import { UserError } from "./errors.ts";
import {
  actionAddForm,
  DUE_CHOICES,
  FORM_IDS,
  minutesEditForm,
  reassignForm,
  updateForm,
  withError,
  withValues,
} from "./forms.ts";
import { fieldTooLong } from "./intake.ts";
import { authorize } from "./policy.ts";
import { type Form, privateReply, publicReply, type Reply } from "./reply.ts";

export interface Interaction {
  /** Runs a typed command line as the same person. */
  runCommand(text: string): Promise<Reply[]>;
  /** Answers a text as if typed as a message in the same conversation. */
  ask(text: string): Promise<Reply[]>;
}

const STALE =
  'That button belongs to an older message and no longer does anything; type the command instead ("help" lists them).';

export async function handleSubmit(context: CommandContext, run: Interaction): Promise<Reply[]> {
  const { request } = context;
  const value = request.text.trim();
  const values = request.values ?? {};
  switch (request.actionId) {
    case "share": {
      const replies = await run.runCommand(value);
      const kept = replies.find((reply) => reply.restricted)?.restricted;
      if (kept) throw new UserError(`I can't share that in the channel: ${kept}.`);
      return replies.map((reply) => ({ ...reply, visibility: "public" as const }));
    }
    case "ask":
      return run.ask(value);
    case "run":
    case "agenda":
      return run.runCommand(request.actionId === "agenda" ? "agenda" : value);
    case "action-done":
      return run.runCommand(`action done ${value}`);
    case "action-reassign":
      return openReassign(context, value);
    case "open-form":
      return openForm(context, value);
    case IMPORT_ACTIONS.candidate:
    case IMPORT_ACTIONS.all:
    case IMPORT_ACTIONS.store:
      return pressImportButton(context, request.actionId, value);
    case FORM_IDS.update:
      return submitForm(updateForm(context.dir), values, () => submitUpdate(context, values));
    case FORM_IDS.actionAdd: {
      const next = findNextMeeting(context.records, context.now);
      return submitForm(actionAddForm(context.dir, next), values, () => submitActionAdd(context, values));
    }
    case FORM_IDS.reassign:
      return submitReassign(context, values);
    case FORM_IDS.minutesEdit: {
      // the form as it was, to show again with the error under the field that caused it
      const form = minutesEditForm(Number(values.meeting), { number: values.item ?? "", title: "Text" }, "");
      return submitForm(form, values, () => submitMinutesEdit(context, values));
    }
    case "minutes-version":
      return showVersion(context, value);
    default:
      throw new UserError(STALE);
  }
}

async function openForm(context: CommandContext, which: string): Promise<Reply[]> {
  if (which === "update") return [privateReply("Submit your update.", { form: updateForm(context.dir) })];
  if (which === "action-add") {
    authorize(context, "action.add");
    const next = findNextMeeting(context.records, context.now);
    return [privateReply("Add an action item.", { form: actionAddForm(context.dir, next) })];
  }
  throw new UserError(STALE);
}

/** Runs a form's submission; a refusal comes back as the form, filled in, with the message at its field. */
async function submitForm(
  form: Form,
  values: Record<string, string>,
  submit: () => Promise<Reply[]>,
): Promise<Reply[]> {
  const missing = form.fields.find((field) => field.required && !values[field.id]?.trim());
  if (missing) {
    const message = `${missing.label} is required.`;
    return [privateReply(message, { form: withError(withValues(form, values), missing.id, message) })];
  }
  const oversized = fieldTooLong(form.fields, values);
  if (oversized) {
    return [
      privateReply(oversized.message, {
        form: withError(withValues(form, values), oversized.field, oversized.message),
      }),
    ];
  }
  try {
    return await submit();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [
      privateReply(error.message, { form: withError(withValues(form, values), error.field, error.message) }),
    ];
  }
}

function chosenSubject(context: CommandContext, value: string): string {
  const [kind, id] = value.split(":");
  const area = kind === "area" ? context.dir.areas.find((a) => String(a.id) === id) : undefined;
  if (area) return area.name;
  const coalition =
    kind === "coalition" ? context.dir.coalitions.find((c) => String(c.id) === id) : undefined;
  if (coalition) return coalition.name;
  throw new UserError("Choose an area or a coalition from the list.", undefined, "subject");
}

async function submitUpdate(context: CommandContext, values: Record<string, string>): Promise<Reply[]> {
  const subject = chosenSubject(context, values.subject ?? "");
  const link = values.link?.trim();
  if (link && !/^https?:\/\/\S+$/i.test(link)) {
    throw new UserError(`"${link}" is not a web address; it should start with https://.`, undefined, "link");
  }
  const body = `${values.body?.trim() ?? ""}${link ? `\n${link}` : ""}`;
  try {
    return await update(context, { name: "update", subject, body });
  } catch (error) {
    if (error instanceof UserError && !error.field) throw new UserError(error.message, error.usage, "body");
    throw error;
  }
}

function chosenOwners(context: CommandContext, value: string): NewAction["owners"] {
  const owners = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [kind, id] = part.split(":");
      const delegation =
        kind === "delegation" ? context.dir.delegations.find((d) => String(d.id) === id) : undefined;
      if (delegation) return { delegationId: delegation.id };
      const person = kind === "person" ? context.dir.persons.find((p) => String(p.id) === id) : undefined;
      if (person) return { personId: person.id };
      throw new UserError("Choose the owners from the list.", undefined, "owners");
    });
  if (owners.length === 0) throw new UserError("Choose at least one owner.", undefined, "owners");
  return owners;
}

async function submitActionAdd(context: CommandContext, values: Record<string, string>): Promise<Reply[]> {
  const owners = chosenOwners(context, values.owners ?? "");
  const choice = values.dueDate?.trim() ? DUE_CHOICES.date : (values.due ?? DUE_CHOICES.none);
  let due: Awaited<ReturnType<typeof resolveDue>>;
  try {
    if (choice === DUE_CHOICES.date && !values.dueDate?.trim())
      throw new UserError("Pick the due date, or choose another option under Due.");
    due = await resolveDue(
      context,
      choice === DUE_CHOICES.date
        ? values.dueDate
        : choice === DUE_CHOICES.nextMeeting
          ? "next meeting"
          : undefined,
    );
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, undefined, "dueDate");
    throw error;
  }
  const itemId = values.item ? Number(values.item) : undefined;
  return createActionItem(context, {
    text: (values.text ?? "").trim(),
    owners,
    due,
    ...(itemId && Number.isInteger(itemId) ? { agendaItemId: itemId } : {}),
  });
}

async function findByHandle(context: CommandContext, handle: string) {
  const number = parseActionHandle(handle);
  const action = number ? findAction(context.records, number) : null;
  if (!action)
    throw new UserError(
      number
        ? `${actionHandle(number)} is not an action item.`
        : `"${handle}" is not an action item id; ids look like A-3.`,
      undefined,
      "action",
    );
  return action;
}

async function openReassign(context: CommandContext, handle: string): Promise<Reply[]> {
  const action = await findByHandle(context, handle);
  authorize(context, "action.reassign", actionSubject(context, action));
  return [privateReply(`Reassign ${handle}.`, { form: reassignForm(context.dir, action) })];
}

async function submitReassign(context: CommandContext, values: Record<string, string>): Promise<Reply[]> {
  const handle = values.action ?? "";
  // a form naming an item that does not exist says so, whoever made the form
  const action = await findByHandle(context, handle);
  const form = reassignForm(context.dir, action);
  return submitForm(form, values, async () => {
    authorize(context, "action.reassign", actionSubject(context, action));
    if (action.status !== "open")
      throw new UserError(`${handle} is ${action.status}; only open items can be reassigned.`);
    const updated = await reassignAction(
      context.db,
      action,
      chosenOwners(context, values.owners ?? ""),
      context.actor,
      context.now,
    );
    return [
      publicReply(`${handle} reassigned to ${ownerLabel(updated, context.dir)}: ${updated.text}`, {
        buttons: actionButtons(context, updated),
      }),
    ];
  });
}
