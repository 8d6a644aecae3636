// The console CLI as scripts use it: a child process fed lines on stdin, with
// `--json` promising exactly one JSON line per non-empty input line on stdout.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { runScript, type ScriptRun } from "../fixtures/run-script.ts";

function runChat(args: string[], stdin: string, databaseUrl: string): Promise<ScriptRun> {
  // LOG_LEVEL unset: the console must keep stdout clean on its own.
  return runScript("adapters/console/cli.ts", args, stdin, {
    DATABASE_URL: databaseUrl,
    RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
    LOG_LEVEL: undefined,
  });
}

describe("console CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-console-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers one JSON line per non-empty input line and prints nothing else", {
    timeout: 60_000,
  }, async () => {
    const lines = ["help", "meeting next", "", "frobnicate"];
    const run = await runChat(
      ["--as", "Norway", "--json"],
      `${lines.join("\n")}\n`,
      await tempDatabaseUrl(dir, "c"),
    );
    expect(run.code, run.stderr).toBe(0);

    const out = run.stdout.split("\n");
    expect(out.at(-1)).toBe("");
    const records = out.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(3);
    expect(records.map((record) => record.input)).toEqual(["help", "meeting next", "frobnicate"]);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(["input", "replies"]);
      const replies = record.replies as { visibility: unknown; text: unknown }[];
      expect(Array.isArray(replies)).toBe(true);
      for (const reply of replies) {
        expect(Object.keys(reply).sort()).toEqual(["text", "visibility"]);
        expect(["public", "private"]).toContain(reply.visibility);
        expect(typeof reply.text).toBe("string");
        expect((reply.text as string).trim()).not.toBe("");
      }
    }
    const meetingReplies = (records[1]?.replies ?? []) as { text: string }[];
    const meeting = meetingReplies.map((reply) => reply.text).join("\n");
    expect(meeting).toContain("7 December 2016");
  });

  it("refuses an unknown --as with exit 2 and a list of candidates, no stack trace", {
    timeout: 60_000,
  }, async () => {
    const run = await runChat(["--as", "Nobody", "--json"], "help\n", await tempDatabaseUrl(dir, "n"));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('"Nobody"');
    expect(run.stderr).toContain("Norway");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
