// The minutes' life as answers read it: each meeting's circulated versions
// (frozen documents), the comments members sent on them and the
// secretariat's corrections waiting for the next version. Built from the
// rows of the "minutes" part alone, so a comment reloads nothing else.
import type { MinutesComment, MinutesCorrection, MinutesVersion } from "../generated/prisma/client.ts";

/** `document` stays JSON text here: the drafts (src/core/drafts/minutes-versions.ts) read it. */
export interface MinutesVersionRecord extends Omit<MinutesVersion, "changes"> {
  /** What changed since the version before: "5.4 Clearance …: reworded". */
  changes: string[];
}

export interface MinutesPart {
  /** Oldest version first. */
  versionsByMeeting: ReadonlyMap<number, readonly MinutesVersionRecord[]>;
  /** Oldest comment first. */
  commentsByMeeting: ReadonlyMap<number, readonly MinutesComment[]>;
  /** By item number. */
  correctionsByMeeting: ReadonlyMap<number, ReadonlyMap<string, MinutesCorrection>>;
}

export interface MinutesRows {
  versions: MinutesVersion[];
  comments: MinutesComment[];
  corrections: MinutesCorrection[];
}

function grouped<T extends { meetingId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.meetingId);
    if (list) list.push(row);
    else groups.set(row.meetingId, [row]);
  }
  return groups;
}

export function buildMinutes(rows: MinutesRows): MinutesPart {
  const versions = [...rows.versions]
    .sort((a, b) => a.version - b.version)
    .map(
      (row): MinutesVersionRecord => ({
        ...row,
        changes: JSON.parse(row.changes) as string[],
      }),
    );
  const corrections = new Map<number, Map<string, MinutesCorrection>>();
  for (const [meetingId, list] of grouped(rows.corrections)) {
    corrections.set(meetingId, new Map(list.map((row) => [row.itemNumber, row])));
  }
  return {
    versionsByMeeting: grouped(versions),
    commentsByMeeting: grouped([...rows.comments].sort((a, b) => a.id - b.id)),
    correctionsByMeeting: corrections,
  };
}
