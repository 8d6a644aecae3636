// settings: when coordinators are asked for their updates, reminded, and when
// the agenda draft is posted; and which conversation is the committee channel.
// The secretariat changes them; the next sweep re-times every pending message.
import { minutesOf, timeOf, WINDOW } from "../../cycle/slots.ts";
import { bindCommitteeChannel, findCommitteeChannels } from "../../store/committee-channel.ts";
import { type CycleSettings, readCycleSettings, saveCycleSettings } from "../../store/cycle-settings.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorize } from "../policy.ts";
import { privateReply, publicReply, type Reply } from "../reply.ts";

const MAX_DAYS = 60;

function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

function describe(settings: CycleSettings): { label: string; value: string }[] {
  return [
    {
      label: "Updates asked for",
      value: `${days(settings.promptDays)} before, at ${settings.promptTime} in each person's zone`,
    },
    {
      label: "Reminder",
      value: settings.reminderDays
        ? `${days(settings.reminderDays)} before, to those who have not answered`
        : "off",
    },
    {
      label: "Agenda draft posted",
      value: `${days(settings.agendaDays)} before, at ${settings.agendaTime} (committee's zone)`,
    },
  ];
}

async function show(context: CommandContext): Promise<Reply[]> {
  const settings = await readCycleSettings(context.db, context.dir.committee.id);
  const channels = await findCommitteeChannels(context.db, context.dir.committee.id);
  const channel = channels[0];
  return [
    privateReply("The meeting cycle:", {
      sections: [
        {
          fields: [
            ...describe(settings),
            {
              label: "Committee channel",
              value: channel
                ? `${channel.platform} ${channel.conversationId}${channel.status === "dead" ? " (refusing messages)" : ""}`
                : "not set",
            },
          ],
          context: `Never on a weekend or outside ${timeOf(WINDOW.startMinutes)}-${timeOf(WINDOW.endMinutes)} local; such a time moves to the next allowed one. Change with e.g. "settings prompts 7 days before at 09:00".`,
        },
      ],
    }),
  ];
}

function readTime(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const minutes = minutesOf(text);
  if (minutes === null) throw new UserError(`"${text}" is not a time; write it as 09:00.`, USAGE.settings);
  if (minutes < WINDOW.startMinutes || minutes >= WINDOW.endMinutes) {
    throw new UserError(
      `Messages go out between ${timeOf(WINDOW.startMinutes)} and ${timeOf(WINDOW.endMinutes)} local time; ${timeOf(minutes)} is outside that.`,
      USAGE.settings,
    );
  }
  return timeOf(minutes);
}

const CHANGE = /^(prompts?|reminders?|agenda)\s+(?:(off)|(\d{1,2})\s+days?\s+before(?:\s+at\s+(\S+))?)$/i;

function readChange(text: string, current: CycleSettings): Partial<CycleSettings> {
  const match = CHANGE.exec(text.trim());
  if (!match?.[1]) throw new UserError(`I could not read "${text}".`, USAGE.settings);
  const what = match[1].toLowerCase().replace(/s$/, "");
  const off = Boolean(match[2]);
  const n = Number(match[3] ?? "0");
  const time = readTime(match[4]);
  if (off && what !== "reminder") throw new UserError(`Only reminders can be turned off.`, USAGE.settings);
  if (n > MAX_DAYS) throw new UserError(`At most ${MAX_DAYS} days before.`, USAGE.settings);
  if (what === "prompt") {
    if (n < 1) throw new UserError("Updates are asked for at least 1 day before.", USAGE.settings);
    if (n <= current.agendaDays) {
      throw new UserError(
        `Updates must be asked for before the agenda draft is posted (${days(current.agendaDays)} before).`,
        USAGE.settings,
      );
    }
    return { promptDays: n, ...(time ? { promptTime: time } : {}) };
  }
  if (what === "reminder") {
    if (time)
      throw new UserError(
        `Reminders go at the same time of day as the requests (${current.promptTime}).`,
        USAGE.settings,
      );
    if (!off && (n < 1 || n >= current.promptDays)) {
      throw new UserError(
        `A reminder comes after the request (${days(current.promptDays)} before): 1 to ${current.promptDays - 1} days before.`,
        USAGE.settings,
      );
    }
    return { reminderDays: off ? 0 : n };
  }
  if (n >= current.promptDays) {
    throw new UserError(
      `The agenda draft is posted after the requests go out (${days(current.promptDays)} before).`,
      USAGE.settings,
    );
  }
  return { agendaDays: n, ...(time ? { agendaTime: time } : {}) };
}

/** "slack:T1:C123" -> its parts; a Teams conversation id may itself hold colons. */
function channelHere(context: CommandContext) {
  const { conversation } = context.request;
  const [platform, workspaceId, ...rest] = conversation.id.split(":");
  if ((platform !== "slack" && platform !== "teams") || !workspaceId || rest.length === 0) {
    throw new UserError('Type "settings channel here" in the Slack or Teams channel the committee uses.');
  }
  if (conversation.kind === "dm") {
    throw new UserError(
      'This is a direct message; type "settings channel here" in the committee\'s channel.',
    );
  }
  return { platform, workspaceId, conversationId: rest.join(":"), kind: conversation.kind };
}

export async function settings(context: CommandContext, change: string | undefined): Promise<Reply[]> {
  if (!change) return show(context);
  authorize(context, "settings.change");
  const committeeId = context.dir.committee.id;
  if (/^channel\s+here$/i.test(change.trim())) {
    await bindCommitteeChannel(context.db, committeeId, channelHere(context), context.actor, context.now);
    return [
      publicReply(
        "This is now the committee channel: agenda drafts and reminders of action items will be posted here.",
      ),
    ];
  }
  const current = await readCycleSettings(context.db, committeeId);
  const saved = await saveCycleSettings(
    context.db,
    committeeId,
    readChange(change, current),
    context.actor,
    context.now,
  );
  return [
    privateReply("Saved. Messages not yet sent follow the new settings.", {
      sections: [{ fields: describe(saved) }],
    }),
  ];
}
