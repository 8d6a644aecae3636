// Teams is always on; botbuilder is loaded a moment after the server listens
// (adapters/deferred-mount.ts). Teams cannot look a message up by key
// (adapters/teams/delivery.ts has no findSent), so the stand-in has none.

import { FILES_ROUTE } from "../../src/http/shared-files.ts";
import type { AdapterDeps, PlatformMount } from "../../src/platform.ts";
import { deferredMount } from "../deferred-mount.ts";
import { ROUTE, teamsSummary } from "./summary.ts";

export function deferredTeams(deps: AdapterDeps): PlatformMount {
  return deferredMount({
    name: "teams",
    platform: "teams",
    summary: teamsSummary(deps.config),
    // The messages route, and the download links of files the bot offers in channels (files.ts).
    routes: [ROUTE, FILES_ROUTE],
    lookup: false,
    load: () => import("./mount.ts").then((module) => module.mountTeams(deps)),
    logger: deps.logger,
  });
}
