// The Teams app package as "Upload a custom app" takes it: `npm run
// package:teams` writes a flat zip of manifest.json and the two icons; the
// manifest has what the schema requires, the icons have the sizes Teams
// wants (read from the PNG headers) and the outline icon is white on transparent.
// The manifest is also checked against Microsoft's own JSON schema of its
// version, as shipped in @microsoft/app-manifest (read from the package, offline).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { crc32, inflateSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { APP_ID_PLACEHOLDER, teamsManifest } from "../../adapters/teams/manifest.ts";
import { colorIcon, outlineIcon, TEAMS_ASSETS_DIR } from "../../scripts/teams-assets.ts";
import { COMMAND_WORDS } from "../../src/core/grammar.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const APP_ID = "9c1e7d2a-4b1f-4a55-8f0e-6b3f0f7d2e11";
const dir = mkdtempSync(join(tmpdir(), "rapporteur-teams-package-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package's copy of the schema for that manifest version, passed in so nothing is fetched. */
function manifestSchema(version: string) {
  const root = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));
  const file = join(root, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  // the schema has "\a" and "\v" escapes, which JSON does not (the package cleans them the same way)
  return JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** RGBA rows (filter 0 only, as our writer produces). */
  pixels: Buffer;
}

function readPng(file: Buffer): Png {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.toString("ascii", 12, 16)).toBe("IHDR");
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") idat.push(file.subarray(at + 8, at + 8 + length));
    expect(crc32(file.subarray(at + 4, at + 8 + length)), type).toBe(file.readUInt32BE(at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows: Buffer[] = [];
  for (let row = 0; row < height; row++) {
    expect(raw[row * stride]).toBe(0);
    rows.push(raw.subarray(row * stride + 1, (row + 1) * stride));
  }
  return { width, height, bitDepth: file[24] ?? 0, colorType: file[25] ?? 0, pixels: Buffer.concat(rows) };
}

function packageWith(env: Record<string, string>, out: string) {
  return spawnSync("npm", ["run", "--silent", "package:teams", "--", "--out", out], {
    cwd: ROOT,
    env: { ...process.env, MICROSOFT_APP_ID: "", ...env },
    encoding: "utf8",
  });
}

describe("npm run package:teams", () => {
  it("refuses without MICROSOFT_APP_ID, naming it", () => {
    const result = packageWith({}, join(dir, "none.zip"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("MICROSOFT_APP_ID is not set");
  });

  it("writes a zip whose manifest and icons Teams accepts", async () => {
    const out = join(dir, "rapporteur-teams.zip");
    const result = packageWith({ MICROSOFT_APP_ID: APP_ID }, out);
    expect(result.status, result.stderr).toBe(0);
    const entries = new Map(
      Object.entries(unzipSync(readFileSync(out))).map(([name, data]) => [name, Buffer.from(data)]),
    );
    expect([...entries.keys()].sort()).toEqual(["color.png", "manifest.json", "outline.png"]);

    const manifest = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "{}");
    expect(manifest.$schema).toMatch(
      /^https:\/\/developer\.microsoft\.com\/en-us\/json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/,
    );
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}/`);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.id).toBe(APP_ID);
    for (const url of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
      expect(manifest.developer[url]).toMatch(/^https:\/\//);
    }
    expect(manifest.developer.name.length).toBeGreaterThan(0);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(entries.has(manifest.icons.color)).toBe(true);
    expect(entries.has(manifest.icons.outline)).toBe(true);
    expect(manifest.validDomains).toEqual(expect.arrayContaining(["token.botframework.com"]));
    expect(
      await AppManifestUtils.validateAgainstSchema(manifest, manifestSchema(manifest.manifestVersion)),
    ).toEqual([]);

    const [bot, ...others] = manifest.bots;
    expect(others).toEqual([]);
    expect(bot.botId).toBe(APP_ID);
    expect(bot.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    // The bot offers files by consent card in personal chats (adapters/teams/files.ts).
    expect(bot.supportsFiles).toBe(true);
    const [list] = bot.commandLists;
    expect(list.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    expect(list.commands.length).toBeGreaterThan(0);
    expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const command of list.commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
      expect(COMMAND_WORDS).toContain(command.title.split(" ")[0]);
    }

    const color = readPng(entries.get(manifest.icons.color) ?? Buffer.alloc(0));
    expect([color.width, color.height, color.bitDepth, color.colorType]).toEqual([192, 192, 8, 6]);
    const outline = readPng(entries.get(manifest.icons.outline) ?? Buffer.alloc(0));
    expect([outline.width, outline.height, outline.bitDepth, outline.colorType]).toEqual([32, 32, 8, 6]);
    let opaque = 0;
    for (let at = 0; at < outline.pixels.length; at += 4) {
      const [r, g, b, a] = outline.pixels.subarray(at, at + 4);
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      opaque += 1;
    }
    expect(opaque).toBeGreaterThan(50);
  });

  it("the committed manifest/teams/ files are what the generator writes", () => {
    const committed = JSON.parse(readFileSync(join(TEAMS_ASSETS_DIR, "manifest.json"), "utf8"));
    expect(committed).toEqual(teamsManifest(APP_ID_PLACEHOLDER));
    expect(readFileSync(join(TEAMS_ASSETS_DIR, "color.png")).equals(colorIcon())).toBe(true);
    expect(readFileSync(join(TEAMS_ASSETS_DIR, "outline.png")).equals(outlineIcon())).toBe(true);
  });
});
