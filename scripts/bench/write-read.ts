// Write then read, in process through the core: a coordinator records an
// action item for her delegation and at once asks about it ("is A-n done?"),
// which must show it open; then marks it done and asks again, which must show
// it done. (A listing would do on a small committee, but on the large one
// "actions mine" names only its first 40 items.) Each pair (write, then the read that must see it) is timed
// as one; a read that misses the write fails the part, since a fast answer
// from a stale read is no answer.
import type { Core } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { type RunPlan, timeRuns } from "./measure.ts";

/** What the speaker's delegation is, so the item is hers: "owner Norway" for Hauge. */
const OWNER = "Norway";
const READ = (id: string) => `is ${id} done?`;

async function say(
  core: Core,
  personId: number,
  text: string,
  kind: "command" | "message" = "command",
): Promise<string> {
  const replies: Reply[] = await core.handle({
    speaker: { kind: "person", personId },
    conversation: { platform: "console", id: "console:bench-write", kind: "dm" },
    kind,
    text,
  });
  return replies.map((reply) => renderPlainText(reply)).join("\n");
}

/** Does the answer about item `id` say it is open, or done? */
function shows(answer: string, id: string, status: "open" | "done"): boolean {
  return new RegExp(`^${id} is owned by [^;]+; ${status}\\b`).test(answer);
}

/**
 * Milliseconds of each write-then-read pair: `plan.iterations` items are
 * added and closed again, two timed pairs each (so the listing keeps its size).
 */
export async function timeWriteThenRead(core: Core, personId: number, plan: RunPlan): Promise<number[]> {
  let serial = 0;
  const pairs: number[] = [];
  let timing = false;
  const cycle = async () => {
    serial += 1;
    const text = `Bench write-then-read check ${serial}`;
    let started = performance.now();
    const added = await say(core, personId, `action add ${text} owner ${OWNER}`);
    const id = /Recorded (A-\d+)/.exec(added)?.[1];
    if (!id) throw new Error(`write then read: "action add" did not record: ${added.slice(0, 200)}`);
    const after = await say(core, personId, READ(id), "message");
    if (timing) pairs.push(performance.now() - started);
    if (!shows(after, id, "open"))
      throw new Error(
        `write then read: "${READ(id)}" right after recording ${id} does not show it open: ${after.slice(0, 120)}`,
      );

    started = performance.now();
    const done = await say(core, personId, `action done ${id}`);
    const closed = await say(core, personId, READ(id), "message");
    if (timing) pairs.push(performance.now() - started);
    if (!shows(closed, id, "done"))
      throw new Error(
        `write then read: "${READ(id)}" right after "action done ${id}" does not show it done (${done.slice(0, 120)})`,
      );
  };
  for (let i = 0; i < plan.warmup; i++) await cycle();
  timing = true;
  await timeRuns(cycle, { ...plan, warmup: 0 });
  return pairs;
}
