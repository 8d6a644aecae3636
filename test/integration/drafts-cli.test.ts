// `npm run minutes` end to end, once: a fresh database file is migrated and
// seeded by the script itself, and the .docx it writes opens.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { docxParagraphs, docxParts } from "../fixtures/docx.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-minutes-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("writes the minutes draft of 4 November 2016 as a .docx", async () => {
  const out = join(dir, "minutes.docx");
  const run = spawnSync(
    "npm",
    ["run", "--silent", "minutes", "--", "--meeting", "2016-11-04", "--out", out],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: await tempDatabaseUrl(dir, "cli"),
        RAPPORTEUR_NOW: "2016-11-21T09:00:00+01:00",
        LOG_LEVEL: "silent",
      },
      timeout: 120_000,
    },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toMatch(
    new RegExp(
      `^Wrote the minutes draft of the meeting of 2016-11-04 to ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+ bytes\\)\\.$`,
    ),
  );
  expect(existsSync(out)).toBe(true);
  const texts = docxParagraphs(docxParts(readFileSync(out)).get("word/document.xml") ?? "");
  expect(texts[0]).toBe("MINUTES OF THE CCM COORDINATION COMMITTEE MEETING");
  expect(texts).toContain("PRESENT:");
  expect(texts).toContain("H.E. Ms. Encyla Tina Chishiba Sinjela");
  expect(texts).toContain("Date of the Next CC Meeting");
});
