// A printable document as a Word file in the committee's formal style: a
// centred title block, numbered headings in black, justified paragraphs,
// attendance as a two-level list (delegation, then its people), and
// "Page n of m" in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { Block, PrintDocument } from "./document.ts";

const FONT = "Times New Roman";
/** Sizes are in half-points. */
const BODY = 24;
const LIST = "attendance";
const NOTES = "notes";

function heading(block: Extract<Block, { kind: "heading" }>): Paragraph {
  return new Paragraph({
    heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(block.text)],
    keepNext: true,
  });
}

function paragraph(block: Extract<Block, { kind: "paragraph" }>): Paragraph {
  const runs = [
    ...(block.label ? [new TextRun({ text: `${block.label} `, bold: true })] : []),
    new TextRun({
      text: block.text,
      italics: block.tone === "placeholder",
      color: block.tone === "placeholder" ? "666666" : undefined,
    }),
  ];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 }, children: runs });
}

function list(block: Extract<Block, { kind: "list" }>): Paragraph[] {
  const nested = block.items.some((item) => item.children.length > 0);
  const reference = nested ? LIST : NOTES;
  return block.items.flatMap((item) => [
    new Paragraph({
      numbering: { reference, level: 0 },
      keepNext: item.children.length > 0,
      children: [new TextRun({ text: item.text, bold: nested })],
    }),
    ...item.children.map(
      (child) => new Paragraph({ numbering: { reference, level: 1 }, children: [new TextRun(child)] }),
    ),
  ]);
}

function body(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((block) => {
    if (block.kind === "heading") return [heading(block)];
    if (block.kind === "paragraph") return [paragraph(block)];
    return list(block);
  });
}

function centred(
  text: string,
  options: { bold?: boolean; size?: number; italics?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [new TextRun({ text, ...options })],
  });
}

const bullet = (level: number, text: string, indent: number) => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: indent, hanging: 360 } } },
});

export async function toDocx(doc: PrintDocument): Promise<Uint8Array> {
  const titleBlock = [
    centred(doc.title, { bold: true, size: 28 }),
    ...doc.subtitle.map((line) => centred(line)),
    ...(doc.status ? [centred(doc.status, { bold: true, italics: true })] : []),
  ];
  const document = new Document({
    title: doc.title,
    creator: "Rapporteur",
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY } },
        heading1: {
          run: { font: FONT, size: BODY, bold: true, color: "000000" },
          paragraph: { spacing: { before: 320, after: 160 } },
        },
        heading2: {
          run: { font: FONT, size: BODY, bold: true, italics: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
    },
    numbering: {
      config: [
        { reference: LIST, levels: [bullet(0, "", 360), bullet(1, "\u2013", 1080)] },
        { reference: NOTES, levels: [bullet(0, "\u2022", 720), bullet(1, "\u2013", 1080)] },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
                    size: 20,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titleBlock,
          ...body(doc.blocks),
          new Paragraph({
            spacing: { before: 360 },
            children: [new TextRun({ text: doc.colophon, italics: true, size: 18 })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
