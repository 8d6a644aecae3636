// reported <speaker>: <sentence> — the minutes' reported-speech rewriting on
// its own, for a secretariat member who pastes notes. The speaker is written
// as the committee's records name it ("laos" -> "Lao PDR", "hauge" -> "Ms.
// Hauge") when the name means exactly one delegation or person.
import { reportSpeech } from "../../minutes/reported-speech.ts";
import type { Directory } from "../../store/directory.ts";
import type { CommandContext } from "../context.ts";
import type { Command } from "../grammar.ts";
import { privateReply, type Reply } from "../reply.ts";
import { resolveSubjects } from "../resolve.ts";

export function reported(context: CommandContext, command: Extract<Command, { name: "reported" }>): Reply[] {
  return [privateReply(reportSpeech(speakerName(context.dir, command.speaker), command.sentence))];
}

function speakerName(dir: Directory, typed: string): string {
  const found = resolveSubjects(dir, typed, ["delegation", "person"]);
  const only = found.length === 1 ? found[0] : undefined;
  if (only?.kind === "delegation") return only.delegation.name;
  if (only?.kind === "person") {
    const { honorific, familyName } = only.person;
    return honorific ? `${honorific} ${familyName}` : only.person.name;
  }
  return typed;
}
