// A real SQLite store in a temp dir, seeded with the 2016 committee, a manual
// clock and the core, for the agenda and minutes draft tests (the approach of
// core.test.ts, cut down to what these tests need).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { type ManualClock, manualClock } from "../../src/clock.ts";
import { type Core, createCore } from "../../src/core/core.ts";
import type { Reply } from "../../src/core/reply.ts";
import { calendarDate } from "../../src/domain/format.ts";
import { silentLogger } from "../../src/log.ts";
import { prepareStore } from "../../src/prepare-store.ts";
import { loadRecords } from "../../src/read-model/load.ts";
import type { Records } from "../../src/read-model/records.ts";
import { renderPlainText } from "../../src/render/plain-text.ts";
import { type Directory, loadDirectory } from "../../src/store/directory.ts";
import type { Db, OpenedStore } from "../../src/store/open.ts";
import { submitUpdate } from "../../src/store/updates.ts";
import { tempDatabaseUrl } from "../fixtures/database.ts";

export const HAUGE = "Malgorzata Hauge"; // Norway, coordinator
export const MWEEMBA = "Sheila Mweemba"; // ISU-CCM, secretariat
export const BIONTINO = "Michael Biontino"; // Germany, Presidency
export const CATTANEO = "Silvia Cattaneo"; // Italy, coordinator

export interface Harness {
  dir: string;
  store: OpenedStore;
  db: Db;
  clock: ManualClock;
  core: Core;
  directory(): Promise<Directory>;
  /** The committee's records as the read model holds them now. */
  records(): Promise<Records>;
  person(name: string): Promise<number>;
  meetingOn(day: string): Promise<number>;
  /** The one reply to `text` from the named person, and its plain-text rendering. */
  one(who: string, text: string, kind?: "command" | "message"): Promise<{ text: string; reply: Reply }>;
  /** Stores an update as its author would submit it, for the given meeting. */
  update(
    author: string,
    meetingDay: string,
    subject: { areaPosition?: number; coalition?: string },
    body: string,
  ): Promise<void>;
}

export function draftsHarness(start: Date) {
  let current: Harness | undefined;
  return {
    get(): Harness {
      if (!current) throw new Error("harness not set up");
      return current;
    },
    async setup() {
      const dir = mkdtempSync(join(tmpdir(), "rapporteur-drafts-"));
      const clock = manualClock(start);
      const store = await prepareStore(await tempDatabaseUrl(dir, "t"), clock, silentLogger);
      const db = store.db;
      const core = createCore({ db, clock, logger: silentLogger });
      const person = async (name: string) => (await db.person.findFirstOrThrow({ where: { name } })).id;
      const meetingOn = async (day: string) => {
        const found = (await db.meeting.findMany()).find((m) => calendarDate(m.startsAt, m.timeZone) === day);
        if (!found) throw new Error(`no meeting on ${day}`);
        return found.id;
      };
      const one = async (who: string, text: string, kind: "command" | "message" = "command") => {
        const replies = await core.handle({
          speaker: { kind: "person", personId: await person(who) },
          conversation: { platform: "console", id: "console:test", kind: "dm" },
          kind,
          text,
        });
        expect(replies, `replies to ${JSON.stringify(text)}`).toHaveLength(1);
        const reply = replies[0] as Reply;
        const rendered = renderPlainText(reply);
        expect(rendered, `fault on ${JSON.stringify(text)}`).not.toMatch(/Something went wrong/);
        return { text: rendered, reply };
      };
      const update: Harness["update"] = async (author, meetingDay, subject, body) => {
        const committee = await db.committee.findFirstOrThrow();
        const authorId = await person(author);
        const areaId = subject.areaPosition
          ? (await db.thematicArea.findFirstOrThrow({ where: { position: subject.areaPosition } })).id
          : undefined;
        const coalitionId = subject.coalition
          ? (await db.countryCoalition.findFirstOrThrow({ where: { name: subject.coalition } })).id
          : undefined;
        await submitUpdate(
          db,
          {
            committeeId: committee.id,
            meetingId: await meetingOn(meetingDay),
            authorId,
            areaId,
            coalitionId,
            body,
          },
          { personId: authorId, platform: "console" },
          clock.now(),
        );
      };
      current = {
        dir,
        store,
        db,
        clock,
        core,
        directory: () => loadDirectory(db),
        records: async () => loadRecords(db, (await loadDirectory(db)).committee.id),
        person,
        meetingOn,
        one,
        update,
      };
    },
    async teardown() {
      if (!current) return;
      await current.store.close();
      rmSync(current.dir, { recursive: true, force: true });
      current = undefined;
    },
  };
}
