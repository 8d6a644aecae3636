// The .docx file's own properties (docProps/core.xml). The docx package
// stamps the machine's real date and "Un-named" whatever it is told, so the
// part is written here and handed to the packer as an override: the author is
// the committee's secretariat, the dates come from the injected clock (a draft
// prepared "on 21 November 2016" says so in File > Properties too), and the
// language is the document's.
import type { PrintDocument } from "./document.ts";

export const LANGUAGE = "en-GB";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** W3C date-time, to the second, as Word writes it. */
function w3cdtf(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function coreProperties(doc: PrintDocument): { path: string; data: string } {
  const when = w3cdtf(doc.preparedAt);
  const data = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(doc.title)}</dc:title>`,
    `<dc:creator>${escapeXml(doc.author)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(doc.author)}</cp:lastModifiedBy>`,
    `<dc:language>${LANGUAGE}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
  return { path: "docProps/core.xml", data };
}
