// away until <date> | away off: requests for updates skip a person who is
// away, and a colleague of the same delegation is asked instead.

import { delegationContact } from "../../cycle/people.ts";
import { shiftDate } from "../../cycle/slots.ts";
import { isPastDate, readDue } from "../../domain/due.ts";
import { calendarDate, longCalendarDate, personName } from "../../domain/format.ts";
import { clearAbsence, setAbsence } from "../../store/absences.ts";
import type { CommandContext } from "../context.ts";
import { UserError } from "../errors.ts";
import { USAGE } from "../grammar.ts";
import { privateReply, type Reply } from "../reply.ts";

const MAX_AWAY_DAYS = 366;

export async function away(context: CommandContext, until: string | undefined): Promise<Reply[]> {
  const { db, dir, person, actor, now } = context;
  const zone = person.timeZone ?? dir.committee.timeZone;
  if (until === undefined) {
    const cleared = await clearAbsence(
      db,
      { committeeId: dir.committee.id, personId: person.id },
      actor,
      now,
    );
    return [
      privateReply(
        cleared ? "Welcome back: you will be asked for updates again." : "You were not marked away.",
      ),
    ];
  }
  const reading = readDue(until, now, zone);
  if (reading?.kind !== "date") {
    throw new UserError(
      `I could not read "${until}" as a date; write e.g. "away until 9 December".`,
      USAGE.away,
    );
  }
  if (isPastDate(reading.dueOn, now, zone)) {
    throw new UserError(`${longCalendarDate(reading.dueOn)} has already passed.`, USAGE.away);
  }
  if (reading.dueOn > shiftDate(calendarDate(now, zone), MAX_AWAY_DAYS)) {
    throw new UserError("At most a year ahead; the secretariat can help with longer absences.", USAGE.away);
  }
  await setAbsence(
    db,
    { committeeId: dir.committee.id, personId: person.id, until: reading.dueOn },
    actor,
    now,
  );
  const colleague = delegationContact(dir, person.delegationId, new Set([person.id]));
  const instead = colleague
    ? ` Requests for your delegation's updates go to ${personName(colleague)} meanwhile.`
    : " No colleague of your delegation is on record, so the secretariat will see that your update is outstanding.";
  return [
    privateReply(
      `Noted: you are away until ${longCalendarDate(reading.dueOn)} and will not be asked for updates until then.${instead} Type "away off" when you are back earlier.`,
    ),
  ];
}
