// A printable document as a Word file in the committee's formal style: a
// centred title block, numbered headings, justified paragraphs, attendance as
// plain lines (delegation, then its persons, a blank line between
// delegations), the status ("DRAFT") in the header of every page and
// "Page n of m" in the footer. Styles and numbering: docx-styles.ts; file
// properties: docx-properties.ts.
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { type Block, headingText, type PrintDocument } from "./document.ts";
import { coreProperties } from "./docx-properties.ts";
import { ITEMS, NOTES, numbering, styles, wordNumbersMatch } from "./docx-styles.ts";

type Heading = Extract<Block, { kind: "heading" }>;

function heading(block: Heading, wordNumbers: boolean): Paragraph {
  const typed =
    block.number && !wordNumbers ? headingText(block.number, block.title, block.level) : block.title;
  return new Paragraph({
    heading: block.level === 1 ? "Heading1" : "Heading2",
    ...(wordNumbers ? { numbering: { reference: ITEMS, level: block.level - 1 } } : {}),
    children: [new TextRun(typed)],
  });
}

function paragraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 160 },
    children: [new TextRun(text)],
  });
}

/** A delegation and its persons kept on one page; one empty line's space after the last. */
function attendance(block: Extract<Block, { kind: "attendance" }>): Paragraph[] {
  return block.delegations.flatMap((d) => {
    const lines = [d.name, ...d.persons];
    return lines.map(
      (text, i) =>
        new Paragraph({
          keepNext: i < lines.length - 1,
          spacing: { after: i === lines.length - 1 ? 240 : 0 },
          children: [new TextRun({ text, bold: i === 0 })],
        }),
    );
  });
}

function paragraphsOf(block: Block, wordNumbers: boolean): Paragraph[] {
  switch (block.kind) {
    case "heading":
      return [heading(block, wordNumbers)];
    case "paragraph":
      return [paragraph(block.text)];
    case "list":
      return block.items.map(
        (text) => new Paragraph({ numbering: { reference: NOTES, level: 0 }, children: [new TextRun(text)] }),
      );
    case "attendance":
      return attendance(block);
  }
}

function body(blocks: readonly Block[]): Paragraph[] {
  const wordNumbers = wordNumbersMatch(blocks.filter((b): b is Heading => b.kind === "heading"));
  return blocks.flatMap((block) => paragraphsOf(block, wordNumbers));
}

function centred(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [new TextRun({ text, ...options })],
  });
}

export async function toDocx(doc: PrintDocument): Promise<Uint8Array> {
  const small = (children: (string | typeof PageNumber.CURRENT)[], bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 20, bold })] });
  const document = new Document({
    title: doc.title,
    creator: doc.author,
    lastModifiedBy: doc.author,
    styles,
    numbering,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        ...(doc.status
          ? { headers: { default: new Header({ children: [small([doc.status], true)] }) } }
          : {}),
        footers: {
          default: new Footer({
            children: [small(["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES])],
          }),
        },
        children: [
          centred(doc.title, { bold: true, size: 28 }),
          ...doc.subtitle.map((line) => centred(line)),
          ...body(doc.blocks),
          new Paragraph({
            spacing: { before: 360 },
            children: [new TextRun({ text: doc.colophon, italics: true, size: 18 })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document, false, [coreProperties(doc)]));
}
