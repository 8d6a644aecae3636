// Agenda and minutes drafts with their files (.md and .docx): what the chat
// commands attach, what `npm run minutes` writes, and what a benchmark times.
import { createHash } from "node:crypto";
import { calendarDate } from "../../domain/format.ts";
import type { Records } from "../../read-model/records.ts";
import type { Directory } from "../../store/directory.ts";
import type { Attachment } from "../reply.ts";
import { type AgendaDraft, buildAgendaDraft } from "./agenda.ts";
import { agendaDocument, minutesDocument, type PrintDocument } from "./document.ts";
import { toMarkdown } from "./markdown.ts";
import { loadMeeting } from "./meeting-agenda.ts";
import { buildMinutesDraft, type MinutesDraft } from "./minutes.ts";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface Exported<T> {
  draft: T;
  document: PrintDocument;
  markdown: string;
  docx: Uint8Array;
  /** "minutes-2016-11-04": the files' name without extension. */
  basename: string;
}

// Building a .docx costs tens of milliseconds, and the same draft is asked for
// again and again between edits ("agenda" before a meeting): the bytes are
// kept for the last few documents, by a hash of their whole content.
const docxKept = new Map<string, Promise<Uint8Array>>();
const DOCX_KEPT = 8;

function docxOf(document: PrintDocument): Promise<Uint8Array> {
  const key = createHash("sha256").update(JSON.stringify(document)).digest("hex");
  const known = docxKept.get(key);
  if (known) return known;
  // The docx library is loaded on the first document, not at start: it is a tenth of the start-up.
  const built = import("./docx.ts").then(({ toDocx }) => toDocx(document));
  built.catch(() => docxKept.delete(key));
  if (docxKept.size >= DOCX_KEPT) docxKept.delete(docxKept.keys().next().value ?? "");
  docxKept.set(key, built);
  return built;
}

async function render<T>(draft: T, document: PrintDocument, basename: string): Promise<Exported<T>> {
  return { draft, document, markdown: toMarkdown(document), docx: await docxOf(document), basename };
}

function meetingDay(records: Records, meetingId: number): string {
  const meeting = loadMeeting(records, meetingId);
  return calendarDate(meeting.startsAt, meeting.timeZone);
}

/** The minutes draft of a meeting with its Markdown and .docx (the benchmark hook). */
export async function exportMinutes(
  dir: Directory,
  records: Records,
  meetingId: number,
  now: Date,
): Promise<Exported<MinutesDraft>> {
  const draft = await buildMinutesDraft(dir, records, meetingId, now);
  return render(draft, minutesDocument(draft), `minutes-${meetingDay(records, meetingId)}`);
}

export async function exportAgenda(
  dir: Directory,
  records: Records,
  meetingId: number,
  now: Date,
): Promise<Exported<AgendaDraft>> {
  const draft = await buildAgendaDraft(dir, records, { id: meetingId }, now);
  return render(draft, agendaDocument(draft), `agenda-${meetingDay(records, meetingId)}`);
}

/** The files of a document already made (a frozen minutes version): .docx and .md. */
export async function documentFiles(document: PrintDocument, basename: string): Promise<Attachment[]> {
  return attachments(await render(null, document, basename));
}

export function attachments(exported: Exported<unknown>): Attachment[] {
  return [
    {
      filename: `${exported.basename}.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      content: exported.docx,
      title: exported.document.title,
    },
    {
      filename: `${exported.basename}.md`,
      mediaType: "text/markdown",
      content: exported.markdown,
      title: exported.document.title,
    },
  ];
}
