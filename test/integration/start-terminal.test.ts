// `npm start` from a terminal: the compiled server runs on a pseudo-terminal
// (util-linux `script`), so the console chat opens on it. Log lines must not
// interleave with the conversation: they go to the file the start-up line
// names (JSON, scrubbed), and the terminal shows the conversation only.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SERVER_ARGS } from "../fixtures/start-process.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "rapporteur-terminal-"));
const hasScript = spawnSync("script", ["--version"]).status === 0;
const SECRET = "5ec12e75ec12e75ec12e75ec12e7f00d";
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function until(read: () => string, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no ${what} within 60 s: ${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!hasScript)("npm start on a terminal", () => {
  it("keeps the conversation free of log lines, which go to the named file", async () => {
    const command = ["node", ...SERVER_ARGS].join(" ");
    child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        PORT: "0",
        DATABASE_URL: `file:${join(dir, "committee.db")}`,
        RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
        LOG_LEVEL: "debug",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: "xoxb-TERMINAL-4242-abcdef",
        SLACK_API_URL: "http://127.0.0.1:9/api/",
        NO_COLOR: "1",
      },
    });
    let terminal = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      terminal += chunk;
    });
    const logFile = join(dir, "committee.log");
    const started = await until(() => terminal, /Rapporteur on (http:\/\/127\.0\.0\.1:\d+)/, "start-up line");
    expect(terminal).toContain(`Logs go to ${logFile} (errors are also shown here).`);
    await until(() => terminal, /> /, "prompt");
    child.stdin?.write("meeting next\r");
    await until(
      () => terminal,
      /The next meeting is on Wednesday 7 December 2016[\s\S]*> /,
      "answer and prompt",
    );
    const health = await fetch(`${started[1]}/healthz`);
    expect(health.status).toBe(200);

    const logged = readFileSync(logFile, "utf8").trim().split("\n");
    expect(logged.length).toBeGreaterThan(2);
    for (const line of logged) expect(JSON.parse(line)).toMatchObject({ app: "rapporteur" });
    expect(logged.join("\n")).toContain("empty database seeded with the demo committee");
    expect(logged.join("\n")).not.toContain(SECRET);
    expect(terminal).not.toMatch(/"level":|\bINFO\b|\bDEBUG\b|\bWARN\b/);
    expect(terminal).not.toContain("seeded");
    expect(existsSync(logFile)).toBe(true);
  }, 90_000);
});
