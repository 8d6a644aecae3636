// Everything a process needs before it can answer: the database migrated and,
// when it is empty, seeded with the committee from the seed documents. It sits
// above the store because the seed is written through the store.
import type { Clock } from "./clock.ts";
import type { Logger } from "./log.ts";
import { isEmpty, seedCommittee } from "./seed/load.ts";
import { type OpenedStore, openStore } from "./store/open.ts";
import { isUniqueViolation } from "./store/unique-violation.ts";

export async function prepareStore(url: string, clock: Clock, logger: Logger): Promise<OpenedStore> {
  const store = await openStore(url);
  if (store.migrationsApplied.length > 0) {
    logger.info({ migrations: store.migrationsApplied }, "database migrated");
  }
  if (store.emptyAtOpen) {
    try {
      const { committeeId } = await seedCommittee(store.db, { now: clock.now() });
      logger.info({ committeeId }, "empty database seeded with the demo committee");
    } catch (error) {
      // Replicas started together on an empty database: one seeds, the others'
      // transactions meet its committee row and roll back, which is fine.
      if (!isUniqueViolation(error) || (await isEmpty(store.db))) throw error;
    }
  }
  return store;
}
