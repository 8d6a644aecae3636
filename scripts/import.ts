// `npm run import -- <in.json>`: an export document (docs/export-format.md)
// into the empty database at DATABASE_URL, ids kept, all or nothing. Exit 0
// when imported, 2 on a refusal (invalid file, database not empty), 1 on a fault.
import { readFileSync } from "node:fs";
import { ConfigError, loadConfig } from "../src/config.ts";
import { MigrationError } from "../src/store/migrate.ts";
import { openStore } from "../src/store/open.ts";
import { TransferError } from "../src/store/transfer/format.ts";
import { importCommittee, parseExport } from "../src/store/transfer/import.ts";

const USAGE = "Usage: npm run import -- <in.json>";

async function run(args: string[]): Promise<string> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file.startsWith("-")) throw new TransferError(USAGE);
  const config = loadConfig();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TransferError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const document = parseExport(text);
  const store = await openStore(config.DATABASE_URL);
  try {
    const counts = await importCommittee(store.db, document, { kind: store.kind });
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return `Imported ${document.committee.name} (${Object.keys(counts).length} tables, ${rows} rows) from ${file}.`;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (line) => console.log(line),
  (error: unknown) => {
    if (error instanceof TransferError || error instanceof ConfigError || error instanceof MigrationError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
