// The minutes and agenda drafts opened with mammoth, a .docx reader that
// knows Word's styles: items are real headings (Heading 1 and 2, numbered by
// Word, so the text holds the title only), attendance is plain paragraphs,
// not a list, and the text is what the committee circulates.
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENDA_HEADINGS,
  type DraftFiles,
  MINUTES_ACTIONS,
  MINUTES_HEADINGS,
  NOT_CIRCULATED,
  writeDrafts,
} from "./drafts-files.ts";
import { draftsHarness } from "./drafts-harness.ts";

const h = draftsHarness(new Date("2016-11-21T08:00:00Z"));
let files: DraftFiles;
beforeAll(async () => {
  await h.setup();
  files = await writeDrafts(h.get());
}, 60_000);
afterAll(h.teardown);

interface Opened {
  html: string;
  messages: unknown[];
  /** "h1 PRESENT:", "h2 Victim Assistance (Italy and Chile)", "p …", in document order. */
  elements: string[];
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

async function open(docx: Uint8Array): Promise<Opened> {
  const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
  const elements = [...value.matchAll(/<(h1|h2|p|li)>(.*?)<\/\1>/g)].map(
    (m) =>
      `${m[1]} ${(m[2] ?? "").replace(/<[^>]+>/g, "").replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e)}`,
  );
  return { html: value, messages, elements };
}

/** "5.1 Victim Assistance (…)" as mammoth sees a Word-numbered heading: "h2 Victim Assistance (…)". */
function asHeading(numbered: string): string {
  const [number = "", ...title] = numbered.split(" ");
  return `${number.includes(".") && !number.endsWith(".") ? "h2" : "h1"} ${title.join(" ")}`;
}

describe("drafts opened with mammoth", () => {
  it("reads the minutes' items as Word headings, in order, with the action items as sentences under them", async () => {
    const { elements, messages, html } = await open(files.minutes.docx);
    expect(messages).toEqual([]);
    expect(elements.filter((e) => /^h[12] /.test(e))).toEqual(MINUTES_HEADINGS.map(asHeading));
    expect(elements.slice(0, 3)).toEqual([
      "p MINUTES OF THE CCM COORDINATION COMMITTEE MEETING",
      "p Held on Friday 4 November 2016",
      "p at the Permanent Mission of the Federal Republic of Germany, from 10:00 – 11:30 hours",
    ]);
    const at = (element: string) => elements.indexOf(element);
    expect(
      at("h1 Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP") + 1,
    ).toBe(at(`p ${MINUTES_ACTIONS[0]}`));
    const actions = MINUTES_ACTIONS.map((sentence) => at(`p ${sentence}`));
    expect(actions.every((i) => i > 0)).toBe(true);
    expect(actions).toEqual([...actions].sort((a, b) => a - b));
    expect(
      elements.slice(
        at("h1 Implementation of the ISU-CCM Financial Decision") + 1,
        at("h1 Update from the ISU-CCM"),
      ),
    ).toEqual(MINUTES_ACTIONS.slice(5).map((sentence) => `p ${sentence}`));
    // Attendance: delegation, then its persons, as plain paragraphs.
    expect(html).not.toMatch(/<[uo]l>/);
    expect(elements.slice(at("h1 PRESENT:") + 1, at("h1 PRESENT:") + 6)).toEqual([
      "p Germany - 7MSP President",
      "p H.E. Michael Biontino",
      "p Mr. Toralf Pilz",
      "p Australia",
      "p Mr. Hugh Watson",
    ]);
    expect(elements).toContain("p Mr. Asim Dorović");
    expect(elements.join("\n")).not.toMatch(NOT_CIRCULATED);
    // The proposal on item 4 reads as what was said, with no label.
    expect(elements[at("h1 Updates from the 7MSP Presidency") + 1]).toMatch(
      /^p The President proposed that /,
    );
  });

  it("reads the agenda's items as Word headings in the committee's wording, the update received as a bullet", async () => {
    const { elements, messages } = await open(files.agenda.docx);
    expect(messages).toEqual([]);
    const headings = elements.filter((e) => /^h[12] /.test(e));
    expect(headings).toHaveLength(18);
    expect(headings).toEqual(expect.arrayContaining(AGENDA_HEADINGS.map(asHeading)));
    const clearance = elements.indexOf("h2 Clearance and Risk Reduction Education (Norway and Netherlands)");
    expect(elements[clearance + 1]).toBe(
      "li Update received from Norway: We will hold a workshop in Lebanon in November. Donors and operators will attend.",
    );
    expect(elements.join("\n")).not.toMatch(NOT_CIRCULATED);
  });
});
