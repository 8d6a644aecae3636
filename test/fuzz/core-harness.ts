// The whole core on a temporary SQLite file seeded with the committee of
// 4 November 2016, its clock on 21 November 2016, and a logger that keeps
// every "request failed" so a fault counts as a crash with its stack.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest, RequestKind, Speaker } from "../../src/core/request.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { Db, OpenedStore } from "../../src/store/open.ts";
import { failure, type Tally } from "./figures.ts";
import { renderBoth } from "./injection.ts";

export const NOW = new Date("2016-11-21T08:00:00Z");

/** Who speaks: the secretariat and the Presidency may record everything, a coordinator some, an observer little. */
export const SPEAKERS = {
  secretariat: "Sheila Mweemba",
  president: "Michael Biontino",
  coordinator: "Malgorzata Hauge",
  observer: "Amélie Chayer",
} as const;
export type SpeakerRole = keyof typeof SPEAKERS | "stranger";

const STRANGER: Speaker = { kind: "chat", platform: "slack", workspaceId: "T9", userId: "U404" };
const FAULT = /Something went wrong on my side/;

export interface FuzzCore {
  db: Db;
  core: Core;
  /** Faults the core logged since the last call. */
  takeFaults(): string[];
  request(
    role: SpeakerRole,
    kind: RequestKind,
    text: string,
    extra?: Partial<ChatRequest>,
  ): Promise<ChatRequest>;
  personId(role: keyof typeof SPEAKERS): number;
  close(): Promise<void>;
}

export async function openFuzzCore(): Promise<FuzzCore> {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-fuzz-"));
  const clock = manualClock(NOW);
  const faults: string[] = [];
  const logger = pino(
    { level: "error" },
    {
      write: (line: string) => {
        faults.push(line);
      },
    },
  );
  const store: OpenedStore = await prepareStore(`file:${dir}/fuzz.db`, clock, logger);
  const ids = new Map<string, number>();
  for (const name of Object.values(SPEAKERS)) {
    const person = await store.db.person.findFirst({ where: { name } });
    if (!person) throw new Error(`no person named ${name} in the seed`);
    ids.set(name, person.id);
  }
  const core = createCore({ db: store.db, clock, logger });
  const personId = (role: keyof typeof SPEAKERS) => ids.get(SPEAKERS[role]) as number;
  return {
    db: store.db,
    core,
    takeFaults: () => faults.splice(0),
    personId,
    async request(role, kind, text, extra = {}) {
      const speaker: Speaker = role === "stranger" ? STRANGER : { kind: "person", personId: personId(role) };
      return {
        speaker,
        conversation: { platform: "console", id: "console:fuzz", kind: "dm" },
        kind,
        text,
        ...extra,
      };
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends one request and checks what came back: at least one reply, each with
 * text and a visibility, no fault (a crash), and nothing either renderer lets
 * through (an injection). Returns the replies for further checks.
 */
export async function sendAndCheck(
  fuzz: FuzzCore,
  t: Tally,
  request: ChatRequest,
  label: string,
): Promise<Reply[]> {
  t.tried += 1;
  let replies: Reply[];
  try {
    replies = await fuzz.core.handle(request);
  } catch (error) {
    failure(t, "crash", label, `core.handle threw ${String(error)}`);
    return [];
  }
  const faults = fuzz.takeFaults();
  if (faults.length > 0) failure(t, "crash", label, `logged fault ${faults[0]?.slice(0, 600)}`);
  if (!Array.isArray(replies) || replies.length === 0) failure(t, "crash", label, "no reply");
  for (const reply of replies) {
    if (!reply.text?.trim()) failure(t, "crash", label, "empty reply text");
    if (reply.visibility !== "public" && reply.visibility !== "private")
      failure(t, "crash", label, "bad visibility");
    if (FAULT.test(reply.text) && faults.length === 0) failure(t, "crash", label, reply.text);
    checkRendering(t, reply, label);
  }
  return replies;
}

/** Renders one reply for Slack and Teams; a renderer that throws is a crash, a finding an injection. */
export function checkRendering(t: Tally, reply: Reply, label: string): void {
  try {
    const rendered = renderBoth(reply);
    for (const injection of rendered.injections) failure(t, "injection", label, injection);
    if (rendered.slackBidi > 0) t.extra["slack-bidi"] = (t.extra["slack-bidi"] ?? 0) + 1;
  } catch (error) {
    failure(t, "crash", label, `renderer threw ${String(error)}`);
  }
}
