// The Teams activity handler: messages (personal chat, @mentions in channels
// and group chats), card actions (Action.Execute invokes and the
// Action.Submit fallback), installs and uninstalls. Everything it hears
// becomes a ChatRequest for the core; replies go out through the responder.
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  TeamsActivityHandler,
  type TurnContext,
} from "botbuilder";
import type { Core } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import type { Logger } from "../../src/log.ts";
import { replyActivities } from "./activities.ts";
import { CARD_CONTENT_TYPE, replyCards } from "./cards.ts";
import type { FileConsent } from "./file-consent.ts";
import { teamsFiles } from "./files.ts";
import { greeting } from "./greeting.ts";
import { type TeamsIds, teamsConversation, teamsSpeaker, typedText } from "./identity.ts";
import type { ReferenceStore } from "./references.ts";
import { postNew, type Responder } from "./respond.ts";
import { type CardSubmit, executeSubmit, fallbackSubmit } from "./submit.ts";
import { teamsUpload } from "./uploads.ts";

export interface BotDeps {
  core: Core;
  refs: ReferenceStore;
  responder: Responder;
  consent: FileConsent;
  logger: Logger;
}

export const MESSAGE_RESPONSE_TYPE = "application/vnd.microsoft.activity.message";

export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: text as never };
}

function submitRequest(ids: TeamsIds, submit: CardSubmit): ChatRequest {
  return {
    speaker: teamsSpeaker(ids),
    conversation: teamsConversation(ids),
    kind: "submit",
    actionId: submit.actionId,
    text: submit.text,
    values: submit.values,
  };
}

/** The reply's files alone: what follows a card its answer replaced. */
function filesOf(reply: Reply): Reply[] {
  const files = teamsFiles(reply.files);
  if (files.length === 0) return [];
  return [
    {
      visibility: reply.visibility,
      text: "",
      files,
      ...(reply.restricted ? { restricted: reply.restricted } : {}),
    },
  ];
}

/** Replies that may replace the card everyone sees: public ones, a personal chat's, and forms. */
function fitsInPlace(reply: Reply, ids: TeamsIds): boolean {
  return reply.visibility === "public" || ids.kind === "dm" || reply.form !== undefined;
}

export class RapporteurTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    const { core, refs, responder } = deps;

    this.onMessage(async (context, next) => {
      const ids = await refs.remember(context.activity);
      const submit = fallbackSubmit(context.activity.value);
      if (submit) {
        await this.onFallbackSubmit(context, ids, submit);
      } else {
        const file = await teamsUpload(context.activity);
        const replies = await core.handle({
          speaker: teamsSpeaker(ids),
          conversation: teamsConversation(ids),
          kind: ids.kind === "dm" ? "message" : "mention",
          text: typedText(context.activity) || (file ? "" : "help"),
          ...(file ? { file } : {}),
        });
        await responder.deliver(context, ids, replies);
      }
      await next();
    });

    // Installing the app (in a team, a group chat or a personal chat) sends
    // conversationUpdate with the bot among membersAdded and installationUpdate
    // "add"; Teams may send them again when the app is reloaded or upgraded.
    // The conversation is greeted once: the claim is stored on its row.
    const installed = async (context: TurnContext) => {
      const ids = await refs.remember(context.activity, { always: true });
      if (await refs.claimGreeting(ids)) await postNew(context, replyActivities(greeting(ids.kind)));
    };

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) await installed(context);
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersRemoved?.some((member) => member.id === botId)) {
        await refs.forget(context.activity);
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      // "add-upgrade" is a new version of an app already there: stored again, not greeted.
      if (context.activity.action === "add") await installed(context);
      else await refs.remember(context.activity, { always: true });
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      await refs.forget(context.activity);
      await next();
    });
  }

  /**
   * Action.Execute: a button's answer either replaces the card or is posted,
   * never both (the agenda used to show twice). The first reply becomes the
   * card in place (Teams shows it to the person who pressed), its files and
   * the other replies follow as messages. It is posted instead, and the
   * invoke answered with a line, when everyone in a channel or group should
   * see it (a public answer) or when it needs more than one card.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    _invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { core, refs, responder } = this.deps;
    const submit = executeSubmit(context.activity.value);
    if (!submit) {
      return {
        statusCode: 400,
        type: "application/vnd.microsoft.error",
        value: { code: "BadRequest", message: "The card action has no verb." } as never,
      };
    }
    const ids = await refs.remember(context.activity);
    const [first, ...rest] = await core.handle(submitRequest(ids, submit));
    if (!first) return messageResponse("Done.");
    const pages = replyCards(first);
    const forEveryone = first.visibility === "public" && ids.kind !== "dm";
    if (forEveryone || pages.length > 1) {
      await responder.deliver(context, ids, [first, ...rest]);
      return messageResponse(forEveryone ? "Posted here for everyone." : "The answer is posted below.");
    }
    await responder.deliver(context, ids, [...filesOf(first), ...rest]);
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: pages[0] as never };
  }

  /** "Allow" on a file consent card: the file goes to the user's OneDrive (file-consent.ts). */
  protected override async handleTeamsFileConsentAccept(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    await this.deps.consent.accept(context, response);
  }

  protected override async handleTeamsFileConsentDecline(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    await this.deps.consent.decline(context, response);
  }

  /** Action.Submit (older clients): the first reply updates the card's message in place when it may. */
  private async onFallbackSubmit(context: TurnContext, ids: TeamsIds, submit: CardSubmit): Promise<void> {
    const { core, responder, logger } = this.deps;
    const [first, ...rest] = await core.handle(submitRequest(ids, submit));
    if (!first) return;
    const cardMessage = context.activity.replyToId ? replyActivities(first)[0] : undefined;
    if (cardMessage && fitsInPlace(first, ids) && replyCards(first).length === 1 && !first.files?.length) {
      try {
        await context.updateActivity({ ...cardMessage, id: context.activity.replyToId });
        await responder.deliver(context, ids, rest);
        return;
      } catch (error) {
        logger.warn({ err: error }, "Teams card update failed; replying instead");
      }
    }
    await responder.deliver(context, ids, [first, ...rest]);
  }
}
