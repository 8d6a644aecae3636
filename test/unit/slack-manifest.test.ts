// manifest/slack.yaml: the keys Slack documents for an app manifest, the
// events and command the adapter handles, and no scope the code does not use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest/slack.yaml"), "utf8");
const adapter = readdirSync(join(ROOT, "adapters/slack"))
  .filter((name) => name.endsWith(".ts"))
  .map((name) => readFileSync(join(ROOT, "adapters/slack", name), "utf8"))
  .join("\n");

/** The list under `key:` (a YAML block sequence of plain scalars). */
function list(key: string): string[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  if (start < 0) return [];
  const indent = (lines[start]?.search(/\S/) ?? 0) + 2;
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith("#") || line.trim() === "") continue;
    if (line.search(/\S/) < indent) break;
    const item = /^\s*-\s+([\w.:/-]+)\s*$/.exec(line);
    if (item?.[1]) items.push(item[1]);
  }
  return items;
}

/** Where the adapter uses each scope. */
const USED_BY: Record<string, RegExp> = {
  commands: /app\.command\(/,
  "chat:write": /chat\.postMessage|chat\.postEphemeral/,
  "app_mentions:read": /app\.event\("app_mention"/,
  "im:history": /channel_type !== "im"|conversations\.history/,
  "im:write": /conversations\.open/,
  "channels:history": /conversations\.history|conversations\.replies/,
  "groups:history": /conversations\.history|conversations\.replies/,
  "files:write": /files\.uploadV2/,
  "files:read": /url_private_download/,
};

describe("the Slack app manifest", () => {
  it("has the sections Slack documents", () => {
    for (const key of ["_metadata:", "display_information:", "features:", "oauth_config:", "settings:"]) {
      expect(manifest).toMatch(new RegExp(`^${key}`, "m"));
    }
    expect(manifest).toMatch(/^\s+name: Rapporteur$/m);
    expect(manifest).toMatch(/^\s+- command: \/ccm$/m);
    expect(manifest).toMatch(
      /interactivity:\n\s+is_enabled: true\n\s+request_url: https:\/\/\S+\/slack\/events/,
    );
    const long =
      /long_description: >-\n((?:\s{4}.*\n)+)/.exec(manifest)?.[1]?.replace(/\s+/g, " ").trim() ?? "";
    expect(long.length).toBeGreaterThanOrEqual(174);
  });

  it("subscribes to exactly the events the adapter handles", () => {
    expect(list("bot_events").sort()).toEqual(["app_home_opened", "app_mention", "message.im"]);
    expect(adapter).toContain('app.event("app_home_opened"');
    expect(adapter).toContain('app.event("app_mention"');
  });

  it("asks only for scopes the code uses", () => {
    const scopes = list("bot");
    expect(scopes.length).toBeGreaterThan(0);
    for (const scope of scopes) {
      const use = USED_BY[scope];
      expect(use, `no known use for scope ${scope}`).toBeDefined();
      expect(adapter, `scope ${scope} is not used`).toMatch(use as RegExp);
    }
  });
});
