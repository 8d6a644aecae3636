// Imports a parsed minutes document: the meeting, its agenda items and who
// attended, in one transaction with its audit row, so a failure leaves
// nothing behind. The document's text becomes quotable passages under its
// agenda items, so questions are answered from every meeting's minutes.
// Delegations and persons are matched by any name the records
// know them by, exactly (src/domain/record-names; a typo in the minutes is no name),
// and created when the committee does not know them yet. Action
// candidates are not written here: the secretariat confirms each one first.

import { TZDate } from "@date-fns/tz";
import { shortDate } from "../domain/format.ts";
import { namedExactly } from "../domain/record-names/directory-names.ts";
import type { MinutesImport } from "../minutes/import/parse.ts";
import { splitMinutes } from "../records/passages.ts";
import { type Actor, recordAudit, type Tx } from "./audit.ts";
import type { Directory } from "./directory.ts";
import type { Db } from "./open.ts";

export type ImportedMinutes = {
  meetingId: number;
  items: number;
  attendees: number;
  /** Paragraphs stored as quotable passages. */
  passages: number;
  newDelegations: string[];
  newPersons: string[];
};

export type ImportRefusal = { refused: string };

/** The instant a "yyyy-mm-dd" + "HH:MM" names in the committee's time zone. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, h!, min!, timeZone).getTime());
}

export async function importMinutes(
  db: Db,
  dir: Directory,
  minutes: MinutesImport,
  actor: Actor,
  now: Date,
  /** The document as read: its paragraphs become the passages questions are answered from. */
  text: string,
): Promise<ImportedMinutes | ImportRefusal> {
  const { date, start, end, place } = minutes.meeting;
  if (!date) return { refused: "The document gives no meeting date I could read; nothing was imported." };
  // "--06-14": the day is read but no year; guessing one would file the meeting in the wrong year
  if (date.startsWith("--"))
    return { refused: "The document gives the meeting's day but not its year; nothing was imported." };
  const timeZone = dir.committee.timeZone;
  const startsAt = localInstant(date, start ?? "00:00", timeZone);
  const dayStart = localInstant(date, "00:00", timeZone);
  const dayEnd = new Date(dayStart.getTime() + 24 * 3600_000);
  const existing = await db.meeting.findFirst({
    where: { committeeId: dir.committee.id, startsAt: { gte: dayStart, lt: dayEnd } },
  });
  if (existing) return { refused: `A meeting on ${date} is already on record; nothing was imported.` };

  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        committeeId: dir.committee.id,
        startsAt,
        endsAt: end ? localInstant(date, end, timeZone) : null,
        timeKnown: start !== null,
        timeZone,
        place,
        status: startsAt < now ? "held" : "scheduled",
      },
    });
    const numbers = new Set<string>();
    const items = minutes.items.filter((item) => !numbers.has(item.number) && numbers.add(item.number));
    await tx.agendaItem.createMany({
      data: items.map((item, position) => ({
        meetingId: meeting.id,
        number: item.number,
        title: item.title,
        position,
      })),
    });
    const created = { delegations: [] as string[], persons: [] as string[] };
    const attendees = new Set<number>();
    for (const entry of minutes.present) {
      if (!entry.delegation) continue;
      const delegationId = await delegationFor(tx, dir, entry.delegation, entry.role, created);
      for (const person of entry.persons) {
        attendees.add(await personFor(tx, dir, delegationId, person, created));
      }
    }
    await tx.attendance.createMany({
      data: [...attendees].map((personId) => ({ meetingId: meeting.id, personId })),
    });
    const source = `Minutes of ${shortDate(startsAt, timeZone)}`;
    const passages = splitMinutes(text);
    await tx.recordPassage.createMany({
      data: passages.map((passage, position) => ({
        committeeId: dir.committee.id,
        source,
        reference: passage.reference,
        meetingId: meeting.id,
        agendaNumber: passage.agendaNumber ?? null,
        position,
        text: passage.text,
      })),
    });
    const result = {
      meetingId: meeting.id,
      items: items.length,
      attendees: attendees.size,
      passages: passages.length,
      newDelegations: created.delegations,
      newPersons: created.persons,
    };
    await recordAudit(
      tx,
      dir.committee.id,
      actor,
      { action: "minutes.import", entity: "meeting", entityId: meeting.id, after: result },
      now,
    );
    return result;
  });
}

async function delegationFor(
  tx: Tx,
  dir: Directory,
  name: string,
  role: string | null,
  created: { delegations: string[] },
): Promise<number> {
  // "Implementation Support Unit (ISU-CCM)" is known by either part
  const bracketed = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
  const names = [name, ...(bracketed ? [bracketed[1]!, bracketed[2]!] : [])];
  const known = names.flatMap((typed) => namedExactly(dir, typed, ["delegation"]))[0];
  if (known?.kind === "delegation") return known.delegation.id;
  const made = await tx.delegation.findFirst({ where: { committeeId: dir.committee.id, name } });
  if (made) return made.id;
  const last = Math.max(0, ...dir.delegations.map((d) => d.listOrder));
  const row = await tx.delegation.create({
    data: {
      committeeId: dir.committee.id,
      name,
      // a state's name is words; organisations go by acronyms or "Coalition", "Committee", ...
      kind: /^[A-Z]{2,}|\b(?:Coalition|Committee|Unit|Office|Centre|Center|Organi[sz]ation|Programme)\b/.test(
        name,
      )
        ? "organisation"
        : "state",
      label: role,
      listOrder: last + 1 + created.delegations.length,
    },
  });
  created.delegations.push(name);
  return row.id;
}

async function personFor(
  tx: Tx,
  dir: Directory,
  delegationId: number,
  person: { honorific: string | null; name: string },
  created: { persons: string[] },
): Promise<number> {
  // "Ms. Hauge" in Norway's line is Norway's one Hauge; two of that name in one delegation are no one
  const known = namedExactly(dir, person.name, ["person"]).flatMap((s) =>
    s.kind === "person" && s.person.delegationId === delegationId ? [s.person] : [],
  );
  if (known.length === 1 && known[0]) return known[0].id;
  const made = await tx.person.findFirst({ where: { delegationId, name: person.name } });
  if (made) return made.id;
  const row = await tx.person.create({
    data: {
      committeeId: dir.committee.id,
      delegationId,
      honorific: person.honorific,
      name: person.name,
      familyName: person.name.split(/\s+/).at(-1) ?? person.name,
    },
  });
  created.persons.push(person.name);
  return row.id;
}
