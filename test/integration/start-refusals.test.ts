// `npm start` (the compiled src/main.ts) refuses to start, with exit 2 and one line on
// stderr, on a malformed or half-given secret (naming the variable, never
// its value) and on a database migrated by a newer Rapporteur.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { runServer, type ScriptRun } from "../fixtures/run-script.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-refusals-"));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<ScriptRun> {
  return runServer([], "", { PORT: "0", DATABASE_URL: `file:${dir}/unused.db`, ...env });
}

function oneLine(run: ScriptRun): string {
  expect(run.code).toBe(2);
  const lines = run.stderr.trim().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0] ?? "";
}

describe("npm start refuses", () => {
  it("a malformed secret, a half-configured platform, a database ahead of the code", async () => {
    const ahead = `file:${dir}/ahead.db`;
    const store = await openStore(ahead);
    await store.close();
    const raw = new Database(store.file);
    raw
      .prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('f', ?, '29990101000000_future', ?, ?, 1)`,
      )
      .run("0".repeat(64), new Date().toISOString(), new Date().toISOString());
    raw.close();

    const [token, half, newer] = await Promise.all([
      start({
        SLACK_BOT_TOKEN: "xoxp-SECRET-user-token-1",
        SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
      }),
      start({ MICROSOFT_APP_PASSWORD: "SECRET~only-the-password", MICROSOFT_APP_ID: "" }),
      start({ DATABASE_URL: ahead }),
    ]);
    const tokenLine = oneLine(token);
    expect(tokenLine).toMatch(
      /^Invalid configuration: SLACK_BOT_TOKEN must be the bot token starting with "xoxb-"/,
    );
    expect(tokenLine).not.toContain("SECRET");
    const halfLine = oneLine(half);
    expect(halfLine).toBe(
      "Invalid configuration: MICROSOFT_APP_ID is required when MICROSOFT_APP_PASSWORD is set",
    );
    expect(oneLine(newer)).toMatch(
      /^The database has migrations this code does not know \(29990101000000_future\): it was written by a newer Rapporteur\./,
    );
  }, 60_000);
});
