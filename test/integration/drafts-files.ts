// The two drafts a secretariat circulates, as .docx files on disk: the minutes
// of 4 November 2016 and the agenda of 7 December 2016 (with Norway's update
// received, so the agenda has a summary to print), for the tests that open
// them with real readers (LibreOffice, mammoth).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportAgenda, exportMinutes } from "../../src/core/drafts/exports.ts";
import { HAUGE, type Harness } from "./drafts-harness.ts";

export interface DraftFiles {
  minutes: { path: string; docx: Uint8Array };
  agenda: { path: string; docx: Uint8Array };
}

export const NORWAY_UPDATE =
  "We will hold a workshop in Lebanon in November. Donors and operators will attend. We will share the lessons learned.";

export async function writeDrafts(h: Harness): Promise<DraftFiles> {
  await h.update(HAUGE, "2016-12-07", { areaPosition: 4 }, NORWAY_UPDATE);
  const dir = await h.directory();
  const records = await h.records();
  const now = h.clock.now();
  const minutes = await exportMinutes(dir, records, await h.meetingOn("2016-11-04"), now);
  const agenda = await exportAgenda(dir, records, await h.meetingOn("2016-12-07"), now);
  const write = (exported: { basename: string; docx: Uint8Array }) => {
    const path = join(h.dir, `${exported.basename}.docx`);
    writeFileSync(path, exported.docx);
    return { path, docx: exported.docx };
  };
  return { minutes: write(minutes), agenda: write(agenda) };
}

/** The minutes' items in the order the committee's minutes print them. */
export const MINUTES_HEADINGS = [
  "1. PRESENT:",
  "2. Opening Remarks by the President",
  "3. Approval of the Minutes of 27 September 2016",
  "4. Updates from the 7MSP Presidency",
  "5. Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP",
  "5.1 Victim Assistance (Italy and Chile)",
  "5.2 Universalization (France and Zambia)",
  "5.3 Stockpile Destruction (Croatia and Mexico)",
  "5.4 Clearance and Risk Reduction Education (Norway and Netherlands)",
  "5.5 International Cooperation and Assistance (Iraq and Australia)",
  "5.6 Transparency Measures (Costa Rica)",
  "5.7 National Implementation Measures (New Zealand)",
  "5.8 Country Coalitions Non paper (Presidency)",
  "6. Implementation of the ISU-CCM Financial Decision",
  "7. Update from the ISU-CCM",
  "8. Date of the Next CC Meeting",
];

/** The action items of 4 November as sentences, in item order. */
export const MINUTES_ACTIONS = [
  "The President invited all Coordinators to turn the thematic concept notes into operational plans by the next meeting.",
  "The President informed the meeting that the Presidency, France and Zambia would meet before the next meeting to fine-tune the approach on universalization.",
  "The President invited Costa Rica, with the support of the ISU-CCM, to define a target list of countries for transparency reporting.",
  "The President invited New Zealand, with the support of the ISU-CCM, to develop a consolidated target list of States Parties on national implementation legislation.",
  "The President informed the meeting that the Presidency, with the support of the ISU-CCM, would turn the country-coalitions non-paper into an operational plan and possibly identify lead countries by the next meeting.",
  "The President invited all Coordinators to seek advice from capitals on publishing the status of ISU-CCM contributions as UNOG did, and answer by the December meeting.",
  "The President informed the meeting that the Presidency, with the support of the ISU-CCM, would send individual letters to the States Parties that had not paid their ISU-CCM contributions.",
  "The President invited Bosnia and Herzegovina and Switzerland to help identify ways to address the ISU-CCM funding shortfall and re-examine the issue with UNOG at the beginning of 2017.",
];

export const AGENDA_HEADINGS = [
  "1. Present",
  "2. Opening Remarks by the President",
  "3. Approval of the Minutes of 4 November 2016",
  "4. Updates from the 7MSP Presidency",
  "5. Updates from the Thematic Coordinators",
  "5.1 Victim Assistance (Italy and Chile)",
  "5.4 Clearance and Risk Reduction Education (Norway and Netherlands)",
  "5.9 Country Coalitions",
  "6. Implementation of the ISU-CCM Financial Decision",
  "7. Update from the ISU-CCM",
  "8. Any Other Business",
  "9. Date of the Next CC Meeting",
];

/** Words to the secretariat that must not reach a circulated document. */
export const NOT_CIRCULATED =
  /Nothing was recorded|not yet received|Carried over|Action A-\d|Decision:|A-\d+\b/;
