// Answering a request for an update by replying in its thread: a message in
// the thread of a prompt or reminder the bot sent to this person is taken as
// that area's update, as if typed "update <area>: <text>".
import { update } from "./commands/update.ts";
import type { CommandContext } from "./context.ts";
import type { Reply } from "./reply.ts";

/** The replies when the message answers a request for an update; null when it is not such an answer. */
export async function answerInPromptThread(context: CommandContext): Promise<Reply[] | null> {
  const { request, db, dir, person } = context;
  const threadId = request.conversation.threadId;
  if (request.kind !== "message" || request.conversation.kind !== "dm" || !threadId) return null;
  const asked = await db.delivery.findFirst({
    where: {
      messageId: threadId,
      personId: person.id,
      kind: { in: ["prompt", "reminder"] },
      status: { in: ["sent", "possibly-sent"] },
    },
  });
  const area = dir.areas.find((a) => a.id === asked?.areaId);
  const body = request.text.trim();
  if (!area || !body) return null;
  return update(context, { name: "update", subject: area.name, body });
}
