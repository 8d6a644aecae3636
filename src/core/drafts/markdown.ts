// A printable document as Markdown, for chat and for git: the title block as
// a heading and plain lines, numbered items as headings, attendance as plain
// lines (delegation in bold, then its persons; a blank line between
// delegations, as the committee's minutes set it). Text is escaped so names
// and figures print as written.
import { type Block, headingText, type PrintDocument } from "./document.ts";

/** Escapes what Markdown would read as markup inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

/** A paragraph that starts like a list or a heading ("2016. The…", "- ") stays text. */
function escapeParagraph(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\d+)\. /, "$1\\. ")
    .replace(/^([#+-]) /, "\\$1 ");
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading": {
      const text = b.number ? headingText(b.number, b.title, b.level) : b.title;
      return `${b.level === 1 ? "##" : "###"} ${escapeMarkdown(text)}`;
    }
    case "paragraph":
      return escapeParagraph(b.text);
    case "list":
      return b.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n");
    case "attendance":
      // A backslash before the line end is CommonMark's hard line break: one paragraph per delegation.
      return b.delegations
        .map((d) => [`**${escapeMarkdown(d.name)}**`, ...d.persons.map(escapeParagraph)].join("\\\n"))
        .join("\n\n");
  }
}

export function toMarkdown(doc: PrintDocument): string {
  const parts = [
    `# ${escapeMarkdown(doc.title)}`,
    ...doc.subtitle.map(escapeParagraph),
    ...(doc.status ? [`**${escapeMarkdown(doc.status)}**`] : []),
    ...doc.blocks.map(block),
    `_${escapeMarkdown(doc.colophon)}_`,
  ];
  return `${parts.join("\n\n")}\n`;
}
