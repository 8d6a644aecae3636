// What the bot says when it is added to a chat or a team: who it is and a few
// commands to try, taken from the one grammar so the card never disagrees
// with "help".
import { SUMMARY, USAGE } from "../../src/core/grammar.ts";
import { publicReply, type Reply } from "../../src/core/reply.ts";

const FIRST_COMMANDS = ["status", "actions", "meeting", "update", "help"] as const;

export function greeting(kind: "channel" | "dm" | "group"): Reply {
  const how =
    kind === "dm"
      ? 'Type a command or a question, e.g. "status Lao PDR" or "when do we meet next?".'
      : 'Mention me with a command or a question, e.g. "@Rapporteur status Lao PDR".';
  return publicReply(
    "Hello, I'm Rapporteur, the Coordination Committee's clerk: I answer status questions, keep the action items and draft agendas and minutes.",
    {
      title: "Rapporteur",
      sections: [
        {
          text: how,
          items: FIRST_COMMANDS.map((name) => ({ text: USAGE[name], detail: SUMMARY[name] })),
          context:
            "If I don't know you yet, ask the secretariat (ISU-CCM) to link your Teams account to your name.",
        },
      ],
    },
  );
}
