// Fuzz: the whole core (createCore on a seeded SQLite file) on hostile text
// typed as a command, a mention or a message, by the secretariat, the
// Presidency, a coordinator, an observer and an unregistered account. Every
// request gets replies, none is a fault, every reply renders safely for Slack
// and Teams, and oversized text is refused with the limit.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestKind } from "../../src/core/request.ts";
import { hostileCommand, hostileInput, hugePaste } from "./arbitraries.ts";
import { type FuzzCore, openFuzzCore, type SpeakerRole, sendAndCheck } from "./core-harness.ts";
import { failure, fuzzParams, report, tally } from "./figures.ts";

const t = tally("core");
let fuzz: FuzzCore;

beforeAll(async () => {
  fuzz = await openFuzzCore();
});
afterAll(async () => {
  report(t);
  await fuzz?.close();
});

const role = fc.constantFrom<SpeakerRole>(
  "secretariat",
  "secretariat",
  "president",
  "coordinator",
  "coordinator",
  "observer",
  "stranger",
);
const kind = fc.constantFrom<RequestKind>("command", "command", "mention", "message");
const TEXT_LIMIT = 4000;

async function oneRequest(who: SpeakerRole, as: RequestKind, text: string): Promise<boolean> {
  const before = t.crashes + t.injections;
  const label = `${who} ${as}: ${text}`;
  const replies = await sendAndCheck(fuzz, t, await fuzz.request(who, as, text), label);
  if (text.length > TEXT_LIMIT && who !== "stranger") {
    const limited = replies.some((reply) => /the limit is 4,000/.test(reply.text));
    if (!limited)
      failure(t, "crash", label, `oversized text not refused with the limit: ${replies[0]?.text}`);
    else t.extra["limit refusals"] = (t.extra["limit refusals"] ?? 0) + 1;
  }
  return t.crashes + t.injections === before;
}

describe("fuzz: the whole core", () => {
  it("answers hostile text from anyone, as command, mention or message", async () => {
    await fc.assert(
      fc.asyncProperty(role, kind, hostileInput, (who, as, text) => oneRequest(who, as, text)),
      fuzzParams(200),
    );
  }, 60_000);

  it("answers hostile arguments after real command words, as the secretariat", async () => {
    await fc.assert(
      fc.asyncProperty(kind, hostileCommand, (as, text) => oneRequest("secretariat", as, text)),
      fuzzParams(150),
    );
  }, 60_000);

  it("refuses 100 KB pastes with the limit, whatever the kind", async () => {
    await fc.assert(
      fc.asyncProperty(role, kind, hugePaste(), (who, as, text) => oneRequest(who, as, text)),
      fuzzParams(20),
    );
  });

  it("keeps the regression examples", async () => {
    const examples: [SpeakerRole, RequestKind, string][] = [
      ["secretariat", "command", "action add <!channel> review @here owner Norway due next meeting"],
      ["secretariat", "command", "note 5.4 <@U123> said '; DROP TABLE MeetingNote; --"],
      ["secretariat", "command", "decision 3 [x](javascript:alert(1)) <at>Hauge</at>"],
      ["secretariat", "command", "agenda add <script>alert(1)</script> after 5.4"],
      ["coordinator", "command", "update clearance: \u202Edesserpmi\u202C \uD83D and \u200B@channel"],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
      ["coordinator", "message", "where are we with <#C1|x> ${process.exit(1)}?"],
      ["observer", "mention", "\u0000\u0007\u001B[31m"],
      ["secretariat", "command", `status ${"\u200B".repeat(5000)}`],
      ["secretariat", "message", "x".repeat(102_400)],
    ];
    for (const [who, as, text] of examples)
      expect(await oneRequest(who, as, text), text.slice(0, 80)).toBe(true);
    expect(t.crashes).toBe(0);
    expect(t.injections).toBe(0);
  });
});
