// Slack over HTTP: @slack/bolt is loaded a moment after the server listens
// (adapters/deferred-mount.ts), or by the first Slack request or scheduled
// Slack delivery that comes before. Socket Mode is mounted at once instead:
// it has a connection to open at start.
import type { AdapterDeps, PlatformMount } from "../../src/platform.ts";
import { deferredMount } from "../deferred-mount.ts";
import { SLACK_HTTP_SUMMARY, SLACK_ROUTE } from "./route.ts";

/** Slack as configured, its SDK loaded later when it runs over HTTP; call only when Slack is on. */
export async function slackMount(deps: AdapterDeps): Promise<PlatformMount> {
  const load = async () => {
    const { mountSlack } = await import("./mount.ts");
    const mount = await mountSlack(deps);
    if (!mount) throw new Error("Slack is not configured");
    return mount;
  };
  if (deps.config.SLACK_APP_TOKEN) return load();
  return deferredMount({
    name: "slack",
    platform: "slack",
    summary: SLACK_HTTP_SUMMARY,
    routes: [SLACK_ROUTE],
    // chat.postMessage carries the delivery's key in metadata (delivery.ts)
    lookup: true,
    load,
    logger: deps.logger,
  });
}
