// `npm run export -- <out.json>`: the whole committee at DATABASE_URL as one
// JSON document (docs/export-format.md), a consistent snapshot even while the
// bot runs. Exit 0 when written, 2 on a refusal, 1 on a fault.
import { renameSync, writeFileSync } from "node:fs";
import { ConfigError, loadConfig } from "../src/config.ts";
import { MigrationError } from "../src/store/migrate.ts";
import { openStore } from "../src/store/open.ts";
import { exportCommittee } from "../src/store/transfer/export.ts";
import { TransferError } from "../src/store/transfer/format.ts";

const USAGE = "Usage: npm run export -- <out.json>";

async function run(args: string[]): Promise<string> {
  const [out, ...rest] = args;
  if (!out || rest.length > 0 || out.startsWith("-")) throw new TransferError(USAGE);
  const config = loadConfig();
  const store = await openStore(config.DATABASE_URL);
  try {
    const document = await exportCommittee(store.db, { kind: store.kind });
    const text = `${JSON.stringify(document, null, 2)}\n`;
    // Written aside and renamed, so a reader never sees half a file.
    writeFileSync(`${out}.partial`, text);
    renameSync(`${out}.partial`, out);
    const rows = Object.values(document.tables).reduce((sum, table) => sum + table.length, 0);
    return `Exported ${document.committee.name} (${Object.keys(document.tables).length} tables, ${rows} rows) to ${out}.`;
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
