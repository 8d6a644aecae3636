// A printable document, the one shape both exports render (Markdown and
// .docx): a title block, numbered headings, paragraphs, the attendance list
// and bullet lists. Agenda and minutes drafts are turned into it here, once,
// and only what goes out to the committee gets in: words to the secretariat
// ("Nothing was recorded under this item.", "Update not yet received.") stay
// in the chat view.
import type { AgendaDraft } from "./agenda.ts";
import type { MinutesDraft, MinutesParagraph } from "./minutes.ts";

export type Block =
  | { kind: "heading"; level: 1 | 2; number: string | null; title: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  /** Delegation by delegation, each with its persons, as the minutes' "PRESENT:" lists them. */
  | { kind: "attendance"; delegations: { name: string; persons: string[] }[] };

export interface PrintDocument {
  /** Document properties and the first line of the title block. */
  title: string;
  /** The rest of the title block: date, place and hours. */
  subtitle: string[];
  /** "DRAFT", "DRAFT (version 3)", or empty for an agenda on record; printed on every page. */
  status: string;
  blocks: Block[];
  /** Small print at the end: when and from what the draft was prepared. */
  colophon: string;
  /** The file's author ("ISU-CCM") and its created and modified dates (the injected clock). */
  author: string;
  preparedAt: Date;
}

/** "1. PRESENT:" for an item, "5.1 Victim Assistance" for a sub-item, as the committee numbers them. */
export function headingText(number: string, title: string, level: 1 | 2): string {
  return level === 1 ? `${number}. ${title}` : `${number} ${title}`;
}

/** What the committee reads: every paragraph but the secretariat's placeholders. */
function circulated(paragraphs: readonly MinutesParagraph[]): Block[] {
  return paragraphs.filter((p) => p.kind !== "placeholder").map((p) => ({ kind: "paragraph", text: p.text }));
}

export function minutesDocument(draft: MinutesDraft): PrintDocument {
  const blocks: Block[] = [
    { kind: "heading", level: 1, number: draft.presentNumber, title: "PRESENT:" },
    ...(draft.present.length
      ? [
          {
            kind: "attendance" as const,
            delegations: draft.present.map((d) => ({
              name: d.label ? `${d.delegation} - ${d.label}` : d.delegation,
              persons: d.persons,
            })),
          },
        ]
      : []),
    ...circulated(draft.presentNotes),
  ];
  for (const item of draft.items) {
    blocks.push({ kind: "heading", level: item.level, number: item.number, title: item.title });
    blocks.push(...circulated(item.paragraphs));
  }
  return {
    title: draft.title,
    subtitle: [draft.heldOn, draft.at].filter(Boolean),
    status: "DRAFT",
    blocks,
    colophon: draft.preparedOn,
    author: draft.preparedBy,
    preparedAt: draft.preparedAt,
  };
}

export function agendaDocument(draft: AgendaDraft): PrintDocument {
  const blocks: Block[] = [];
  for (const item of draft.items) {
    blocks.push({ kind: "heading", level: item.level, number: item.number, title: item.title });
    if (item.notes.length) blocks.push({ kind: "list", items: item.notes });
  }
  const status =
    draft.source === "record" ? "" : draft.version ? `DRAFT (version ${draft.version})` : "DRAFT";
  return {
    title: draft.title,
    subtitle: [draft.date, draft.at].filter(Boolean),
    status,
    blocks,
    colophon: draft.preparedOn,
    author: draft.preparedBy,
    preparedAt: draft.preparedAt,
  };
}
