// The seed documents as quotable passages: the minutes of 4 November 2016 by
// agenda item, and the Presidency's non-paper by numbered paragraph.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Passage, splitMinutes, splitNumberedPaper } from "../records/passages.ts";
import type { Tx } from "../store/audit.ts";

const documentsDir = fileURLToPath(new URL("./documents/", import.meta.url));

export const MINUTES_SOURCE = "Minutes of 4 November 2016";
export const NON_PAPER_SOURCE = "Presidency's non-paper on country coalitions";

function read(name: string): string {
  return readFileSync(`${documentsDir}${name}`, "utf8");
}

export async function seedPassages(tx: Tx, committeeId: number, minutesMeetingId: number): Promise<number> {
  const sets: { source: string; meetingId: number | null; passages: Passage[] }[] = [
    {
      source: MINUTES_SOURCE,
      meetingId: minutesMeetingId,
      passages: splitMinutes(read("minutes-2016-11-04.txt")),
    },
    {
      source: NON_PAPER_SOURCE,
      meetingId: null,
      passages: splitNumberedPaper(read("non-paper-country-coalitions.txt")),
    },
  ];
  let count = 0;
  for (const set of sets) {
    await tx.recordPassage.createMany({
      data: set.passages.map((passage, position) => ({
        committeeId,
        source: set.source,
        reference: passage.reference,
        meetingId: set.meetingId,
        agendaNumber: passage.agendaNumber ?? null,
        position,
        text: passage.text,
      })),
    });
    count += set.passages.length;
  }
  return count;
}
