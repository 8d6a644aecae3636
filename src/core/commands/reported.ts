// reported <speaker>: <sentence> — the minutes' reported-speech rewriting on
// its own, for a secretariat member who pastes notes. The speaker is found in
// the committee's records ("laos" -> "Lao PDR", "the ISU Director" -> "the
// ISU-CCM Director", "she"), as speaker-on-record.ts decides.
import { reportSpeech } from "../../minutes/reported-speech.ts";
import type { CommandContext } from "../context.ts";
import type { Command } from "../grammar.ts";
import { privateReply, type Reply } from "../reply.ts";
import { speakerOnRecord } from "../speaker-on-record.ts";

export function reported(context: CommandContext, command: Extract<Command, { name: "reported" }>): Reply[] {
  return [privateReply(reportSpeech(speakerOnRecord(context.dir, command.speaker), command.sentence))];
}
