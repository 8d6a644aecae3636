// A slash command answered within its ack budget leaves no timer behind. A
// pending budget timer holds the request (its replies, its rendered blocks)
// for the whole 2.5 s: under load that is thousands of answered requests
// kept alive and promoted to the old generation, the server's memory and
// garbage collection growing with the request rate.
import { createHook } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommand } from "../fixtures/slack-requests.ts";
import { SECRET, type SlackHarness, startSlackHarness, USERS } from "./slack-harness.ts";

/** The listener's default budget before it acks empty and answers through response_url. */
const ACK_BUDGET_MS = 2500;

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ now: new Date("2016-11-21T08:00:00Z") });
});
afterAll(async () => {
  await h.close();
});

describe("Slack: the ack budget's timer", () => {
  it("is cleared as soon as the answer is in", async () => {
    const pending = new Set<number>();
    const hook = createHook({
      init(id, type, _trigger, resource) {
        if (type === "Timeout" && (resource as { _idleTimeout?: number })._idleTimeout === ACK_BUDGET_MS)
          pending.add(id);
      },
      destroy(id) {
        pending.delete(id);
      },
    }).enable();
    try {
      for (const text of ["status Lao PDR", "help", "actions overdue"]) {
        const response = await h.post(
          slashCommand(SECRET, { text, userId: USERS.coordinator, responseUrl: h.responseUrl() }),
        );
        expect(response.status).toBe(200);
        expect(response.body).not.toBe("");
      }
      // destroy hooks run on a later tick than clearTimeout
      await new Promise((resolve) => setImmediate(resolve));
      expect(pending.size).toBe(0);
    } finally {
      hook.disable();
    }
  });
});
