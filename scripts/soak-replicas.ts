// `npm run soak:replicas`: three bot replicas on one PostgreSQL database, on
// a fake clock through four meeting cycles, one of them killed mid-send
// (scripts/replicas/run.ts). Needs a PostgreSQL server it may create a
// database on: RAPPORTEUR_TEST_PG_URL=postgresql://postgres@127.0.0.1:<port>/postgres
// (.ci/run starts a throw-away one). Ends with the line the notes quote:
//   replicas: planned N, sent N, duplicates N, missed N
// Exit 0 when duplicates and missed are both 0 and no sweep failed, else 1.
import { parseArgs } from "node:util";
import { createPostgresDatabase, TEST_PG_URL } from "../test/fixtures/database.ts";
import { countsLine, detailsLine, runReplicas } from "./replicas/run.ts";

const { values } = parseArgs({
  options: { replicas: { type: "string", default: "3" }, "kill-at": { type: "string", default: "5" } },
});
if (!TEST_PG_URL) {
  console.error(
    "soak:replicas needs a PostgreSQL server: RAPPORTEUR_TEST_PG_URL=postgresql://postgres@127.0.0.1:<port>/postgres npm run soak:replicas",
  );
  process.exit(2);
}
const url = await createPostgresDatabase(TEST_PG_URL, "replicas");
const counts = await runReplicas({
  url,
  replicas: Number(values.replicas),
  killAtSend: Number(values["kill-at"]),
});
console.log(detailsLine(counts));
for (const error of counts.sweepErrors.slice(0, 5)) console.log(`sweep error: ${error}`);
console.log(countsLine(counts));
process.exit(counts.duplicates === 0 && counts.missed === 0 && counts.sweepErrors.length === 0 ? 0 : 1);
