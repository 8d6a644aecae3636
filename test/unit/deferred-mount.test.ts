// The stand-in for a platform whose SDK loads after the server listens
// (adapters/deferred-mount.ts): requests that come first wait for one load,
// a failed load is tried again, and the delivery port claims a lookup only
// when the loaded one has it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { deferredMount } from "../../adapters/deferred-mount.ts";
import type { DeliveryTarget } from "../../src/delivery/port.ts";
import { silentLogger } from "../../src/log.ts";
import type { PlatformMount } from "../../src/platform.ts";

const ROUTE = "POST /x";
const target: DeliveryTarget = { platform: "slack", workspaceId: "T", conversationId: "C" };

function loaded(served: string[]): PlatformMount {
  return {
    name: "slack",
    routes: new Map([[ROUTE, async () => void served.push("served")]]),
    delivery: {
      platform: "slack",
      send: async () => ({ messageId: "1", conversationId: "C" }),
      findSent: async () => ({ messageId: "found", conversationId: "C" }),
    },
    summary: "loaded",
  };
}

/** A Slack stand-in over `load`, with a lookup. */
function slackStandIn(load: () => Promise<PlatformMount>): PlatformMount {
  return deferredMount({
    name: "slack",
    platform: "slack",
    summary: "Slack",
    routes: [ROUTE],
    lookup: true,
    load,
    logger: silentLogger,
  });
}

const request = {} as IncomingMessage;
const response = {} as ServerResponse;

describe("a deferred platform mount", () => {
  it("loads once for the requests that come before the load, and serves each", async () => {
    const served: string[] = [];
    let loads = 0;
    const mount = slackStandIn(async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return loaded(served);
    });
    const route = mount.routes.get(ROUTE);
    await Promise.all([route?.(request, response), route?.(request, response), route?.(request, response)]);
    expect(served).toEqual(["served", "served", "served"]);
    expect(loads).toBe(1);
    expect(await mount.delivery?.findSent?.(target, "k", new Date())).toEqual({
      messageId: "found",
      conversationId: "C",
    });
  });

  it("tries a failed load again on the next request", async () => {
    const served: string[] = [];
    let loads = 0;
    const mount = slackStandIn(async () => {
      loads += 1;
      if (loads === 1) throw new Error("not yet");
      return loaded(served);
    });
    const route = mount.routes.get(ROUTE);
    await expect(route?.(request, response)).rejects.toThrow("not yet");
    await route?.(request, response);
    expect(served).toEqual(["served"]);
  });

  it("has no lookup when the loaded port has none, so a send in doubt is reported, not resent", () => {
    const mount = deferredMount({
      name: "teams",
      platform: "teams",
      summary: "Teams",
      routes: [ROUTE],
      lookup: false,
      load: async () => loaded([]),
      logger: silentLogger,
    });
    expect(mount.delivery?.findSent).toBeUndefined();
  });
});
