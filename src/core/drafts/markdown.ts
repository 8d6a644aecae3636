// A printable document as Markdown, for chat and for git: the title block as
// a heading and plain lines, numbered items as headings, attendance as a
// nested list. Text is escaped so names and figures print as written.
import type { Block, PrintDocument } from "./document.ts";

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
    case "heading":
      return `${b.level === 1 ? "##" : "###"} ${escapeMarkdown(b.text)}`;
    case "paragraph": {
      const text = escapeParagraph(b.text);
      const lead = b.label ? `**${escapeMarkdown(b.label)}** ` : "";
      return b.tone === "placeholder" ? `_${text}_` : `${lead}${text}`;
    }
    case "list":
      return b.items
        .map((item) =>
          [
            `- ${item.children.length ? `**${escapeMarkdown(item.text)}**` : escapeMarkdown(item.text)}`,
            ...item.children.map((child) => `  - ${escapeMarkdown(child)}`),
          ].join("\n"),
        )
        .join("\n");
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
