// The committee's meeting-cycle settings: when coordinators are asked for
// their updates, reminded, and when the agenda draft is posted. No row means
// the defaults; a change is audited in the same transaction.
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface CycleSettings {
  /** Days before the meeting's day that coordinators are asked, at `promptTime` in their own zone. */
  promptDays: number;
  promptTime: string;
  /** Days before the meeting that those who have not answered are reminded (0: no reminder). */
  reminderDays: number;
  /** Days before the meeting that the agenda draft is posted, at `agendaTime` in the committee's zone. */
  agendaDays: number;
  agendaTime: string;
}

export const DEFAULT_CYCLE_SETTINGS: CycleSettings = {
  promptDays: 7,
  promptTime: "09:00",
  reminderDays: 2,
  agendaDays: 1,
  agendaTime: "09:00",
};

export async function readCycleSettings(db: Db, committeeId: number): Promise<CycleSettings> {
  return settingsOf(await db.meetingCycleSettings.findUnique({ where: { committeeId } }));
}

/** The settings a row holds; no row means the defaults. */
export function settingsOf(row: CycleSettings | null): CycleSettings {
  if (!row) return DEFAULT_CYCLE_SETTINGS;
  return {
    promptDays: row.promptDays,
    promptTime: row.promptTime,
    reminderDays: row.reminderDays,
    agendaDays: row.agendaDays,
    agendaTime: row.agendaTime,
  };
}

export async function saveCycleSettings(
  db: Db,
  committeeId: number,
  change: Partial<CycleSettings>,
  actor: Actor,
  now: Date,
): Promise<CycleSettings> {
  return db.$transaction(async (tx) => {
    const before = await tx.meetingCycleSettings.findUnique({ where: { committeeId } });
    const after = { ...DEFAULT_CYCLE_SETTINGS, ...(before ?? {}), ...change };
    const data = {
      promptDays: after.promptDays,
      promptTime: after.promptTime,
      reminderDays: after.reminderDays,
      agendaDays: after.agendaDays,
      agendaTime: after.agendaTime,
      updatedAt: now,
    };
    await tx.meetingCycleSettings.upsert({
      where: { committeeId },
      create: { committeeId, ...data },
      update: data,
    });
    await recordAudit(
      tx,
      committeeId,
      actor,
      { action: "settings.change", entity: "committee", entityId: committeeId, before, after: data },
      now,
    );
    const { updatedAt: _, ...settings } = data;
    return settings;
  });
}
