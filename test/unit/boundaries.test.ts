// The layering itself: the core (src/) never imports a platform SDK, an
// adapter or tooling (scripts/, test/), and botbuilder stays inside
// adapters/teams/ so a later SDK swap touches nothing else. Only the
// composition root (src/main.ts) mounts adapters.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sources } from "../fixtures/source-files.ts";

function imports(path: string): string[] {
  const text = readFileSync(join(ROOT, path), "utf8");
  return [...text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");
}

const SDKS = /^(?:@slack\/|botbuilder|botframework-|@microsoft\/)/;

describe("layering", () => {
  it("keeps platform SDKs and adapters out of src/ (but for the composition root)", () => {
    const offenders = sources("src")
      .filter((path) => path !== "src/main.ts")
      .flatMap((path) =>
        imports(path)
          .filter((spec) => SDKS.test(spec) || spec.includes("adapters/"))
          .map((spec) => `${path} -> ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps tooling out of src/ and adapters/: nothing there imports prisma/, scripts/ or test/ (the corpus scorer lives in scripts/nlu/, the seed in src/seed/)", () => {
    const offenders = [...sources("src"), ...sources("adapters")].flatMap((path) =>
      imports(path)
        .filter(
          (spec) => spec.startsWith(".") && /^(?:prisma|scripts|test)\//.test(join(dirname(path), spec)),
        )
        .map((spec) => `${path} -> ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps botbuilder inside adapters/teams/", () => {
    const offenders = [...sources("src"), ...sources("adapters"), ...sources("scripts")]
      .filter((path) => !path.startsWith("adapters/teams/"))
      .flatMap((path) =>
        imports(path)
          .filter((spec) => /^(?:botbuilder|botframework-)/.test(spec))
          .map((spec) => `${path} -> ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps @slack/* inside adapters/slack/ (and the bench's bare Bolt app it is measured against)", () => {
    const offenders = [...sources("src"), ...sources("adapters"), ...sources("scripts")]
      .filter((path) => !path.startsWith("adapters/slack/") && path !== "scripts/bench/bare-slack.ts")
      .flatMap((path) =>
        imports(path)
          .filter((spec) => spec.startsWith("@slack/"))
          .map((spec) => `${path} -> ${spec}`),
      );
    expect(offenders).toEqual([]);
  });
});
