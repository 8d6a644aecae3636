// Who is away: a person away until a date (inclusive, in their own zone) is
// skipped by prompts and a colleague of the same delegation is asked instead.
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface AbsenceRecord {
  personId: number;
  /** yyyy-mm-dd, the last day away. */
  until: string;
  setAt: Date;
}

export async function setAbsence(
  db: Db,
  input: { committeeId: number; personId: number; until: string },
  actor: Actor,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.absence.findUnique({ where: { personId: input.personId } });
    await tx.absence.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, until: input.until, setAt: now },
      update: { until: input.until, setAt: now },
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "person.away",
        entity: "person",
        entityId: input.personId,
        before,
        after: { until: input.until },
      },
      now,
    );
  });
}

/** Ends an absence; false when the person was not marked away. */
export async function clearAbsence(
  db: Db,
  input: { committeeId: number; personId: number },
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.absence.findUnique({ where: { personId: input.personId } });
    if (!before) return false;
    await tx.absence.delete({ where: { personId: input.personId } });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      { action: "person.back", entity: "person", entityId: input.personId, before },
      now,
    );
    return true;
  });
}

/** Absences of the committee's people that have not ended before `today` (yyyy-mm-dd). */
export async function listAbsences(db: Db, committeeId: number, today: string): Promise<AbsenceRecord[]> {
  return db.absence.findMany({
    where: { person: { committeeId }, until: { gte: today } },
    orderBy: { until: "asc" },
  });
}
