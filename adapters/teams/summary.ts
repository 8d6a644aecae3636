// The Teams route and the start-up line's phrase for it: what both the
// deferred stand-in and the loaded mount say, kept apart so neither imports the other.
import type { AdapterDeps } from "../../src/platform.ts";

export const ROUTE = "POST /api/messages";

/** The start-up line's phrase for Teams. */
export function teamsSummary(config: AdapterDeps["config"]): string {
  return config.MICROSOFT_APP_ID
    ? "Teams (HTTP at POST /api/messages)"
    : "Teams (local mode, no token check, at POST /api/messages)";
}
