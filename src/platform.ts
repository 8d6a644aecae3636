// What a platform adapter gives the process when it is switched on: the HTTP
// routes it serves on the shared server, its delivery port, and its lifecycle.
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Core } from "./core/core.ts";
import type { DeliveryPort } from "./delivery/port.ts";
import type { RouteHandler } from "./http/server.ts";
import type { Logger } from "./log.ts";
import type { Db } from "./store/open.ts";

export interface AdapterDeps {
  core: Core;
  db: Db;
  clock: Clock;
  logger: Logger;
  config: Config;
}

export interface PlatformMount {
  name: "slack" | "teams";
  /** Keyed like "POST /slack/events". */
  routes: Map<string, RouteHandler>;
  delivery?: DeliveryPort;
  /** One phrase for the start-up line, e.g. "Slack (HTTP at /slack/events)". */
  summary: string;
  /** Connects what needs connecting after the server listens (Socket Mode). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
