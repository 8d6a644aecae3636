// Where log lines go: JSON on stderr unless a person reads it, readable lines
// on a terminal, a file while the console chat shares the terminal; the
// secrets are scrubbed whatever the destination.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseLogDestination, createLogger, logFileFor, readableLine } from "../../src/log.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "rapporteur-logs-"));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("chooseLogDestination", () => {
  const logFile = "data/rapporteur.log";
  it("keeps JSON on stderr when stderr is not a terminal, console chat or not", () => {
    expect(chooseLogDestination({ stderrIsTerminal: false, consoleChat: false, logFile })).toEqual({
      kind: "json",
    });
    expect(chooseLogDestination({ stderrIsTerminal: false, consoleChat: true, logFile })).toEqual({
      kind: "json",
    });
  });
  it("writes readable lines to a terminal with no conversation on it", () => {
    expect(chooseLogDestination({ stderrIsTerminal: true, consoleChat: false, logFile })).toEqual({
      kind: "readable",
    });
  });
  it("sends the lines to the file while the console chat uses the terminal", () => {
    expect(chooseLogDestination({ stderrIsTerminal: true, consoleChat: true, logFile })).toEqual({
      kind: "file",
      file: logFile,
    });
  });
});

describe("logFileFor", () => {
  it("puts the log beside a SQLite database, under its name", () => {
    expect(logFileFor("file:./data/rapporteur.db")).toBe(join("data", "rapporteur.log"));
    expect(logFileFor("file:/srv/ccm/committee.db?connection_limit=1")).toBe("/srv/ccm/committee.log");
  });
  it("uses data/rapporteur.log for PostgreSQL and an in-memory database", () => {
    expect(logFileFor("postgresql://u:p@db:5432/rapporteur")).toBe(join("data", "rapporteur.log"));
    expect(logFileFor("file::memory:")).toBe(join("data", "rapporteur.log"));
  });
});

describe("readableLine", () => {
  it("shows time, level, message and fields, and an error's stack below", () => {
    const time = new Date(2016, 10, 21, 9, 5, 7, 42).getTime();
    const line = readableLine(
      `${JSON.stringify({
        level: 50,
        time,
        app: "rapporteur",
        err: { type: "Error", message: "boom", stack: "Error: boom\n    at here" },
        key: "overdue:a6",
        reason: "not linked",
        msg: "delivery failed",
      })}\n`,
    );
    expect(line).toBe(
      '09:05:07.042 ERROR delivery failed key=overdue:a6 reason="not linked"\n    Error: boom\n        at here\n',
    );
  });
  it("passes a line that is not JSON through", () => {
    expect(readableLine("not json")).toBe("not json\n");
  });
});

describe("createLogger", () => {
  const secret = "S3cret-value-for-the-log-test";
  it("appends scrubbed JSON lines to the file destination", () => {
    const file = join(dir, "nested", "file.log");
    const logger = createLogger("info", [secret], { kind: "file", file });
    logger.info({ token: "abc", note: `has ${secret}` }, `plain ${secret} and xoxb-123-abc`);
    logger.debug("below the level");
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(record).toMatchObject({
      level: 30,
      token: "[Redacted]",
      note: "has [Redacted]",
      msg: "plain [Redacted] and xoxb-[Redacted]",
    });
    expect(readFileSync(file, "utf8")).not.toContain(secret);
  });
});

/** Runs a logger with the default destination in a child process; `terminal` gives it a pseudo-terminal. */
function logInChild(terminal: boolean): string {
  const code = [
    `const { createLogger } = await import(${JSON.stringify(join(ROOT, "src", "log.ts"))});`,
    `const logger = createLogger("info", ["Pa55word-secret"]);`,
    `logger.warn({ count: 2, password: "x" }, "first Pa55word-secret line");`,
    `logger.info("second line");`,
  ].join(" ");
  const command = [process.execPath, "--import", "tsx", "--input-type=module", "-e", code];
  const run = terminal
    ? spawnSync(
        "script",
        ["-qec", command.map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(" "), "/dev/null"],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        },
      )
    : spawnSync(command[0] ?? "", command.slice(1), { cwd: ROOT, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return terminal ? run.stdout : run.stderr;
}

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("the default destination", () => {
  it("is exactly one JSON object a line when stderr is not a terminal", () => {
    const lines = logInChild(false).trim().split("\n");
    expect(lines).toHaveLength(2);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({
      level: 40,
      count: 2,
      password: "[Redacted]",
      msg: "first [Redacted] line",
    });
    expect(records[1]).toMatchObject({ level: 30, app: "rapporteur", msg: "second line" });
  });

  it.skipIf(!hasScript)("is readable lines, scrubbed, when stderr is a terminal", () => {
    const output = logInChild(true).replaceAll("\r", "");
    expect(output).not.toContain("{");
    expect(output).not.toContain("Pa55word-secret");
    expect(output).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} WARN {2}first \[Redacted\] line count=2 password=\[Redacted\]$/m,
    );
    expect(output).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}second line$/m);
  });
});
