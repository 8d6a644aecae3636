// What Bolt hands us, turned into core requests, and the core's replies sent
// back: slash commands, mentions, DMs, buttons, modals and App Home.
import { randomBytes } from "node:crypto";
import type { AckFn, App, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Core } from "../../src/core/core.ts";
import { hasErrors } from "../../src/core/forms.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import type { Logger } from "../../src/log.ts";
import { coreActionId, OVERFLOW_ACTION, readOverflowValue, renderMessages } from "./blocks.ts";
import { slackConversation, slackSpeaker, stripMentions } from "./identity.ts";
import { type Destination, deliver, uploadFiles } from "./respond.ts";
import { slackUpload } from "./uploads.ts";
import { homeView, modalView, readOrigin, readViewValues, viewErrors } from "./views.ts";

export interface ListenerDeps {
  core: Core;
  logger: Logger;
  /** The bot's own user id, once known, to strip its mention. */
  botUserId: () => string | undefined;
  /** How long a slash command may take before it is acked and finished through response_url. */
  ackBudgetMs?: number;
}

/** Commands whose answer takes a while; they are acked at once. */
const SLOW = /^\s*minutes\b/i;
/** Message subtypes that are not someone asking something (edits, deletions, joins, bots). */
const IGNORED_SUBTYPES = new Set([
  "message_changed",
  "message_deleted",
  "bot_message",
  "channel_join",
  "channel_leave",
  "message_replied",
  "thread_broadcast",
]);

