// The committee the corpora are asked about: a fresh seeded store with the
// clock at 21 November 2016 (between the meetings of 4 November and 7
// December), and the corpus's own minutes of 6 October 2016 imported as
// `npm run import:minutes FILE` imports them, so that every document the
// document corpus quotes is on record (test/nlu/documents/README.md).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Clock } from "../../src/clock.ts";
import type { Logger } from "../../src/log.ts";
import { type FieldProblem, parseMinutes } from "../../src/minutes/import/parse.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { importMinutes } from "../../src/store/import-minutes.ts";
import type { OpenedStore } from "../../src/store/open.ts";

export const EVAL_NOW = new Date("2016-11-21T08:00:00Z");
/** Who speaks when a case names no one: Norway's coordinator. */
export const EVAL_SPEAKER = "Malgorzata Hauge";
export const EVAL_MINUTES = new URL("../../test/nlu/documents/minutes-2016-10-06.txt", import.meta.url)
  .pathname;

/**
 * Imports a minutes document as the import script does: a refusal throws; a
 * field it could not read is said on stderr, as the script says it, and the rest imported.
 */
export async function importMinutesFile(store: OpenedStore, file: string, clock: Clock) {
  const text = readFileSync(file, "utf8");
  const problems: FieldProblem[] = [];
  const minutes = parseMinutes(text, problems, { fileName: basename(file) });
  for (const problem of problems)
    console.error(`${file}: could not read ${problem.field}: ${problem.message}`);
  const dir = await loadDirectory(store.db);
  const result = await importMinutes(store.db, dir, minutes, { platform: "admin" }, clock.now(), text);
  if ("refused" in result) throw new Error(`${file} was not imported: ${result.refused}`);
  return result;
}

/** The seeded store at `url` with the corpus's minutes imported. */
export async function prepareEvalStore(url: string, clock: Clock, logger: Logger): Promise<OpenedStore> {
  const store = await prepareStore(url, clock, logger);
  try {
    await importMinutesFile(store, EVAL_MINUTES, clock);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
