// Whether the configuration switches Slack on. Kept apart from mount.ts so the
// server can decide without loading @slack/bolt, which it imports only when needed.
import type { AdapterDeps } from "../../src/platform.ts";

/** Why Slack is off, or null when the configuration switches it on. */
export function slackDisabledReason(config: AdapterDeps["config"]): string | null {
  if (!config.SLACK_BOT_TOKEN)
    return "Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)";
  if (!config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN)
    return "Slack is off: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP) nor SLACK_APP_TOKEN (Socket Mode) is";
  return null;
}