function apology(reference: string): Reply {
  return {
    visibility: "private",
    text: `Sorry, something went wrong on my side and nothing was changed. If it happens again, give the secretariat this reference: ${reference}.`,
  };
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { core, logger } = deps;
  const ackBudget = deps.ackBudgetMs ?? 2500;

  /** Runs a handler; a fault is logged with a reference the user is given. */
  async function guarded(destination: Destination | undefined, what: string, work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      const reference = randomBytes(4).toString("hex");
      logger.error({ err: error, reference, platform: "slack", what }, "slack handler failed");
      if (destination) await deliver(destination, [apology(reference)]).catch(() => undefined);
    }
  }

  app.command(
    /.*/,
    async ({
      command,
      ack,
      respond,
      client,
    }: SlackCommandMiddlewareArgs & { client: Destination["client"] }) => {
      const destination: Destination = {
        client,
        userId: command.user_id,
        channelId: command.channel_id,
        respond,
        triggerId: command.trigger_id,
      };
      const request: ChatRequest = {
        speaker: slackSpeaker(command.team_id, command.user_id),
        conversation: slackConversation(command.team_id, command.channel_id),
        kind: "command",
        text: command.text ?? "",
      };
      let acked = false;
      const ackOnce = async (response?: RespondArguments) => {
        if (acked) return;
        acked = true;
        await (ack as AckFn<string | RespondArguments>)(response);
      };
      if (SLOW.test(request.text))
        await ackOnce({ response_type: "ephemeral", text: "Drafting… the answer follows in a moment." });
      await guarded(destination, "command", async () => {
        const work = core.handle(request);
        // Cleared once the answer is in: a pending timer would hold this
        // request (its replies and rendered blocks) for the whole budget.
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<"late">((resolve) => {
          timer = setTimeout(() => resolve("late"), ackBudget);
        });
        const early = await Promise.race([work, late]).finally(() => clearTimeout(timer));
        if (early === "late") await ackOnce();
        const replies = early === "late" ? await work : early;
        const [first, ...rest] = replies;
        // The first answer rides on the ack itself (Slack shows it at once); a
        // form opens as a modal, which needs the trigger before the ack.
        if (!acked && first && !first.form) {
          const [page, ...more] = renderMessages(first);
          if (page) {
            await ackOnce({
              response_type: first.visibility === "public" ? "in_channel" : "ephemeral",
              ...page,
            });
            for (const message of more)
              await respond({
                response_type: first.visibility === "public" ? "in_channel" : "ephemeral",
                ...message,
              });
            await uploadFiles(destination, first);
            await deliver(destination, rest);
            return;
          }
        }
        if (first?.form) await deliver(destination, [first]);
        await ackOnce();
        await deliver(destination, first?.form ? rest : replies);
      });
      await ackOnce();
    },
  );

  app.event("app_mention", async ({ event, client, body }) => {
    const teamId = body.team_id ?? event.team ?? "";
    if (!event.user || event.bot_id) return;
    // Answered under the mention (a thread of its own when it was asked at top level).
    const threadTs = event.thread_ts ?? event.ts;
    const destination: Destination = {
      client,
      userId: event.user,
      channelId: event.channel,
      threadTs,
      threadExists: event.thread_ts !== undefined,
    };
    await guarded(destination, "mention", async () => {
      const file = await slackUpload("files" in event ? event.files : undefined, client);
      const replies = await core.handle({
        speaker: slackSpeaker(teamId, event.user ?? ""),
        conversation: slackConversation(teamId, event.channel, { threadTs }),
        kind: "mention",
        text: stripMentions(event.text, deps.botUserId()),
        ...(file ? { file } : {}),
      });
      await deliver(destination, replies);
    });
  });

  app.event("message", async ({ event, client, body }) => {
    if (event.channel_type !== "im") return;
    if (event.subtype !== undefined && IGNORED_SUBTYPES.has(event.subtype)) return;
    if (event.subtype !== undefined && event.subtype !== "file_share") return;
    if ("bot_id" in event && event.bot_id) return;
    const user = "user" in event ? event.user : undefined;
    if (!user || user === deps.botUserId()) return;
    const text = "text" in event && typeof event.text === "string" ? event.text : "";
    const threadTs = ("thread_ts" in event && event.thread_ts) || event.ts;
    const teamId = body.team_id ?? "";
    const destination: Destination = { client, userId: user, channelId: event.channel, threadTs };
    await guarded(destination, "dm", async () => {
      const file = await slackUpload("files" in event ? event.files : undefined, client);
      const replies = await core.handle({
        speaker: slackSpeaker(teamId, user),
        conversation: slackConversation(teamId, event.channel, { channelType: "im", threadTs }),
        kind: "message",
        text: stripMentions(text, deps.botUserId()),
        ...(file ? { file } : {}),
      });
      await deliver(destination, replies);
    });
  });

  app.event("app_home_opened", async ({ event, client, body }) => {
    if (event.tab !== "home") return;
    const teamId = body.team_id ?? "";
    await guarded(undefined, "home", async () => {
      const page = await core.home({
        speaker: slackSpeaker(teamId, event.user),
        conversation: slackConversation(teamId, undefined),
        kind: "command",
        text: "",
      });
      await client.views.publish({ user_id: event.user, view: homeView(page) });
    });
  });

  app.action(/.*/, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== "block_actions") return;
    const teamId = body.team?.id ?? body.user.team_id ?? "";
    const channelId = body.channel?.id ?? body.container?.channel_id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const threadTs = message?.thread_ts ?? (body.container?.is_ephemeral ? undefined : message?.ts);
    const destination: Destination = {
      client,
      userId: body.user.id,
      ...(channelId ? { channelId } : {}),
      ...(threadTs ? { threadTs } : {}),
      ...(body.response_url ? { respond } : {}),
      triggerId: body.trigger_id,
    };
    if (!("action_id" in action)) return;
    const pressed =
      action.type === "overflow" && action.action_id === OVERFLOW_ACTION
        ? readOverflowValue(action.selected_option.value)
        : {
            actionId: coreActionId(action.action_id),
            value: "value" in action && typeof action.value === "string" ? action.value : "",
          };
    await guarded(destination, "action", async () => {
      const replies = await core.handle({
        speaker: slackSpeaker(teamId, body.user.id),
        conversation: slackConversation(teamId, channelId, threadTs ? { threadTs } : {}),
        kind: "submit",
        actionId: pressed.actionId,
        text: pressed.value,
      });
      await deliver(destination, replies);
      if (pressed.actionId === "share" && body.container?.is_ephemeral && body.response_url) {
        await respond({ delete_original: true });
      }
      if (!channelId && body.view?.type === "home") {
        const page = await core.home({
          speaker: slackSpeaker(teamId, body.user.id),
          conversation: slackConversation(teamId, undefined),
          kind: "command",
          text: "",
        });
        await client.views.publish({ user_id: body.user.id, view: homeView(page) });
      }
    });
  });

  app.view(/.*/, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? body.user.team_id ?? "";
    const origin = readOrigin(view.private_metadata);
    const destination: Destination = {
      client,
      userId: body.user.id,
      ...(origin.channelId ? { channelId: origin.channelId } : {}),
      ...(origin.threadTs ? { threadTs: origin.threadTs } : {}),
    };
    let acked = false;
    await guarded(destination, "view", async () => {
      const replies = await core.handle({
        speaker: slackSpeaker(teamId, body.user.id),
        conversation: slackConversation(
          teamId,
          origin.channelId,
          origin.threadTs ? { threadTs: origin.threadTs } : {},
        ),
        kind: "submit",
        actionId: view.callback_id,
        text: "",
        values: readViewValues(view.state.values as Parameters<typeof readViewValues>[0]),
      });
      const [first] = replies;
      if (first?.form && hasErrors(first.form)) {
        acked = true;
        await ack({ response_action: "errors", errors: viewErrors(first.form) });
        return;
      }
      if (first?.form) {
        acked = true;
        await ack({ response_action: "update", view: modalView(first.form, origin) });
        return;
      }
      acked = true;
      await ack();
      await deliver(destination, replies);
    });
    if (!acked) await ack();
  });
}
