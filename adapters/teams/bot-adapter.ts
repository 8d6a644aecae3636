// The botbuilder CloudAdapter, configured from MICROSOFT_APP_ID,
// MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID and MICROSOFT_APP_TYPE.
// With no app id it runs in local mode: botbuilder then skips token
// validation (the Bot Framework Emulator, tests, the held-out recorder) and
// sends replies without a token. With an app id, a request without a valid
// Bot Framework token fails authentication before any turn logic runs.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import { type Config, ConfigError } from "../../src/config.ts";

/** CloudAdapter.process wants Express-like objects; the turn itself is all we need from it. */
export class TeamsBotAdapter extends CloudAdapter {
  /** Authenticates `authorization` for `activity` and runs `logic`; the invoke response, if any. */
  handle(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

export interface BotSetup {
  adapter: TeamsBotAdapter;
  /** "" in local mode. */
  appId: string;
  local: boolean;
}

const APP_TYPES = ["MultiTenant", "SingleTenant", "UserAssignedMSI"] as const;

function appType(config: Config): (typeof APP_TYPES)[number] {
  const given = config.MICROSOFT_APP_TYPE;
  if (!given) return "MultiTenant";
  const known = APP_TYPES.find((type) => type.toLowerCase() === given.toLowerCase());
  if (!known) {
    throw new ConfigError(
      `Invalid configuration: MICROSOFT_APP_TYPE must be one of ${APP_TYPES.join(", ")} (got "${given}")`,
    );
  }
  return known;
}

export function createBotAdapter(config: Config): BotSetup {
  const appId = config.MICROSOFT_APP_ID ?? "";
  if (!appId) {
    const auth = new ConfigurationBotFrameworkAuthentication(
      {},
      new ConfigurationServiceClientCredentialFactory({}),
    );
    return { adapter: new TeamsBotAdapter(auth), appId: "", local: true };
  }
  const type = appType(config);
  if (type !== "UserAssignedMSI" && !config.MICROSOFT_APP_PASSWORD) {
    throw new ConfigError(
      "Invalid configuration: MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set (unset MICROSOFT_APP_ID for local mode)",
    );
  }
  if (type !== "MultiTenant" && !config.MICROSOFT_APP_TENANT_ID) {
    throw new ConfigError(
      `Invalid configuration: MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is ${type}`,
    );
  }
  const settings = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? "",
    MicrosoftAppType: type,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? "",
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: appId, MicrosoftAppTenantId: settings.MicrosoftAppTenantId },
    credentials,
  );
  return { adapter: new TeamsBotAdapter(auth), appId, local: false };
}
