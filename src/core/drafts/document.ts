// A printable document, the one shape both exports render (Markdown and
// .docx): a title block, numbered headings, paragraphs and a two-level list.
// Agenda and minutes drafts are turned into it here, once.
import type { AgendaDraft } from "./agenda.ts";
import type { MinutesDraft, MinutesParagraph } from "./minutes.ts";

export type Block =
  | { kind: "heading"; level: 1 | 2; text: string }
  | {
      kind: "paragraph";
      /** A bold lead-in ("Decision:", "Action A-7:") kept apart so each format can set it. */
      label?: string;
      text: string;
      tone?: "placeholder" | "note";
    }
  | { kind: "list"; items: { text: string; children: string[] }[] };

export interface PrintDocument {
  /** Document properties and the first line of the title block. */
  title: string;
  /** The rest of the title block: date, place and hours. */
  subtitle: string[];
  /** "DRAFT", "DRAFT (version 3)", or empty for an agenda on record. */
  status: string;
  blocks: Block[];
  /** Small print at the end: when and from what the draft was prepared. */
  colophon: string;
}

/** "1. PRESENT:" for an item, "5.1 Victim Assistance" for a sub-item, as the committee numbers them. */
export function headingText(number: string, title: string, level: 1 | 2): string {
  return level === 1 ? `${number}. ${title}` : `${number} ${title}`;
}

const LABELLED = /^((?:Decision|Action(?: A-\d+)?):)\s+(.*)$/s;

function paragraph(p: MinutesParagraph): Block {
  const labelled = p.kind === "decision" || p.kind === "action" ? LABELLED.exec(p.text) : null;
  if (labelled?.[1] && labelled[2]) return { kind: "paragraph", label: labelled[1], text: labelled[2] };
  return p.kind === "placeholder"
    ? { kind: "paragraph", text: p.text, tone: "placeholder" }
    : { kind: "paragraph", text: p.text };
}

export function minutesDocument(draft: MinutesDraft): PrintDocument {
  const present = draft.presentNumber ? headingText(draft.presentNumber, "PRESENT:", 1) : "PRESENT:";
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: present },
    draft.present.length
      ? {
          kind: "list",
          items: draft.present.map((d) => ({
            text: d.label ? `${d.delegation} - ${d.label}` : d.delegation,
            children: d.persons,
          })),
        }
      : { kind: "paragraph", text: "Attendance not yet recorded.", tone: "placeholder" },
    ...draft.presentNotes.map(paragraph),
  ];
  for (const item of draft.items) {
    blocks.push({
      kind: "heading",
      level: item.level,
      text: headingText(item.number, item.title, item.level),
    });
    blocks.push(...item.paragraphs.map(paragraph));
  }
  return {
    title: draft.title,
    subtitle: [draft.heldOn, draft.at].filter(Boolean),
    status: "DRAFT",
    blocks,
    colophon: draft.preparedOn,
  };
}

export function agendaDocument(draft: AgendaDraft): PrintDocument {
  const blocks: Block[] = [];
  for (const item of draft.items) {
    blocks.push({
      kind: "heading",
      level: item.level,
      text: headingText(item.number, item.title, item.level),
    });
    if (item.notes.length) {
      blocks.push({ kind: "list", items: item.notes.map((note) => ({ text: note, children: [] })) });
    }
  }
  const status =
    draft.source === "record" ? "" : draft.version ? `DRAFT (version ${draft.version})` : "DRAFT";
  return {
    title: draft.title,
    subtitle: [draft.date, draft.at].filter(Boolean),
    status,
    blocks,
    colophon: draft.preparedOn,
  };
}
