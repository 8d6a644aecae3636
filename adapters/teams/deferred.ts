// Teams is always on, but botbuilder takes most of a second to load, and
// loading holds the event loop. The server listens without it and loads it
// a moment later (start), so /healthz and the first requests answer at once;
// a Teams activity or a scheduled Teams delivery that comes first starts the
// load and waits for it instead of failing. The configuration was checked
// at start (src/config.ts), so the load has nothing left to refuse.
//
// The port stands in for the loaded one, so it must not claim more than that
// one can do: Teams cannot look a message up by key (adapters/teams/delivery.ts
// has no findSent), and a findSent here would answer "not found" for every
// send in doubt, so the worker would send it again instead of reporting it
// as possibly sent.
import type { RouteHandler } from "../../src/http/server.ts";
import { FILES_ROUTE } from "../../src/http/shared-files.ts";
import type { AdapterDeps, PlatformMount } from "../../src/platform.ts";
import { ROUTE, teamsSummary } from "./summary.ts";

/** How long after the server listens botbuilder is loaded, unless Teams asks first. */
const LOAD_AFTER_MS = 1000;

export function deferredTeams(deps: AdapterDeps): PlatformMount {
  let loading: Promise<PlatformMount> | null = null;
  let later: NodeJS.Timeout | undefined;
  const load = (): Promise<PlatformMount> => {
    loading ??= import("./mount.ts").then((module) => module.mountTeams(deps));
    return loading;
  };
  const forward =
    (key: string): RouteHandler =>
    async (request, response) => {
      const route = (await load()).routes.get(key);
      if (!route) throw new Error(`the Teams mount has no ${key} route`);
      await route(request, response);
    };
  return {
    name: "teams",
    // The messages route, and the download links of files the bot offers in channels (files.ts).
    routes: new Map([ROUTE, FILES_ROUTE].map((key) => [key, forward(key)])),
    delivery: {
      platform: "teams",
      send: async (target, reply, key) => {
        const port = (await load()).delivery;
        if (!port) throw new Error("the Teams mount has no delivery port");
        return port.send(target, reply, key);
      },
    },
    summary: teamsSummary(deps.config),
    async start() {
      later = setTimeout(() => {
        load().catch((error: unknown) => deps.logger.error({ err: error }, "Teams could not be loaded"));
      }, LOAD_AFTER_MS);
      later.unref();
    },
    async stop() {
      if (later) clearTimeout(later);
      if (loading) await (await loading.catch(() => null))?.stop?.();
    },
  };
}
