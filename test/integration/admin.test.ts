// Linking chat accounts to persons: the use cases on a real (temporary) SQLite
// store, then the CLI once as a child process for its exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersonsByName, linkIdentity, unlinkIdentity } from "../../src/admin/identities.ts";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOW = new Date("2016-11-21T08:00:00Z");

describe("admin identities", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-admin-"));
  const clock = manualClock(NOW);
  let store: OpenedStore;

  beforeAll(async () => {
    store = await prepareStore(await tempDatabaseUrl(dir, "a"), clock, silentLogger);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const slack = { platform: "slack", workspaceId: "T0001", userId: "U0002" };

  it("links by an accent-free name, with an audit row in the same change", async () => {
    const result = await linkIdentity(store.db, clock, { ...slack, personName: "Asim Dorovic" });
    expect(result).toMatchObject({ ok: true, changed: true, person: { name: "Asim Dorović" } });
    if (!result.ok) return;
    expect(result.message).toBe("Linked slack T0001/U0002 to Mr. Asim Dorović (Bosnia and Herzegovina).");

    const identity = await store.db.chatIdentity.findUnique({
      where: { platform_workspaceId_userId: slack },
    });
    expect(identity?.personId).toBe(result.person.id);
    expect(identity?.linkedAt).toEqual(NOW);
    const audit = await store.db.auditEvent.findMany({ where: { action: "identity.link" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      platform: "admin",
      entity: "person",
      entityId: String(result.person.id),
    });
    expect(JSON.parse(audit[0]?.after ?? "null")).toEqual(slack);
  });

  it("treats relinking the same account to the same person as a no-op", async () => {
    const result = await linkIdentity(store.db, clock, { ...slack, personName: "Mr. Asim Dorović" });
    expect(result).toMatchObject({ ok: true, changed: false });
    expect(result.message).toContain("already linked");
    expect(await store.db.auditEvent.count({ where: { action: "identity.link" } })).toBe(1);
  });

  it("refuses to move an account that belongs to someone else", async () => {
    const result = await linkIdentity(store.db, clock, { ...slack, personName: "Malgorzata Hauge" });
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Asim Dorović");
    expect(result.message).toContain("Unlink it first");
  });

  it("refuses an ambiguous family name, listing both", async () => {
    const result = await linkIdentity(store.db, clock, { ...slack, userId: "U9", personName: "Munoz" });
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Carola Muñoz");
    expect(result.message).toContain("Maricela Muñoz");
  });

  it("refuses an unknown name and a platform it does not serve", async () => {
    const unknown = await linkIdentity(store.db, clock, {
      ...slack,
      userId: "U9",
      personName: "Nobody Atall",
    });
    expect(unknown.ok).toBe(false);
    expect(unknown.message).toContain('"Nobody Atall"');
    const platform = await linkIdentity(store.db, clock, { ...slack, platform: "irc", personName: "Hauge" });
    expect(platform).toEqual({ ok: false, message: 'Platform must be slack or teams; got "irc".' });
  });

  it("finds persons by family name, honorific or full name", async () => {
    const committee = await store.db.committee.findFirstOrThrow();
    for (const name of ["hauge", "Ms. Malgorzata Hauge", "MALGORZATA HAUGE"]) {
      const match = await findPersonsByName(store.db, committee.id, name);
      expect(match.ok && match.person.name).toBe("Malgorzata Hauge");
    }
    const typo = await findPersonsByName(store.db, committee.id, "Asim Dorovich");
    expect(typo.ok === false && typo.candidates.map((p) => p.name)).toEqual(["Asim Dorović"]);
  });

  it("unlinks, audits, and refuses an account that is not linked", async () => {
    const result = await unlinkIdentity(store.db, clock, slack);
    expect(result).toMatchObject({ ok: true, person: { name: "Asim Dorović" } });
    expect(await store.db.chatIdentity.count()).toBe(0);
    expect(await store.db.auditEvent.count({ where: { action: "identity.unlink" } })).toBe(1);
    const again = await unlinkIdentity(store.db, clock, slack);
    expect(again).toEqual({ ok: false, message: "slack T0001/U0002 is not linked to anyone." });
  });
});

describe("admin CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-admin-cli-"));
  let url: string;
  beforeAll(async () => {
    url = await tempDatabaseUrl(dir, "cli");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function admin(...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
    delete env.LOG_LEVEL;
    return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["src/admin/cli.ts", ...args], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 50_000,
    });
  }

  it("links with exit 0 and refuses an unknown name with exit 2, without a stack trace", {
    timeout: 60_000,
  }, () => {
    const linked = admin("link", "slack", "T1", "U1", "Malgorzata Hauge");
    expect(linked.status).toBe(0);
    expect(linked.stdout.trim()).toBe("Linked slack T1/U1 to Ms. Malgorzata Hauge (Norway).");

    const refused = admin("link", "slack", "T1", "U2", "Zorro");
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain('Nobody on the committee is called "Zorro"');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
