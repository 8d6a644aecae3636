// Loading the rows of one part of the records: flat queries, one per table,
// no joins (the pieces are put together in memory by records.ts). Run only
// when that part's stamp moved, so Prisma stays off the per-request path.
import type { Db } from "../store/open.ts";
import type { ActionRows } from "./actions-part.ts";
import {
  type Built,
  buildPart,
  type PartRows,
  RECORD_PARTS,
  type RecordPart,
  type Records,
  recordsOf,
} from "./records.ts";

export async function loadPart<P extends RecordPart>(
  db: Db,
  committeeId: number,
  part: P,
): Promise<PartRows[P]> {
  return (await loadRows(db, committeeId, part)) as PartRows[P];
}

async function loadRows(db: Db, committeeId: number, part: RecordPart): Promise<PartRows[RecordPart]> {
  switch (part) {
    case "directory": {
      const [delegations, persons, areas] = await Promise.all([
        db.delegation.findMany({ where: { committeeId }, orderBy: { id: "asc" } }),
        db.person.findMany({ where: { committeeId }, orderBy: { id: "asc" } }),
        db.thematicArea.findMany({ where: { committeeId }, orderBy: { id: "asc" } }),
      ]);
      return { delegations, persons, areas };
    }
    case "coalitions": {
      const [coalitions, members, activities] = await Promise.all([
        db.countryCoalition.findMany({ where: { committeeId }, orderBy: { name: "asc" } }),
        db.coalitionMember.findMany({ where: { coalition: { committeeId } } }),
        db.coalitionActivity.findMany({ where: { coalition: { committeeId } } }),
      ]);
      return { coalitions, members, activities };
    }
    case "meetings": {
      const [meetings, agendaItems, attendances, decisions, notes, agendaVersions] = await Promise.all([
        db.meeting.findMany({ where: { committeeId } }),
        db.agendaItem.findMany({ where: { meeting: { committeeId } } }),
        db.attendance.findMany({ where: { meeting: { committeeId } } }),
        db.decision.findMany({ where: { meeting: { committeeId } } }),
        db.meetingNote.findMany({ where: { meeting: { committeeId } } }),
        db.agendaDraftVersion.findMany({ where: { meeting: { committeeId } }, include: { createdBy: true } }),
      ]);
      return { meetings, agendaItems, attendances, decisions, notes, agendaVersions };
    }
    case "actions": {
      // The change log's position first: a write committed while the rows load is read again by the next patch.
      const seen = await db.recordChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      return { ...(await loadActionRows(db, committeeId)), seenChange: seen?.id ?? 0 };
    }
    case "updates":
      return { updates: await db.update.findMany({ where: { committeeId } }) };
    case "passages":
      return { passages: await db.recordPassage.findMany({ where: { committeeId } }) };
    case "cycle":
      return { settings: await db.meetingCycleSettings.findUnique({ where: { committeeId } }) };
    case "minutes": {
      const meeting = { meeting: { committeeId } };
      const [versions, comments, corrections] = await Promise.all([
        db.minutesVersion.findMany({ where: meeting }),
        db.minutesComment.findMany({ where: meeting }),
        db.minutesCorrection.findMany({ where: meeting }),
      ]);
      return { versions, comments, corrections };
    }
  }
}

/** A committee's action items and their owners: all of them, or those with the given ids. */
export async function loadActionRows(
  db: Db,
  committeeId: number,
  ids?: readonly number[],
): Promise<ActionRows> {
  const only = ids ? { id: { in: [...ids] } } : {};
  const [actions, owners] = await Promise.all([
    db.actionItem.findMany({ where: { committeeId, ...only } }),
    db.actionOwner.findMany({ where: { action: { committeeId, ...only } } }),
  ]);
  return { actions, owners };
}

/** All of a committee's records at once, for one-off readers (scripts, evaluation, tests). */
export async function loadRecords(db: Db, committeeId: number): Promise<Records> {
  const built: Partial<Built> = {};
  for (const part of RECORD_PARTS) {
    Object.assign(built, { [part]: buildPart(part, await loadPart(db, committeeId, part), built) });
  }
  return recordsOf(committeeId, built as Built);
}
