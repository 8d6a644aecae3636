// `npm run import:minutes -- <file.txt> [--json]`: reads a minutes document
// written in the committee's style.
//   --json   writes nothing to the database and prints exactly one JSON object
//            on stdout: {meeting, present, apologies, items, nextMeeting,
//            actionCandidates} (scripts outside the repo rely on this shape).
//   default  imports the meeting, its agenda items and attendance into the
//            database at DATABASE_URL in one transaction (refused when a meeting
//            on that date is already on record), then lists the candidate action
//            items, each as the chat command that records it once the
//            secretariat has confirmed it. Nothing is recorded as an action
//            item without that confirmation.
// Exit 0 on success, 2 on a refusal (no file, unreadable date, meeting exists), 1 on a fault.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { ActionCandidate } from "../src/minutes/import/actions.ts";
import { type FieldProblem, parseMinutes } from "../src/minutes/import/parse.ts";

const USAGE = "Usage: npm run import:minutes -- <minutes.txt> [--json]";

class Refusal extends Error {}

function readArguments(): { file: string; json: boolean } {
  try {
    const { values, positionals } = parseArgs({
      options: { json: { type: "boolean" } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Refusal(USAGE);
    return { file: positionals[0]!, json: values.json ?? false };
  } catch (error) {
    throw error instanceof Refusal ? error : new Refusal(`${(error as Error).message}\n${USAGE}`);
  }
}

function readDocument(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new Refusal(`Cannot read "${file}".\n${USAGE}`);
  }
}

/** The chat command that records a confirmed candidate. */
function actionCommand(candidate: ActionCandidate): string {
  const owners = candidate.owners.length ? ` owner ${candidate.owners.join(", ")}` : "";
  const due = candidate.due ? ` due ${candidate.due}` : "";
  return `/ccm action add ${candidate.text}${owners}${due}`;
}

async function importIntoDatabase(file: string, problems: FieldProblem[]): Promise<string> {
  const { clockFromEnv } = await import("../src/clock.ts");
  const { loadConfig } = await import("../src/config.ts");
  const { createLogger } = await import("../src/log.ts");
  const { loadDirectory } = await import("../src/store/directory.ts");
  const { importMinutes } = await import("../src/store/import-minutes.ts");
  const { prepareStore } = await import("../src/prepare-store.ts");
  const text = readDocument(file);
  const minutes = parseMinutes(text, problems, { fileName: basename(file) });
  const config = loadConfig();
  const clock = clockFromEnv(config.RAPPORTEUR_NOW);
  const store = await prepareStore(config.DATABASE_URL, clock, createLogger("warn"));
  try {
    const dir = await loadDirectory(store.db);
    const result = await importMinutes(store.db, dir, minutes, { platform: "admin" }, clock.now(), text);
    if ("refused" in result) throw new Refusal(result.refused);
    const lines = [
      `Imported the meeting of ${minutes.meeting.date}: ${result.items} agenda items, ${result.attendees} attendees` +
        (result.newDelegations.length ? `; new delegations: ${result.newDelegations.join(", ")}` : "") +
        (result.newPersons.length ? `; new persons: ${result.newPersons.join(", ")}` : "") +
        ".",
    ];
    if (minutes.actionCandidates.length === 0) {
      lines.push("No candidate action items found.");
    } else {
      lines.push(
        `${minutes.actionCandidates.length} candidate action items, not yet recorded. Check each one and record those you confirm:`,
        ...minutes.actionCandidates.map((candidate, index) => `${index + 1}. ${actionCommand(candidate)}`),
      );
    }
    return lines.join("\n");
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const { file, json } = readArguments();
  const problems: FieldProblem[] = [];
  if (json) {
    const minutes = parseMinutes(readDocument(file), problems, { fileName: basename(file) });
    process.stdout.write(`${JSON.stringify(minutes)}\n`);
  } else {
    console.log(await importIntoDatabase(file, problems));
  }
  for (const problem of problems) console.error(`Could not read ${problem.field}: ${problem.message}`);
}

main().catch((error: unknown) => {
  if (error instanceof Refusal || (error instanceof Error && error.name === "ConfigError")) {
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
