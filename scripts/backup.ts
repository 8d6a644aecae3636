// `npm run backup -- <out.db>`: a consistent copy of the SQLite database at
// DATABASE_URL, safe while the bot runs (src/store/backup.ts). Exit 0 when
// written and checked, 2 on a refusal (PostgreSQL, existing file), 1 on a fault.
import { ConfigError, loadConfig } from "../src/config.ts";
import { BackupError, backupSqlite } from "../src/store/backup.ts";

const USAGE = "Usage: npm run backup -- <out.db>";

async function run(args: string[]): Promise<string> {
  const [out, ...rest] = args;
  if (!out || rest.length > 0 || out.startsWith("-")) throw new BackupError(USAGE);
  const config = loadConfig();
  const result = await backupSqlite(config.DATABASE_URL, out);
  return `Backed up ${result.source} to ${result.destination} (${result.pages} pages, integrity ok).`;
}

run(process.argv.slice(2)).then(
  (line) => console.log(line),
  (error: unknown) => {
    if (error instanceof BackupError || error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
