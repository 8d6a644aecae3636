// `npm run minutes -- --meeting <yyyy-mm-dd> --out <file.docx|file.md> [--agenda]`:
// writes the minutes draft (or, with --agenda, the agenda draft) of the
// meeting held that day, from the database at DATABASE_URL. Exit 0 when
// written, 2 on a refusal (no such meeting, unknown extension), 1 on a fault.
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { clockFromEnv } from "../src/clock.ts";
import { ConfigError, loadConfig } from "../src/config.ts";
import { exportAgenda, exportMinutes } from "../src/core/drafts/exports.ts";
import { calendarDate } from "../src/domain/format.ts";
import { createLogger } from "../src/log.ts";
import { prepareStore } from "../src/prepare-store.ts";
import { loadRecords } from "../src/read-model/load.ts";
import { loadDirectory } from "../src/store/directory.ts";

const USAGE = "Usage: npm run minutes -- --meeting <yyyy-mm-dd> --out <file.docx|file.md> [--agenda]";

class Refusal extends Error {}

async function run(): Promise<string> {
  const { values } = parseArgs({
    options: { meeting: { type: "string" }, out: { type: "string" }, agenda: { type: "boolean" } },
    allowPositionals: false,
  });
  const day = values.meeting?.trim() ?? "";
  const out = values.out?.trim() ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !out) throw new Refusal(USAGE);
  const extension = extname(out).toLowerCase();
  if (extension !== ".docx" && extension !== ".md") {
    throw new Refusal(`--out must end in .docx or .md; got "${out}".\n${USAGE}`);
  }
  const config = loadConfig();
  const clock = clockFromEnv(config.RAPPORTEUR_NOW);
  const store = await prepareStore(config.DATABASE_URL, clock, createLogger("warn"));
  try {
    const dir = await loadDirectory(store.db);
    const meetings = await store.db.meeting.findMany({
      where: { committeeId: dir.committee.id, status: { not: "cancelled" } },
    });
    const meeting = meetings.find((m) => calendarDate(m.startsAt, m.timeZone) === day);
    if (!meeting) {
      const known = meetings.map((m) => calendarDate(m.startsAt, m.timeZone)).sort();
      throw new Refusal(`No meeting on ${day}. Meetings on record: ${known.join(", ") || "none"}.`);
    }
    const records = await loadRecords(store.db, dir.committee.id);
    const exported = values.agenda
      ? await exportAgenda(dir, records, meeting.id, clock.now())
      : await exportMinutes(dir, records, meeting.id, clock.now());
    const content = extension === ".docx" ? exported.docx : exported.markdown;
    writeFileSync(out, content);
    return `Wrote the ${values.agenda ? "agenda" : "minutes"} draft of the meeting of ${day} to ${out} (${Buffer.byteLength(content)} bytes).`;
  } finally {
    await store.close();
  }
}

run().then(
  (line) => {
    console.log(line);
  },
  (error: unknown) => {
    const refused =
      error instanceof Refusal ||
      error instanceof ConfigError ||
      (error instanceof TypeError && "code" in error);
    if (refused) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
