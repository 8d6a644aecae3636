// Where an answer may be seen. In a DM everything goes to the asker. In a
// channel or group, an answer is shown to the channel unless it would reveal
// something restricted (an update before the agenda is out, a coalition record
// kept to coordinators): then the asker gets it privately and the channel a
// one-line note that it was answered privately. Refusals, help and clarifying
// questions always stay with the asker.
import { personName } from "../../domain/format.ts";
import type { PersonEntry } from "../../store/directory.ts";
import { publicReply, type Reply } from "../reply.ts";
import type { ChatRequest } from "../request.ts";
import type { Answer } from "./answers/shared.ts";
import type { Intent } from "./types.ts";

const PERSONAL: readonly Intent[] = ["greeting", "thanks", "help", "unknown"];

export function inChannel(request: ChatRequest): boolean {
  return request.conversation.kind === "channel" || request.conversation.kind === "group";
}

export function routeReplies(
  request: ChatRequest,
  person: PersonEntry,
  answer: Answer,
  intent: Intent,
): Reply[] {
  if (!inChannel(request)) return answer.replies;
  const restricted = answer.restricted ?? answer.replies.find((reply) => reply.restricted)?.restricted;
  if (restricted) {
    return [
      ...answer.replies.map((reply) => ({ ...reply, visibility: "private" as const })),
      publicReply(`I've answered ${personName(person)} privately: ${restricted}.`),
    ];
  }
  if (PERSONAL.includes(intent) || answer.choices) {
    return answer.replies.map((reply) => ({ ...reply, visibility: "private" as const }));
  }
  return answer.replies.map((reply) => ({ ...reply, visibility: "public" as const }));
}
