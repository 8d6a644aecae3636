// `npm run seed [-- --reset]`: loads the CCM Coordination Committee as the
// minutes of 4 November 2016 and the country-coalitions non-paper record it.
// Without --reset it seeds only an empty database; with it, the database file
// is deleted first and rebuilt from the migrations.
import { rmSync } from "node:fs";
import { isEmpty, seedCommittee } from "../src/seed/load.ts";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "../src/store/database-url.ts";
import { openStore } from "../src/store/open.ts";

const reset = process.argv.slice(2).includes("--reset");
const url = databaseUrl();

if (reset && isPostgresUrl(url)) {
  console.error("--reset deletes a SQLite file; for PostgreSQL, drop and create the database yourself.");
  process.exit(2);
}
if (reset) {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") {
    for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
  }
}

const store = await openStore(url);
try {
  if (!reset && !(await isEmpty(store.db))) {
    console.log("Database already seeded; use --reset to start over.");
  } else {
    const { committeeId } = await seedCommittee(store.db, { now: new Date() });
    const how = reset ? "Reset and seeded" : "Seeded";
    console.log(`${how} ${store.file}: CCM Coordination Committee (committee ${committeeId}).`);
  }
} finally {
  await store.close();
}
