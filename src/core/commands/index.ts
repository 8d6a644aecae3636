// Runs a parsed command.
import type { CommandContext } from "../context.ts";
import type { Command } from "../grammar.ts";
import type { Reply } from "../reply.ts";
import { addActionItem, markActionDone } from "./actions.ts";
import { actions } from "./actions-list.ts";
import { agendaHistory, editAgenda } from "./agenda-edit.ts";
import { away } from "./away.ts";
import { coalitionsOverview, status } from "./coalitions.ts";
import { areas, who } from "./directory.ts";
import { help } from "./help.ts";
import { history } from "./history.ts";
import { link, unlink } from "./link.ts";
import { agenda, meeting, minutes } from "./meetings.ts";
import { approve } from "./minutes-approval.ts";
import { circulate, minutesHistory } from "./minutes-circulation.ts";
import { comment, listComments } from "./minutes-comments.ts";
import { openMinutesEdit, rewordMinutesItem } from "./minutes-edit.ts";
import { attended, recordItem } from "./notes.ts";
import { reported } from "./reported.ts";
import { calendarOfNext, cancelFromChat, moveFromChat, scheduleFromChat } from "./schedule.ts";
import { settings } from "./settings.ts";
import { update } from "./update.ts";
import { updatesOverview } from "./updates.ts";
import { visibility } from "./visibility.ts";

export async function runCommand(context: CommandContext, command: Command): Promise<Reply[]> {
  switch (command.name) {
    case "help":
      return help(command, context.person);
    case "status":
      return status(context, command.subject);
    case "coalitions":
      return coalitionsOverview(context);
    case "areas":
      return areas(context);
    case "who":
      return who(context, command.subject);
    case "actions":
      return actions(context, command.filter);
    case "action-add":
      return addActionItem(context, command);
    case "action-done":
      return markActionDone(context, command.handle);
    case "meeting":
      return meeting(context, command.which);
    case "meeting-schedule":
      return scheduleFromChat(context, command);
    case "meeting-move":
      return moveFromChat(context, command);
    case "meeting-cancel":
      return cancelFromChat(context, command);
    case "meeting-calendar":
      return calendarOfNext(context);
    case "settings":
      return settings(context, command.change);
    case "away":
      return away(context, command.until);
    case "updates":
      return updatesOverview(context);
    case "update":
      return update(context, command);
    case "agenda":
      return agenda(context);
    case "minutes":
      return minutes(context);
    case "minutes-circulate":
      return circulate(context);
    case "minutes-comment":
      return comment(
        context,
        command.item ? { item: command.item, text: command.text } : { text: command.text },
      );
    case "minutes-comments":
      return listComments(context);
    case "minutes-edit":
      return command.text === undefined
        ? openMinutesEdit(context, command.item)
        : rewordMinutesItem(context, command.item, command.text);
    case "minutes-history":
      return minutesHistory(context);
    case "minutes-approve":
      return approve(context, command.amended);
    case "agenda-add":
    case "agenda-move":
    case "agenda-drop":
      return editAgenda(context, command);
    case "agenda-history":
      return agendaHistory(context);
    case "note":
    case "decision":
      return recordItem(context, command.name, command.item, command.text);
    case "attended":
      return attended(context, command.names);
    case "reported":
      return reported(context, command);
    case "link":
      return link(context, command.user, command.person);
    case "unlink":
      return unlink(context, command.user);
    case "history":
      return history(context, command.subject);
    case "visibility":
      return visibility(context, command);
  }
}
