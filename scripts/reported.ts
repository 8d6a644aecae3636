// `npm run reported -- --speaker "<delegation>"`: reads first-person sentences
// on stdin, one a line, and prints one minutes sentence a line in reported
// speech ("Norway informed the meeting that it would ..."). Scripts outside the
// repo rely on the shape: line N of the output answers line N of the input, an
// empty input line gives an empty output line, and nothing else goes to stdout.
// Exit 2 (with the usage on stderr) when --speaker is missing.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { reportSpeech } from "../src/minutes/reported-speech.ts";

const USAGE = 'Usage: npm run reported -- --speaker "<delegation or person>" < sentences.txt';

function speakerArgument(): string | undefined {
  try {
    const { values } = parseArgs({ options: { speaker: { type: "string" } }, allowPositionals: false });
    return values.speaker?.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const speaker = speakerArgument();
  if (!speaker) {
    console.error(`--speaker is required.\n${USAGE}`);
    return 2;
  }
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
