// Three bot replicas as separate processes on one PostgreSQL database, on a
// fake clock through four meeting cycles, one killed with SIGKILL just after
// the platform kept one of its messages (scripts/replicas/run.ts, also
// `npm run soak:replicas`): every planned message goes out exactly once.
import { describe, expect, it } from "vitest";
import { countsLine, detailsLine, runReplicas } from "../../scripts/replicas/run.ts";
import { createPostgresDatabase, TEST_PG_URL } from "../fixtures/database.ts";

describe("three replicas on one PostgreSQL database", () => {
  it("send every planned message exactly once while one of them is killed mid-send", async (context) => {
    if (!TEST_PG_URL) {
      context.skip("needs RAPPORTEUR_TEST_PG_URL, a PostgreSQL server (.ci/run starts one)");
      return;
    }
    const url = await createPostgresDatabase(TEST_PG_URL, "replicas");
    const counts = await runReplicas({ url, replicas: 3, killAtSend: 5 });
    console.log(`${detailsLine(counts)}\n${countsLine(counts)}`);

    expect(counts.sweepErrors).toEqual([]);
    expect(counts.committees).toBe(1);
    expect(counts.killed).toEqual({ replica: "r2", atSend: 5 });
    expect(counts.duplicates).toBe(0);
    expect(counts.missed).toBe(0);
    const { withdrawn, skipped, notYetDue } = counts.notSent;
    expect(counts.sent).toBe(counts.planned - withdrawn - skipped - notYetDue);
    expect(counts.sent).toBeGreaterThan(100);
    // The survivors shared the work; none of them did it all.
    expect(counts.sentBy.r1).toBeGreaterThan(10);
    expect(counts.sentBy.r3).toBeGreaterThan(10);
  }, 180_000);
});
