// `npm run backup` (src/store/backup.ts) while another process keeps writing:
// each copy passes SQLite's integrity and foreign-key checks, is one file,
// and holds a prefix of the writer's transactions (items 1..k, each with its
// owner and audit row), never half of one.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { backupSqlite } from "../../src/store/backup.ts";
import { ROOT, runScript } from "../fixtures/run-script.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-backup-"));
const url = `file:${dir}/live.db`;
const FIRST = 1000;

// Plain JavaScript so it runs without tsx: one transaction per item (the item,
// its owner, its audit row), one per event-loop turn, until stdin closes.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 5000 });
db.pragma("journal_mode = WAL");
const item = db.prepare("INSERT INTO ActionItem (committeeId, number, text, dueKind, status, createdAt) VALUES (1, ?, ?, 'none', 'open', ?)");
const owner = db.prepare("INSERT INTO ActionOwner (actionId, delegationId, ownerKey, listOrder) VALUES (?, 1, 'delegation:1', 0)");
const audit = db.prepare("INSERT INTO AuditEvent (committeeId, at, platform, action, entity, entityId) VALUES (1, ?, 'admin', 'action.add', 'action', ?)");
const write = db.transaction((n) => {
  const at = new Date().toISOString();
  const { lastInsertRowid } = item.run(${FIRST} + n, "backup-" + n, at);
  owner.run(lastInsertRowid);
  audit.run(at, String(${FIRST} + n));
});
let n = 0;
let stopped = false;
process.stdin.on("end", () => { stopped = true; });
process.stdin.resume();
(function next() {
  if (stopped) { console.log("wrote " + n); db.close(); return; }
  n += 1;
  write(n);
  if (n === 200) console.log("ready");
  setImmediate(next);
})();
`;

let writer: ChildProcess;
let writerOutput = "";

beforeAll(async () => {
  const store = await prepareStore(url, manualClock(new Date("2016-11-21T08:00:00Z")), silentLogger);
  await store.close();
  writer = spawn(process.execPath, ["-e", WRITER, `${dir}/live.db`], { cwd: ROOT, stdio: "pipe" });
  writer.stderr?.on("data", (chunk: Buffer) => {
    writerOutput += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    writer.stdout?.on("data", (chunk: Buffer) => {
      writerOutput += chunk.toString();
      if (writerOutput.includes("ready")) resolve();
    });
    writer.on("exit", (code) => reject(new Error(`writer exited with ${code}: ${writerOutput}`)));
  });
}, 60_000);

afterAll(() => {
  if (writer.exitCode === null) writer.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** What a copy holds of the writer's work: k items, checked to be 1..k, each complete. */
function writtenPrefix(file: string, journal = "delete"): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("journal_mode", { simple: true })).toBe(journal);
    const items = db
      .prepare(
        `SELECT a.number AS number,
          (SELECT COUNT(*) FROM ActionOwner o WHERE o.actionId = a.id) AS owners,
          (SELECT COUNT(*) FROM AuditEvent e WHERE e.entity = 'action' AND e.entityId = CAST(a.number AS TEXT)) AS audits
         FROM ActionItem a WHERE a.text LIKE 'backup-%' ORDER BY a.number`,
      )
      .all() as { number: number; owners: number; audits: number }[];
    items.forEach((row, index) => {
      expect(row).toEqual({ number: FIRST + index + 1, owners: 1, audits: 1 });
    });
    return items.length;
  } finally {
    db.close();
  }
}

describe("backup while another process writes", () => {
  it("copies a consistent prefix, in-process and through npm run backup", async () => {
    const prefixes: number[] = [];
    for (const name of ["one.db", "two.db", "three.db"]) {
      const result = await backupSqlite(url, join(dir, name));
      expect(result.pages).toBeGreaterThan(0);
      prefixes.push(writtenPrefix(join(dir, name)));
    }
    const run = await runScript("scripts/backup.ts", [join(dir, "cli.db")], "", { DATABASE_URL: url });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Backed up .*live\.db to .*cli\.db \(\d+ pages, integrity ok\)\.\n$/);
    prefixes.push(writtenPrefix(join(dir, "cli.db")));
    expect(existsSync(join(dir, "cli.db-wal"))).toBe(false);

    const stopped = new Promise((resolve) => writer.once("exit", resolve));
    writer.stdin?.end();
    await stopped;
    const total = Number(/wrote (\d+)/.exec(writerOutput)?.[1]);
    console.log(`backups while writing: prefixes ${prefixes.join(", ")} of ${total} transactions`);
    expect(prefixes[0]).toBeGreaterThanOrEqual(200);
    for (let i = 1; i < prefixes.length; i += 1) {
      expect(prefixes[i]).toBeGreaterThanOrEqual(prefixes[i - 1] ?? 0);
    }
    expect(prefixes.at(-1)).toBeLessThanOrEqual(total);
    expect(writtenPrefix(`${dir}/live.db`, "wal")).toBe(total);
  }, 60_000);

  it("refuses PostgreSQL (pointing at pg_dump), an existing file, a missing argument", async () => {
    const pg = await runScript("scripts/backup.ts", [join(dir, "pg.db")], "", {
      DATABASE_URL: "postgresql://rapporteur:hunter2hunter2@127.0.0.1:1/rapporteur",
    });
    expect(pg.code).toBe(2);
    expect(pg.stderr.trim().split("\n")).toEqual([expect.stringContaining("pg_dump")]);
    expect(pg.stderr).not.toContain("hunter2");
    await expect(backupSqlite(url, join(dir, "one.db"))).rejects.toThrow(/already exists/);
    const usage = await runScript("scripts/backup.ts", [], "", { DATABASE_URL: url });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run backup -- <out.db>");
  }, 60_000);
});
