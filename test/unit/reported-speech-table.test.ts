// The reported-speech table of test/fixtures/reported-speech-table.json:
// sentences in the committee's style, each with the speaker as a user types
// it (a delegation, a person by name or office, a group) and the minutes
// sentence it must become. The speaker is found in the seed's records, as
// the CLI and the chat command find it. Prints the pass count of each group.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { speakerOnRecord } from "../../src/core/speaker-on-record.ts";
import { reportSpeech } from "../../src/minutes/reported-speech.ts";
import { seedDirectory } from "../fixtures/seed-directory.ts";

type Row = { group: "delegation" | "every kind"; speaker: string; input: string; expected: string };

const TABLE: Row[] = JSON.parse(
  readFileSync(new URL("../fixtures/reported-speech-table.json", import.meta.url), "utf8"),
);
const DIR = seedDirectory();
const passed = new Map<string, number>();

describe("reported-speech table", () => {
  it("holds at least 40 delegation rows and 20 of every kind of speaker", () => {
    expect(TABLE.filter((row) => row.group === "delegation").length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter((row) => row.group === "every kind").length).toBeGreaterThanOrEqual(20);
  });

  it.each(TABLE)("$speaker: $input", (row) => {
    const out = reportSpeech(speakerOnRecord(DIR, row.speaker), row.input);
    expect(out).toBe(row.expected);
    passed.set(row.group, (passed.get(row.group) ?? 0) + 1);
  });

  afterAll(() => {
    for (const group of ["delegation", "every kind"]) {
      const total = TABLE.filter((row) => row.group === group).length;
      console.info(`reported speech, ${group}: ${passed.get(group) ?? 0}/${total}`);
    }
  });
});
