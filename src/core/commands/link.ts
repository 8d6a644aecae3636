// link @user <person> / unlink @user: the secretariat connects a chat account
// to a committee member (or disconnects it), in the workspace it is typed in.
// The admin CLI does the same from a shell (src/admin/identities.ts).
import { linkIdentity, unlinkIdentity } from "../../admin/identities.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { authorize } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";

/** A Slack mention as commands carry it (`<@U123|name>`), or a bare user id. */
export function readUserReference(text: string): string | null {
  const mention = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i.exec(text.trim());
  if (mention?.[1]) return mention[1].toUpperCase();
  const bare = /^@?([UW][A-Z0-9]{5,})$/.exec(text.trim());
  return bare?.[1] ?? null;
}

function chatAccount(context: CommandContext, userText: string) {
  const { speaker } = context.request;
  if (speaker.kind !== "chat") {
    throw new UserError(
      'Link chat accounts from the chat itself, or from a shell with "npm run admin -- link".',
    );
  }
  // Teams mentions carry no user id the bot can trust in the text; the shell links those.
  if (speaker.platform !== "slack") {
    throw new UserError(
      `On Teams, link accounts from a shell: npm run admin -- link teams ${speaker.workspaceId} <user id> "<person>".`,
    );
  }
  const userId = readUserReference(userText);
  if (!userId) {
    throw new UserError(
      `"${userText}" is not a chat user; mention them, e.g. "link @maria Hauge".`,
      USAGE.link,
    );
  }
  return { platform: speaker.platform, workspaceId: speaker.workspaceId, userId };
}

export async function link(context: CommandContext, user: string, personName: string): Promise<Reply[]> {
  authorize(context, "identity.link");
  const account = chatAccount(context, user);
  const result = await linkIdentity(context.db, context.clock, {
    ...account,
    personName,
    committeeId: context.dir.committee.id,
    actor: context.actor,
  });
  if (!result.ok) throw new UserError(result.message, USAGE.link);
  return [privateReply(result.message)];
}

export async function unlink(context: CommandContext, user: string): Promise<Reply[]> {
  authorize(context, "identity.unlink");
  const account = chatAccount(context, user);
  const result = await unlinkIdentity(context.db, context.clock, { ...account, actor: context.actor });
  if (!result.ok) throw new UserError(result.message, USAGE.unlink);
  return [privateReply(result.message)];
}
