// Versions of a meeting's agenda draft, and adopting the draft as the
// meeting's agenda on record. Each edit stores the whole entry list as the
// next version, with its audit row, in one transaction.
import * as z from "zod";
import { type Actor, recordAudit, type Tx } from "./audit.ts";
import type { Db } from "./open.ts";

/** One agenda entry as stored (src/core/drafts/agenda-items.ts gives it meaning). */
export interface StoredEntry {
  key: string;
  title: string;
  level: 1 | 2;
}

const storedEntries = z.array(
  z.object({ key: z.string(), title: z.string(), level: z.union([z.literal(1), z.literal(2)]) }),
);

export interface AgendaVersion {
  version: number;
  entries: StoredEntry[];
  change: string;
  createdAt: Date;
  createdBy: { name: string; honorific: string | null } | null;
}

export function toVersion(row: {
  version: number;
  items: string;
  change: string;
  createdAt: Date;
  createdBy: { name: string; honorific: string | null } | null;
}): AgendaVersion {
  return {
    version: row.version,
    entries: storedEntries.parse(JSON.parse(row.items)),
    change: row.change,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

export async function latestAgendaVersion(db: Tx, meetingId: number): Promise<AgendaVersion | null> {
  const row = await db.agendaDraftVersion.findFirst({
    where: { meetingId },
    orderBy: { version: "desc" },
    include: { createdBy: true },
  });
  return row ? toVersion(row) : null;
}

export async function listAgendaVersions(db: Db, meetingId: number): Promise<AgendaVersion[]> {
  const rows = await db.agendaDraftVersion.findMany({
    where: { meetingId },
    orderBy: { version: "asc" },
    include: { createdBy: true },
  });
  return rows.map(toVersion);
}

export interface AgendaEdit {
  committeeId: number;
  meetingId: number;
  /** The draft as generated, stored as version 1 when the meeting has no version yet. */
  generated: StoredEntry[];
  /** Applied to the current entries inside the transaction, so two editors never overwrite each other. */
  edit(entries: StoredEntry[]): { entries: StoredEntry[]; change: string };
  createdById: number;
}

/** Applies one edit and stores the result as the next version; returns it. */
export async function saveAgendaEdit(
  db: Db,
  input: AgendaEdit,
  actor: Actor,
  now: Date,
): Promise<AgendaVersion> {
  const version = await db.$transaction(async (tx) => {
    let current = await latestAgendaVersion(tx, input.meetingId);
    if (!current) {
      await tx.agendaDraftVersion.create({
        data: {
          meetingId: input.meetingId,
          version: 1,
          items: JSON.stringify(input.generated),
          change: "generated",
          createdAt: now,
          createdById: null,
        },
      });
      current = {
        version: 1,
        entries: input.generated,
        change: "generated",
        createdAt: now,
        createdBy: null,
      };
    }
    const result = input.edit(current.entries);
    const next = current.version + 1;
    await tx.agendaDraftVersion.create({
      data: {
        meetingId: input.meetingId,
        version: next,
        items: JSON.stringify(result.entries),
        change: result.change,
        createdAt: now,
        createdById: input.createdById,
      },
    });
    await recordAudit(
      tx,
      input.committeeId,
      actor,
      {
        action: "agenda.edit",
        entity: "meeting",
        entityId: input.meetingId,
        before: { version: current.version, items: current.entries },
        after: { version: next, change: result.change, items: result.entries },
      },
      now,
    );
    return next;
  });
  const saved = await db.agendaDraftVersion.findUniqueOrThrow({
    where: { meetingId_version: { meetingId: input.meetingId, version } },
    include: { createdBy: true },
  });
  return toVersion(saved);
}

export interface AdoptedItem {
  number: string;
  title: string;
  areaId: number | null;
}

/**
 * Records the draft as the meeting's agenda (AgendaItem rows) unless one is
 * already on record; called in the transaction of the first note or decision
 * taken at the meeting.
 */
export async function adoptAgenda(
  tx: Tx,
  committeeId: number,
  meetingId: number,
  items: readonly AdoptedItem[],
  actor: Actor,
  now: Date,
): Promise<void> {
  if ((await tx.agendaItem.count({ where: { meetingId } })) > 0) return;
  await tx.agendaItem.createMany({
    data: items.map((item, position) => ({
      meetingId,
      number: item.number,
      title: item.title,
      position: position + 1,
      areaId: item.areaId,
    })),
  });
  await recordAudit(
    tx,
    committeeId,
    actor,
    { action: "agenda.adopt", entity: "meeting", entityId: meetingId, after: { items } },
    now,
  );
}
