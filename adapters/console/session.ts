// The console adapter proper: each input line becomes a ChatRequest from one
// person in a local DM, answered in order. Three shapes of output:
//   interactive  prompt, welcome, plain-text replies (private ones marked);
//   piped        the same replies, no prompt or welcome;
//   json         exactly one JSON line per non-empty input line, nothing else
//                (scripts outside the repo parse it: keep the contract).
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ChatRequest } from "../../src/core/request.ts";
import type { Logger } from "../../src/log.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import type { Db } from "../../src/store/open.ts";
import { speakerFor } from "./speaker.ts";

export const CONSOLE_CONVERSATION = { platform: "console", id: "console:local", kind: "dm" } as const;
export const PRIVATE_MARKER = "(only you can see this)";

export interface ConsoleChatOptions {
  core: Core;
  personId: number;
  /** How the prompt and welcome name the speaker; looked up in `db` when absent. */
  who?: { name: string; delegation: string; label: string };
  db?: Db;
  input: Readable;
  output: Writable;
  /** One JSON line per message on `output`, nothing else. */
  json?: boolean;
  /** Prompt and welcome; defaults to whether `input` is a TTY. Ignored with `json`. */
  interactive?: boolean;
  logger?: Logger;
}

export interface JsonLine {
  input: string;
  replies: { visibility: Reply["visibility"]; text: string }[];
}

const FAULT: Reply = {
  visibility: "private",
  text: "Something went wrong on my side and nothing was changed. The details are in the log.",
};

export function requestFor(personId: number, text: string): ChatRequest {
  return {
    speaker: { kind: "person", personId },
    conversation: { ...CONSOLE_CONVERSATION },
    kind: "message",
    text,
  };
}

/** Replies as the console prints them: blank line between replies, private ones marked. */
export function formatReplies(replies: readonly Reply[]): string {
  return replies
    .map((reply) => {
      const text = renderPlainText(reply);
      return reply.visibility === "private" ? `${PRIVATE_MARKER}\n${text}` : text;
    })
    .join("\n\n");
}

export function jsonLine(input: string, replies: readonly Reply[]): string {
  const line: JsonLine = {
    input,
    replies: replies.map((reply) => ({ visibility: reply.visibility, text: renderPlainText(reply) })),
  };
  return JSON.stringify(line);
}

/** Writes, waiting for the stream to drain when it asks to (a slow pipe reader). */
async function write(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, "drain");
}

/** Reads `input` to its end, answering each line in order; resolves with the number of messages sent. */
export async function startConsoleChat(options: ConsoleChatOptions): Promise<{ messages: number }> {
  const { core, personId, input, output, logger } = options;
  const json = options.json ?? false;
  const interactive = !json && (options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY));
  let who = options.who;
  if (!who && options.db) {
    const found = await speakerFor(options.db, personId);
    if (found.ok) who = found;
  }
  const prompt = who ? `ccm (${who.name}, ${who.delegation})> ` : "ccm> ";

  // Only the interactive shape lets readline touch `output` (prompt, echo, line editing).
  const rl = interactive
    ? createInterface({ input, output, prompt, terminal: true, historySize: 200 })
    : createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  if (interactive) {
    rl.on("SIGINT", () => rl.close());
    const speaker = who ? `You speak as ${who.label}` : `You speak as person ${personId}`;
    await write(output, `${speaker}. Type "help" to list commands; Ctrl-D exits.\n`);
    rl.prompt();
  }

  let messages = 0;
  for await (const line of rl) {
    if (line.trim() === "") {
      if (interactive) rl.prompt();
      continue;
    }
    messages += 1;
    let replies: Reply[];
    try {
      replies = await core.handle(requestFor(personId, line.trim()));
    } catch (error) {
      // The core turns its own faults into replies; this is the adapter's safety net.
      logger?.error({ err: error }, "console request failed");
      replies = [FAULT];
    }
    if (json) {
      await write(output, `${jsonLine(line, replies)}\n`);
    } else {
      await write(output, `${formatReplies(replies)}\n\n`);
      if (interactive) rl.prompt();
    }
  }
  if (interactive) await write(output, "\n");
  return { messages };
}
