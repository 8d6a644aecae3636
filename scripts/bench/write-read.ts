// Write then read, in process through the core: a coordinator records an
// action item for her delegation and at once lists her open items, which
// must show it; then marks it done and lists them again, which must no
// longer show it. Each pair (write, then the read that must see it) is timed
// as one; a read that misses the write fails the part, since a fast answer
// from a stale read is no answer.
import type { Core } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { type RunPlan, timeRuns } from "./measure.ts";

/** What the speaker's delegation is, so the item is hers: "owner Norway" for Hauge. */
const OWNER = "Norway";
const READ = "actions mine";

async function say(core: Core, personId: number, text: string): Promise<string> {
  const replies: Reply[] = await core.handle({
    speaker: { kind: "person", personId },
    conversation: { platform: "console", id: "console:bench-write", kind: "dm" },
    kind: "command",
    text,
  });
  return replies.map((reply) => renderPlainText(reply)).join("\n");
}

/** Does the listing show item `id` ("- A-12 text")? */
function lists(listing: string, id: string): boolean {
  return new RegExp(`^- ${id} `, "m").test(listing);
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
    const after = await say(core, personId, READ);
    if (timing) pairs.push(performance.now() - started);
    if (!lists(after, id))
      throw new Error(`write then read: "${READ}" right after recording ${id} does not show it`);

    started = performance.now();
    const done = await say(core, personId, `action done ${id}`);
    const closed = await say(core, personId, READ);
    if (timing) pairs.push(performance.now() - started);
    if (lists(closed, id))
      throw new Error(
        `write then read: "${READ}" right after "action done ${id}" still lists it (${done.slice(0, 120)})`,
      );
  };
  for (let i = 0; i < plan.warmup; i++) await cycle();
  timing = true;
  await timeRuns(cycle, { ...plan, warmup: 0 });
  return pairs;
}
