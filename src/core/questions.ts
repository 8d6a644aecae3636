// Plain questions in mentions and DMs ("where are we with Laos?", "what does
// Norway owe us?", "when do we meet next?"), answered by the intent layer
// (src/core/intents/): only recorded facts, with their grounds; "I don't know
// that" with what the bot can answer when nothing fits.
import type { CommandContext } from "./context.ts";
import { type Response, respond } from "./intents/answer.ts";
import { notUnderstoodText } from "./intents/answers/shared.ts";
import type { ConversationMemory } from "./intents/memory.ts";
import { foldMessage } from "./intents/normalize.ts";
import { privateReply, type Reply } from "./reply.ts";

/**
 * The answer to a plain question, with how it was understood; "I don't
 * understand" when the intent layer has no reply. `memory` lets a follow-up
 * lean on the previous turn of the conversation.
 */
export async function answerQuestion(
  context: CommandContext,
  raw: string,
  memory?: ConversationMemory,
): Promise<Response> {
  const response = await respond(context, raw, memory);
  return response.replies.length ? response : { ...response, replies: [notUnderstood(raw)] };
}

function notUnderstood(text: string): Reply {
  return privateReply(notUnderstoodText(foldMessage(text)));
}
