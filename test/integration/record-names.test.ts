// The admin CLI, the console's --as and the minutes import read names with
// the same resolver as the chat (src/domain/record-names), on a real
// (temporary) SQLite store seeded with the 2016 committee. Each case is a
// disagreement between the old copies, settled.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSpeaker } from "../../adapters/console/speaker.ts";
import { findPersonsByName } from "../../src/admin/identities.ts";
import { manualClock } from "../../src/clock.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { importMinutes } from "../../src/store/import-minutes.ts";
import type { OpenedStore } from "../../src/store/open.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

const NOW = new Date("2016-11-21T08:00:00Z");

describe("names outside the chat", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-names-"));
  let store: OpenedStore;
  let committeeId: number;

  beforeAll(async () => {
    store = await prepareStore(await tempDatabaseUrl(dir, "n"), manualClock(NOW), silentLogger);
    committeeId = (await store.db.committee.findFirstOrThrow()).id;
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("offers a name with two letters swapped as the closest (the admin's distance counted two)", async () => {
    const match = await findPersonsByName(store.db, committeeId, "Huage");
    expect(match.ok).toBe(false);
    expect(!match.ok && match.candidates.map((p) => p.name)).toEqual(["Malgorzata Hauge"]);
  });

  it("links by a unique first name and whatever honorific is typed (the admin knew neither)", async () => {
    for (const name of ["Malgorzata", "Mr. Hauge"]) {
      const match = await findPersonsByName(store.db, committeeId, name);
      expect(match.ok && match.person.name, name).toBe("Malgorzata Hauge");
    }
  });

  it("speaks as the Presidency with --as, as the chat names it (--as knew only names and aliases)", async () => {
    const speaker = await resolveSpeaker(store.db, "the Presidency");
    expect(speaker).toMatchObject({ ok: true, label: "H.E. Michael Biontino (Germany)" });
  });

  it("counts a person the minutes name by family name as the one on record (the import made a new person)", async () => {
    const result = await importMinutes(
      store.db,
      await loadDirectory(store.db),
      {
        meeting: { date: "2017-03-01", start: "10:00", end: null, place: null },
        present: [{ delegation: "Norway", role: null, persons: [{ honorific: "Ms.", name: "Hauge" }] }],
        apologies: [],
        items: [],
        nextMeeting: null,
        actionCandidates: [],
      },
      { platform: "admin" },
      NOW,
      "",
    );
    expect(result).toMatchObject({ attendees: 1, newDelegations: [], newPersons: [] });
  });
});
