// `npm run reported -- --speaker "<delegation or person>"`: reads first-person
// sentences on stdin, one a line, and prints one minutes sentence a line in
// reported speech ("Norway informed the meeting that it would ..."). Scripts
// outside the repo rely on the shape: line N of the output answers line N of
// the input, an empty input line gives an empty output line, and nothing else
// goes to stdout. The speaker is looked up in the records at DATABASE_URL
// ("Sheila Mweemba" is "the ISU-CCM Director", "she"); when they cannot be
// read, a line on stderr says so and the name is read as typed.
// Exit 2 (with the usage on stderr) when --speaker is missing.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { systemClock } from "../src/clock.ts";
import { speakerOnRecord } from "../src/core/speaker-on-record.ts";
import { createLogger } from "../src/log.ts";
import { reportSpeech } from "../src/minutes/reported-speech.ts";
import type { Speaker } from "../src/minutes/speech/speaker.ts";
import { prepareStore } from "../src/prepare-store.ts";
import { databaseUrl } from "../src/store/database-url.ts";
import { loadDirectory } from "../src/store/directory.ts";

const USAGE = 'Usage: npm run reported -- --speaker "<delegation or person>" < sentences.txt';

function speakerArgument(): string | undefined {
  try {
    const { values } = parseArgs({ options: { speaker: { type: "string" } }, allowPositionals: false });
    return values.speaker?.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function recordedSpeaker(typed: string): Promise<Speaker | string> {
  try {
    const store = await prepareStore(databaseUrl(), systemClock, createLogger("warn"));
    try {
      return speakerOnRecord(await loadDirectory(store.db), typed);
    } finally {
      await store.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`The records could not be read (${reason}); "${typed}" is reported as typed.`);
    return typed;
  }
}

async function main(): Promise<number> {
  const typed = speakerArgument();
  if (!typed) {
    console.error(`--speaker is required.\n${USAGE}`);
    return 2;
  }
  const speaker = await recordedSpeaker(typed);
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    process.stdout.write(`${line.trim() ? reportSpeech(speaker, line) : ""}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
