// help, and help <command>.
import { type Command, SUMMARY, USAGE } from "../grammar.ts";
import { privateReply, type Reply } from "../reply.ts";

type UsageKey = keyof typeof USAGE;

export function help(command: Extract<Command, { name: "help" }>): Reply[] {
  const keys = Object.keys(USAGE) as UsageKey[];
  const topic = command.topic;
  const matching = topic ? keys.filter((key) => key === topic || key.startsWith(`${topic} `)) : [];
  const shown = matching.length ? matching : keys;
  const intro = matching.length
    ? `How to use "${topic}":`
    : "I keep the committee's records: coalitions, action items, meetings, updates, agendas and minutes. Commands:";
  return [
    privateReply(intro, {
      sections: [
        {
          items: shown.map((key) => ({ text: USAGE[key], detail: SUMMARY[key] })),
          context: matching.length
            ? undefined
            : 'You can also just ask, e.g. "where are we with Laos?" or "what\'s due before the December meeting?" The Presidency and the secretariat can send me minutes as a .txt or .md file to import them.',
        },
      ],
    }),
  ];
}
