// help, help all and help <command>: by default the commands the asker may
// use, so an observer is not shown "meeting cancel"; "help all" lists the rest.
import type { PersonEntry } from "../../store/directory.ts";
import { type Command, SUMMARY, USAGE } from "../grammar.ts";
import { can, hasRole, type Permission } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";

type UsageKey = keyof typeof USAGE;

/** Commands only some may use, and the permission that decides it (policy.ts). */
const NEEDS: Partial<Record<UsageKey, Permission>> = {
  "action add": "action.add",
  "meeting schedule": "meeting.schedule",
  "meeting move": "meeting.move",
  "meeting cancel": "meeting.cancel",
  settings: "settings.change",
  updates: "updates.overview",
  update: "update.coalition",
  "agenda add": "agenda.edit",
  "agenda move": "agenda.edit",
  "agenda drop": "agenda.edit",
  note: "minutes.note",
  decision: "minutes.decision",
  attended: "minutes.attendance",
  "minutes circulate": "minutes.circulate",
  "minutes comment": "minutes.comment",
  "minutes comments": "minutes.comments",
  "minutes edit": "minutes.edit",
  "minutes approve": "minutes.approve",
  link: "identity.link",
  unlink: "identity.unlink",
  history: "history.view",
};

function mayUse(person: PersonEntry, key: UsageKey): boolean {
  // coordinators may restrict their own updates; the rest of visibility is the managers'
  if (key === "visibility") return can(person, "coalition.manage") || hasRole(person, ["coordinator"]);
  const permission = NEEDS[key];
  return permission === undefined || can(person, permission);
}

const ASK =
  'You can also just ask, e.g. "where are we with Laos?" or "what\'s due before the December meeting?"';

export function help(command: Extract<Command, { name: "help" }>, person: PersonEntry): Reply[] {
  const keys = Object.keys(USAGE) as UsageKey[];
  const topic = command.topic;
  const matching =
    topic && topic !== "all" ? keys.filter((key) => key === topic || key.startsWith(`${topic} `)) : [];
  if (matching.length) {
    return [
      privateReply(`How to use "${topic}":`, {
        sections: [{ items: matching.map((key) => ({ text: USAGE[key], detail: SUMMARY[key] })) }],
      }),
    ];
  }
  const all = topic === "all";
  const shown = all ? keys : keys.filter((key) => mayUse(person, key));
  const others = keys.length - shown.length;
  const imports = can(person, "minutes.import")
    ? " You can send me minutes as a .txt or .md file to import them."
    : "";
  return [
    privateReply(
      `I keep the committee's records: coalitions, action items, meetings, updates, agendas and minutes. ${all ? "All commands:" : "Commands you can use:"}`,
      {
        sections: [
          {
            items: shown.map((key) => ({ text: USAGE[key], detail: SUMMARY[key] })),
            context: `${ASK}.${imports}${others ? ` ${others} more commands are for other roles: "help all" lists them.` : ""}`,
          },
        ],
      },
    ),
  ];
}
