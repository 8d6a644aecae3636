// The slash command's ack budget. A command answered within it leaves no
// timer behind: a pending budget timer holds the request (its replies, its
// rendered blocks) for the whole 2.5 s, and under load that is thousands of
// answered requests kept alive and promoted to the old generation, the
// server's memory and garbage collection growing with the request rate. A
// command not answered within it is acked empty when the budget runs out, and
// answered through response_url.
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

describe("Slack: a command not answered within the ack budget", () => {
  it("is acked empty when the budget runs out, and answered through response_url", async () => {
    // The answer is held until the ack is in: an ack that waited for it would never come.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await startSlackHarness({
      now: new Date("2016-11-21T08:00:00Z"),
      ackBudgetMs: 100,
      core: (core) => ({
        ...core,
        handle: async (request) => {
          await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 5000))]);
          return core.handle(request);
        },
      }),
    });
    try {
      const responseUrl = slow.responseUrl();
      const started = performance.now();
      const response = await slow.post(
        slashCommand(SECRET, { text: "status Lao PDR", userId: USERS.coordinator, responseUrl }),
      );
      const ackedAfter = performance.now() - started;
      release();
      expect(response.status).toBe(200);
      expect(response.body).toBe("");
      expect(ackedAfter).toBeLessThan(4000);
      const [answer] = await slow.api.waitFor("response_url");
      expect(answer?.path).toBe(new URL(responseUrl).pathname);
      expect(JSON.stringify(answer?.body)).toMatch(/Country coalition: Lao PDR/);
    } finally {
      await slow.close();
    }
  });
});
