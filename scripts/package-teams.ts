// `npm run package:teams [-- --out <file>]`: the Teams app package for
// "Upload a custom app": manifest.json with MICROSOFT_APP_ID as app and bot
// id, and the two icons from manifest/teams/, zipped flat as Teams requires.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { strToU8, zipSync } from "fflate";
import { ICONS, teamsManifest } from "../adapters/teams/manifest.ts";
import { type Config, ConfigError, loadConfig } from "../src/config.ts";
import { TEAMS_ASSETS_DIR } from "./teams-assets.ts";

export const DEFAULT_PACKAGE = "rapporteur-teams.zip";

export function teamsPackage(appId: string, assetsDir = TEAMS_ASSETS_DIR): Uint8Array {
  return zipSync({
    "manifest.json": strToU8(`${JSON.stringify(teamsManifest(appId), null, 2)}\n`),
    [ICONS.color]: readFileSync(join(assetsDir, ICONS.color)),
    [ICONS.outline]: readFileSync(join(assetsDir, ICONS.outline)),
  });
}

export function appIdFrom(config: Config): string {
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) {
    throw new ConfigError(
      "MICROSOFT_APP_ID is not set: the Teams package needs the bot's Microsoft app id (from its Azure Bot registration), e.g. MICROSOFT_APP_ID=<id> npm run package:teams",
    );
  }
  return appId;
}

function main(): number {
  const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
  try {
    const appId = appIdFrom(loadConfig(process.env, { pairs: false }));
    const out = resolve(values.out ?? DEFAULT_PACKAGE);
    writeFileSync(out, teamsPackage(appId));
    process.stdout.write(
      `wrote ${out} (app id ${appId}): upload it in Teams under Apps > Manage your apps > Upload an app\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
