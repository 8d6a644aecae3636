// The knowledge the document questions are answered from, built once per
// snapshot of the records: the passages of every document on record and the
// secretariat's notes under agenda items, read as passages of that meeting.
import type { Directory } from "../../../domain/directory.ts";
import { shortDate } from "../../../domain/format.ts";
import type { Records } from "../../../read-model/records.ts";
import {
  buildKnowledge,
  type Knowledge,
  type KnowledgePassage,
} from "../../../records/knowledge/knowledge.ts";

let cached: { passages: unknown; notes: unknown; dir: Directory; knowledge: Knowledge } | null = null;

function notePassages(records: Records): KnowledgePassage[] {
  const passages: KnowledgePassage[] = [];
  for (const [meetingId, notes] of records.notesByMeeting) {
    const meeting = records.meetingById.get(meetingId);
    if (!meeting) continue;
    const source = `Notes of the meeting of ${shortDate(meeting.startsAt, meeting.timeZone)}`;
    notes.forEach((note, position) => {
      const item = meeting.agendaItems.find((i) => i.id === note.agendaItemId);
      passages.push({
        source,
        reference: item ? `item ${item.number} (${item.title})` : "notes",
        meetingId,
        agendaNumber: item?.number ?? null,
        position,
        text: note.text,
      });
    });
  }
  return passages;
}

export function knowledgeOf(records: Records, dir: Directory): Knowledge {
  if (
    cached &&
    cached.passages === records.passages &&
    cached.notes === records.notesByMeeting &&
    cached.dir === dir
  )
    return cached.knowledge;
  const knowledge = buildKnowledge(dir, [...records.passages, ...notePassages(records)]);
  cached = { passages: records.passages, notes: records.notesByMeeting, dir, knowledge };
  return knowledge;
}
