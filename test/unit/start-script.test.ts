// `npm start` runs the compiled bundle under plain Node with source maps, the
// tests that start the real server run exactly that, and the bundle is built
// at install (postinstall) and before a start when a source changed (prestart).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_ARGS } from "../fixtures/start-process.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("package.json", () => {
  it("starts the compiled server as the start-up tests do, with no TypeScript loader", () => {
    expect(manifest.scripts.start).toBe(`node ${SERVER_ARGS.join(" ")}`);
    expect(manifest.scripts.start).toContain("--enable-source-maps");
    expect(manifest.scripts.start).not.toMatch(/tsx|esbuild/);
  });
  it("builds after the Prisma clients are generated, and before a start when stale", () => {
    expect(manifest.scripts.postinstall).toMatch(/prisma generate .*&& node scripts\/build\.mjs$/);
    expect(manifest.scripts.prestart).toBe("node scripts/build.mjs --if-stale");
  });
  it("depends on the esbuild it builds with, at the installed version exactly", () => {
    const installed = JSON.parse(
      readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect(manifest.dependencies.esbuild).toBe(installed.version);
  });
});
