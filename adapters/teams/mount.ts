// Switches Teams on, always: POST /api/messages on the shared server and the
// Teams delivery port. Without MICROSOFT_APP_ID it runs in local mode (no
// token validation, for the Bot Framework Emulator and tests) and says so
// at start; with it, unauthenticated requests are refused with 401.
// Every botbuilder import lives under adapters/teams/, so moving to the
// Microsoft 365 Agents SDK touches nothing outside this folder.
import { randomBytes } from "node:crypto";
import type { TurnContext } from "botbuilder";
import { FILES_ROUTE, sharedFiles } from "../../src/http/shared-files.ts";
import type { AdapterDeps, PlatformMount } from "../../src/platform.ts";
import { claimInboundEvent } from "../../src/store/inbound-events.ts";
import { textMessage } from "./activities.ts";
import { MESSAGE_RESPONSE_TYPE, messageResponse, RapporteurTeamsBot } from "./bot.ts";
import { createBotAdapter } from "./bot-adapter.ts";
import { teamsDelivery } from "./delivery.ts";
import { fileConsent } from "./file-consent.ts";
import { fileOffer } from "./files.ts";
import { splitConversationId } from "./identity.ts";
import { referenceStore } from "./references.ts";
import { createResponder } from "./respond.ts";
import { messagesRoute } from "./route.ts";
import { ROUTE, teamsSummary } from "./summary.ts";

function apology(reference: string): string {
  return `Something went wrong on my side. If it happens again, give the secretariat this reference: ${reference}.`;
}

/**
 * Teams redelivers an activity it thinks was lost; the claim is persisted, so
 * a redelivery after a restart is skipped too. Message ids are only unique
 * within a conversation, so the key carries the conversation.
 */
function eventKey(context: TurnContext): string | undefined {
  const { id, conversation } = context.activity;
  if (!id) return undefined;
  return `${splitConversationId(conversation?.id ?? "").conversationId}/${id}`;
}

export async function mountTeams(deps: AdapterDeps): Promise<PlatformMount> {
  const { core, db, clock, logger, config } = deps;
  const { adapter, appId, local } = createBotAdapter(config);
  const refs = referenceStore(db, clock);
  const shared = sharedFiles({
    clock,
    publicUrl: config.RAPPORTEUR_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`,
  });
  const offer = fileOffer(shared);
  const responder = createResponder({ adapter, appId, refs, offer, logger });
  const consent = fileConsent(shared, logger);
  const bot = new RapporteurTeamsBot({ core, refs, responder, consent, logger });

  adapter.onTurnError = async (context, error) => {
    const reference = randomBytes(4).toString("hex");
    logger.error(
      { err: error, reference, activityType: context.activity.type, activityId: context.activity.id },
      "Teams turn failed",
    );
    try {
      if (context.activity.type === "invoke") {
        await context.sendActivity({
          type: "invokeResponse",
          value: { status: 200, body: messageResponse(apology(reference)) },
        });
      } else if (context.activity.type === "message") {
        await context.sendActivity(textMessage(apology(reference)));
      }
    } catch (sendError) {
      logger.error({ err: sendError, reference }, "Teams apology could not be sent");
    }
  };

  const turn = async (context: TurnContext) => {
    const key = eventKey(context);
    if (key && !(await claimInboundEvent(db, { platform: "teams", eventKey: key, at: clock.now() }))) {
      logger.info({ eventKey: key }, "Teams activity already processed; skipped");
      if (context.activity.type === "invoke") {
        await context.sendActivity({
          type: "invokeResponse",
          value: {
            status: 200,
            body: { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: "Already done." },
          },
        });
      }
      return;
    }
    await bot.run(context);
  };

  if (local) {
    logger.warn(
      "Teams in local mode: MICROSOFT_APP_ID is not set, so POST /api/messages accepts activities without a token (Bot Framework Emulator, tests). Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams.",
    );
  } else {
    logger.info({ appId }, "Teams on: POST /api/messages requires a Bot Framework token");
  }

  return {
    name: "teams",
    routes: new Map([
      [ROUTE, messagesRoute(adapter, turn, logger)],
      [FILES_ROUTE, shared.route],
    ]),
    delivery: teamsDelivery({ adapter, appId, db, refs, offer, logger }),
    summary: teamsSummary(config),
  };
}
