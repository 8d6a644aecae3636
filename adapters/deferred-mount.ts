// A platform whose SDK is loaded a moment after the server listens. Bolt and
// botbuilder each take a few hundred milliseconds to load and hold the event
// loop while they do; the server listens without them, so /healthz and the
// first requests answer at once. A request or a scheduled delivery that comes
// before the load starts it and waits for it instead of failing. The
// configuration was checked at start (src/config.ts), so the load has nothing
// left to refuse.
//
// The stand-in must not claim more than the loaded mount can do: a findSent
// here for a platform with no lookup would answer "not found" for every send
// in doubt, and the worker would send it again instead of reporting it as
// possibly sent. So the lookup is forwarded only when the caller says the
// loaded port has one.
import type { DeliveryPlatform, DeliveryPort } from "../src/delivery/port.ts";
import type { RouteHandler } from "../src/http/server.ts";
import type { Logger } from "../src/log.ts";
import type { PlatformMount } from "../src/platform.ts";

/** How long after the server listens the SDK is loaded, unless a request asks first. */
const LOAD_AFTER_MS = 1000;

export interface DeferredMount {
  name: PlatformMount["name"];
  platform: DeliveryPlatform;
  /** The start-up line's phrase, known without the SDK. */
  summary: string;
  /** The route keys the loaded mount serves, e.g. "POST /slack/events". */
  routes: readonly string[];
  /** Whether the loaded delivery port can look a message up by key. */
  lookup: boolean;
  load: () => Promise<PlatformMount>;
  logger: Logger;
}

export function deferredMount(options: DeferredMount): PlatformMount {
  let loading: Promise<PlatformMount> | null = null;
  let later: NodeJS.Timeout | undefined;
  const load = (): Promise<PlatformMount> => {
    if (!loading) {
      const started = options.load();
      loading = started;
      // a failed load is tried again by the next request rather than remembered
      started.catch(() => {
        if (loading === started) loading = null;
      });
    }
    return loading;
  };
  const port = async (): Promise<DeliveryPort> => {
    const loaded = (await load()).delivery;
    if (!loaded) throw new Error(`the ${options.name} mount has no delivery port`);
    return loaded;
  };
  const forward =
    (key: string): RouteHandler =>
    async (request, response) => {
      const route = (await load()).routes.get(key);
      if (!route) throw new Error(`the ${options.name} mount has no ${key} route`);
      await route(request, response);
    };
  const delivery: DeliveryPort = {
    platform: options.platform,
    send: async (target, reply, key) => (await port()).send(target, reply, key),
    ...(options.lookup
      ? {
          findSent: async (target, key, since) => {
            const loaded = await port();
            if (!loaded.findSent) throw new Error(`the ${options.name} delivery port has no lookup`);
            return loaded.findSent(target, key, since);
          },
        }
      : {}),
  };
  return {
    name: options.name,
    routes: new Map(options.routes.map((key) => [key, forward(key)])),
    delivery,
    summary: options.summary,
    async start() {
      later = setTimeout(() => {
        load().catch((error: unknown) =>
          options.logger.error({ err: error }, `${options.name} could not be loaded`),
        );
      }, LOAD_AFTER_MS);
      later.unref();
    },
    async stop() {
      if (later) clearTimeout(later);
      if (loading) await (await loading.catch(() => null))?.stop?.();
    },
  };
}
