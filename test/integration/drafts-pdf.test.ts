// The minutes and agenda drafts opened in LibreOffice, a real Word reader:
// converted to PDF, each page must say DRAFT (the header) and "Page n of m",
// the items must come in the committee's order with the action items as
// sentences under them, and nothing meant for the secretariat only may show.
// Skips, saying why, only where LibreOffice is not installed (CI installs it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxToPdf, officeMissing, pdfPageCount, pdfText } from "../fixtures/office.ts";
import {
  AGENDA_HEADINGS,
  type DraftFiles,
  MINUTES_ACTIONS,
  MINUTES_HEADINGS,
  NOT_CIRCULATED,
  writeDrafts,
} from "./drafts-files.ts";
import { draftsHarness } from "./drafts-harness.ts";

const missing = officeMissing();
if (missing) console.warn(`drafts-pdf: skipped, ${missing}`);

const h = draftsHarness(new Date("2016-11-21T08:00:00Z"));
let files: DraftFiles;
beforeAll(async () => {
  await h.setup();
  files = await writeDrafts(h.get());
}, 60_000);
afterAll(h.teardown);

/** Where each of `texts` first appears in `text`, whitespace as one space (lines wrap on the page). */
function positions(text: string, texts: readonly string[]): number[] {
  const flat = text.replace(/\s+/g, " ");
  return texts.map((t) => flat.indexOf(t.replace(/\s+/g, " ")));
}

function pages(pdf: string): string[] {
  return Array.from({ length: pdfPageCount(pdf) }, (_, i) => pdfText(pdf, i + 1));
}

describe.skipIf(missing !== null)(`drafts in LibreOffice${missing ? ` (skipped: ${missing})` : ""}`, () => {
  it("prints the minutes of 4 November 2016 on 2 to 4 pages, each marked DRAFT, items and action items in order", () => {
    const pdf = docxToPdf(files.minutes.path, h.get().dir);
    const each = pages(pdf);
    // Three pages with Times New Roman or its usual stand-ins; a range, as fonts differ between machines.
    expect(each.length).toBeGreaterThanOrEqual(2);
    expect(each.length).toBeLessThanOrEqual(4);
    each.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/^\s*DRAFT\s*$/m);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${each.length}`);
    });
    const text = pdfText(pdf);
    const headings = positions(text, MINUTES_HEADINGS);
    expect(
      headings.every((at) => at >= 0),
      `headings found: ${headings}`,
    ).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    const actions = positions(text, MINUTES_ACTIONS);
    expect(
      actions.every((at) => at >= 0),
      `action sentences found: ${actions}`,
    ).toBe(true);
    expect(actions).toEqual([...actions].sort((a, b) => a - b));
    // A-1 under item 5, before 5.1; A-6 under item 6, before item 7.
    expect(actions[0]).toBeGreaterThan(headings[4] ?? 0);
    expect(actions[0]).toBeLessThan(headings[5] ?? 0);
    expect(actions[7]).toBeLessThan(headings[14] ?? 0);
    expect(text).not.toMatch(NOT_CIRCULATED);
    expect(text).toContain("H.E. Ms. Encyla Tina Chishiba Sinjela");
    expect(text).toContain("Ms. Amélie Chayer");
  });

  it("prints the agenda of 7 December 2016 marked DRAFT on every page, in the committee's wording, without tracking", () => {
    const pdf = docxToPdf(files.agenda.path, h.get().dir);
    const each = pages(pdf);
    expect(each.length).toBeGreaterThanOrEqual(1);
    expect(each.length).toBeLessThanOrEqual(2);
    each.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/^\s*DRAFT\s*$/m);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${each.length}`);
    });
    const text = pdfText(pdf);
    const headings = positions(text, AGENDA_HEADINGS);
    expect(
      headings.every((at) => at >= 0),
      `headings found: ${headings}`,
    ).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    const [update] = positions(text, ["Update received from Norway: We will hold a workshop in Lebanon"]);
    expect(update).toBeGreaterThan(headings[6] ?? 0);
    expect(update).toBeLessThan(headings[7] ?? 0);
    expect(text).not.toMatch(NOT_CIRCULATED);
  });
});
