// What Bolt hands us, turned into core requests, and the core's replies sent
// back: slash commands, mentions, DMs, buttons, modals and App Home.
import { randomBytes } from "node:crypto";
import type { AckFn, App, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Core } from "../../src/core/core.ts";
import { hasErrors } from "../../src/core/forms.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import type { Logger } from "../../src/log.ts";
import {
  coreActionId,
  OVERFLOW_ACTION,
  readOverflowValue,
  renderMessages,
  type SlackMessage,
} from "./blocks.ts";
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

// A slash command is acknowledged once, by the one ack call in its listener,
// and the ack carries what Slack should show first. Slack waits 3 s for the
// ack, then tells the user the command failed; an answer carried on the ack is
// shown at once, while anything sent after it (response_url, the Web API) is
// another round trip. So the listener waits for the answer up to the budget
// (2.5 s, leaving half a second for Bolt, the network and Slack's own clock)
// and acks with:
//   - the first page of the first reply, when the answer came in time and that
//     reply is a message (a form opens as a modal through views.open after
//     the ack: its trigger id is good for 3 s from the command, acked or not);
//   - "Drafting…", at once and without waiting, for a command known to take
//     longer than the budget (minutes);
//   - nothing, when the budget ran out, the answer failed, or the first reply
//     is a form or there is none.
// Whatever the ack did not carry follows through response_url and the Web API.
// Over HTTP the ack is the response to Slack's request (receiver.ts).

/** Commands whose answer takes longer than the budget; they are acked at once. */
const SLOW = /^\s*minutes\b/i;
const DRAFTING: RespondArguments = {
  response_type: "ephemeral",
  text: "Drafting… the answer follows in a moment.",
};

type Outcome = { replies: Reply[] } | { error: unknown };

/**
 * The outcome if it settles within `ms`, else undefined. The timer is cleared
 * as soon as the answer is in: a pending one would hold this request (its
 * replies and rendered blocks) for the whole budget.
 */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** What rides on the ack: the first page of the first reply when it came in time and is a message, and its other pages. */
function carriedOnAck(early: Outcome | undefined): {
  page?: RespondArguments & { response_type: "in_channel" | "ephemeral" };
  more: SlackMessage[];
} {
  const first = early && "replies" in early ? early.replies[0] : undefined;
  if (!first || first.form) return { more: [] };
  let pages: SlackMessage[];
  try {
    pages = renderMessages(first);
  } catch {
    // Nothing is carried, so the ack still goes; delivering it afterwards meets the fault and apologises.
    return { more: [] };
  }
  const [page, ...more] = pages;
  if (!page) return { more: [] };
  return {
    page: { response_type: first.visibility === "public" ? "in_channel" : "ephemeral", ...page },
    more,
  };
}

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
      // Never rejects: a fault is kept as the outcome, and answered with an apology after the ack.
      const outcome = core.handle(request).then(
        (replies): Outcome => ({ replies }),
        (error: unknown): Outcome => ({ error }),
      );
      const slow = SLOW.test(request.text);
      const early = slow ? undefined : await within(outcome, ackBudget);
      const carried = carriedOnAck(early);
      await (ack as AckFn<string | RespondArguments>)(carried.page ?? (slow ? DRAFTING : undefined));
      await guarded(destination, "command", async () => {
        const settled = early ?? (await outcome);
        if ("error" in settled) throw settled.error;
        const [first, ...rest] = settled.replies;
        if (!carried.page || !first) return deliver(destination, settled.replies);
        for (const message of carried.more)
          await respond({ response_type: carried.page.response_type, ...message });
        await uploadFiles(destination, first);
        await deliver(destination, rest);
      });
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
