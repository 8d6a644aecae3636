// The corpus loader (scripts/nlu/corpus.ts): a case may carry the optional
// fields later scoring reads (expected facts, its part, "added after a fix");
// a field it does not declare stops the load at its line rather than vanish.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectedEntities, loadCorpus } from "../../scripts/nlu/corpus.ts";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpusFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

const PLAIN =
  '{"text":"where are we with Laos?","intent":"coalition.status","entities":{"coalition":["Lao PDR"]}}';

describe("the corpus loader", () => {
  it("keeps a case's optional facts, part and added-after-a-fix mark", () => {
    const path = corpusFile("optional.jsonl", [
      PLAIN,
      '{"text":"what was decided on 6 October?","intent":"record","entities":{"meeting":["2016-10-06"]},"fact":["the Lao PDR coalition was launched"],"part":"untouched","addedAfterFix":true}',
    ]);
    const [plain, document] = loadCorpus(path);
    expect(plain).toEqual({
      text: "where are we with Laos?",
      intent: "coalition.status",
      entities: { coalition: ["Lao PDR"] },
    });
    expect(document).toMatchObject({
      fact: ["the Lao PDR coalition was launched"],
      part: "untouched",
      addedAfterFix: true,
    });
    expect(expectedEntities(plain!)).toEqual(["coalition:Lao PDR"]);
  });

  it("names the line of a misspelt field or an unknown part, blank lines counted", () => {
    const misspelt = corpusFile("misspelt.jsonl", [
      PLAIN,
      "",
      '{"text":"and Cambodia?","intent":"coalition.status","entities":{},"addedAfterfix":true}',
    ]);
    expect(() => loadCorpus(misspelt)).toThrow(/misspelt\.jsonl line 3: .*addedAfterfix/s);
    const part = corpusFile("part.jsonl", [
      '{"text":"and Cambodia?","intent":"coalition.status","entities":{},"part":"held-out"}',
    ]);
    expect(() => loadCorpus(part)).toThrow(/part\.jsonl line 1: .*part/s);
  });

  it("names the line that is not JSON", () => {
    const broken = corpusFile("broken.jsonl", [PLAIN, '{"text":"and Cambodia?",']);
    expect(() => loadCorpus(broken)).toThrow(/broken\.jsonl line 2: /);
  });
});
