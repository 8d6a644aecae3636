// Fuzz: the intent layer on hostile messages. On its own (understand() over the
// seeded committee's directory, with and without a previous turn to lean on)
// it never throws and always names an intent; through the core, conversations
// of hostile mentions and messages (follow-ups included, and replies in a
// direct-message thread) always get replies that render safely.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingSummary } from "../../src/core/intents/meeting-refs.ts";
import type { Turn } from "../../src/core/intents/memory.ts";
import { cleanMessage, foldMessage } from "../../src/core/intents/normalize.ts";
import { pickChoice, understand, type World } from "../../src/core/intents/understand.ts";
import { LIMITS } from "../../src/core/limits.ts";
import type { RequestKind } from "../../src/core/request.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { hostileInput, hostileText, hugePaste, SEED_WORDS } from "./arbitraries.ts";
import { type FuzzCore, NOW, openFuzzCore, type SpeakerRole, sendAndCheck } from "./core-harness.ts";
import { count, failure, failures, fuzzParams, report, tally } from "./figures.ts";

const t = tally("intents");
let fuzz: FuzzCore;
let world: World;

beforeAll(async () => {
  fuzz = await openFuzzCore();
  const meetings: MeetingSummary[] = await fuzz.db.meeting.findMany({
    select: { id: true, startsAt: true, endsAt: true, timeKnown: true, timeZone: true, status: true },
    orderBy: { startsAt: "asc" },
  });
  world = { dir: await loadDirectory(fuzz.db), meetings, now: NOW };
});
afterAll(async () => {
  report(t);
  await fuzz?.close();
});

/** A previous turn that names real records and lists real action items, or none. */
function previousTurn(pick: number): Turn | undefined {
  if (pick % 3 === 0) return undefined;
  const { dir } = world;
  return {
    intent: pick % 2 ? "coalition.status" : "actions.list",
    delegationIds: dir.delegations.slice(0, pick % 4).map((d) => d.id),
    areaIds: dir.areas.slice(0, pick % 3).map((a) => a.id),
    coalitionIds: dir.coalitions.slice(0, 1).map((c) => c.id),
    personIds: dir.persons.slice(0, pick % 2).map((p) => p.id),
    meetingId: world.meetings[0]?.id,
    listed: [1, 2, 3].slice(0, pick % 4),
    ...(pick % 5 === 0
      ? { choices: [{ label: "Costa Rica", value: "status Costa Rica", keys: ["costa rica", "maricela"] }] }
      : {}),
  };
}

/** understand() and its helpers on one message, as respond() calls them. */
function understandChecked(text: string, pick: number): boolean {
  t.tried += 1;
  try {
    const cleaned = cleanMessage(text);
    foldMessage(text);
    if (cleaned.length > LIMITS.message) {
      count(t, "over the limit");
      return true;
    }
    const previous = previousTurn(pick);
    if (previous?.choices) pickChoice(cleaned, previous.choices);
    const understanding = understand(world, cleaned, previous);
    if (typeof understanding.intent !== "string" || typeof understanding.folded !== "string") {
      failure(t, "crash", text, `no intent: ${JSON.stringify(understanding).slice(0, 200)}`);
      return false;
    }
    if (understanding.intent === "unknown") count(t, "unknown");
    return true;
  } catch (error) {
    failure(t, "crash", text, `threw ${String(error)}`);
    return false;
  }
}

const seedWords = fc.array(fc.constantFrom(...SEED_WORDS), { minLength: 1, maxLength: 4 });
const question = fc
  .tuple(seedWords, hostileText(4), fc.constantFrom("?", "", " ?", "?\u200B"))
  .map(([words, noise, end]) => `${words.join(" ")} ${noise}${end}`);
const message = fc.oneof({ weight: 3, arbitrary: question }, { weight: 3, arbitrary: hostileInput });

describe("fuzz: intent layer", () => {
  it("understands any hostile message, with or without a previous turn, never throwing", () => {
    fc.assert(
      fc.property(message, fc.nat(), (text, pick) => understandChecked(text, pick)),
      fuzzParams(600),
    );
  }, 60_000);

  it("answers hostile conversations (follow-ups and thread replies) through the core", async () => {
    const role = fc.constantFrom<SpeakerRole>("secretariat", "coordinator", "observer");
    const turn = fc.tuple(fc.constantFrom<RequestKind>("message", "mention"), message);
    await fc.assert(
      fc.asyncProperty(
        role,
        fc.array(turn, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (who, turns, thread) => {
          const before = failures(t);
          for (const [kind, text] of turns) {
            const request = await fuzz.request(who, kind, text, {
              conversation: {
                platform: "console",
                id: `console:fuzz-${who}`,
                kind: "dm",
                ...(thread ? { threadId: "1.0" } : {}),
              },
            });
            await sendAndCheck(fuzz, t, request, `${who} ${kind}${thread ? " in thread" : ""}: ${text}`);
          }
          return failures(t) === before;
        },
      ),
      fuzzParams(80),
    );
  }, 60_000);

  it("refuses 100 KB messages with the limit, in a thread or not", async () => {
    for (const [index, text] of fc.sample(hugePaste(), { seed: 7, numRuns: 4 }).entries()) {
      const request = await fuzz.request("coordinator", "message", text, {
        conversation: {
          platform: "console",
          id: "console:fuzz",
          kind: "dm",
          ...(index % 2 ? { threadId: "1.0" } : {}),
        },
      });
      const replies = await sendAndCheck(fuzz, t, request, text);
      expect(replies[0]?.text).toMatch(
        /^That message is [\d,]+ characters long; the limit is (?:4,000|8,000)\. Shorten it or split it\.$/,
      );
    }
    expect(t.crashes).toBe(0);
    expect(t.injections).toBe(0);
  });
});
