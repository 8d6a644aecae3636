// The corpus loader (scripts/nlu/corpus.ts): one schema for the utterance and
// the document corpora, each file loaded as one part; a field it does not
// declare stops the load at its line rather than vanish.
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
  it("reads both corpora's cases: entities or facts, source, speaker and earlier turns", () => {
    const path = corpusFile("optional.jsonl", [
      PLAIN,
      '{"text":"and what did the president reply?","intent":"record","fact":["European Union"],"source":"minutes 2016-10-06 item 5.9","speaker":"Germany","context":["who asked how the coalitions would be financed?"],"addedAfterFix":true}',
    ]);
    const [plain, document] = loadCorpus(path);
    expect(plain).toEqual({
      text: "where are we with Laos?",
      intent: "coalition.status",
      entities: { coalition: ["Lao PDR"] },
    });
    expect(document).toEqual({
      text: "and what did the president reply?",
      intent: "record",
      fact: ["European Union"],
      source: "minutes 2016-10-06 item 5.9",
      speaker: "Germany",
      context: ["who asked how the coalitions would be financed?"],
      addedAfterFix: true,
    });
    expect(expectedEntities(plain!)).toEqual(["coalition:Lao PDR"]);
    expect(expectedEntities(document!)).toEqual([]);
  });

  it("marks every case of a file with the part it is loaded as", () => {
    const path = corpusFile("tuned.jsonl", [
      PLAIN,
      '{"text":"deficit","intent":"record","dontKnow":true,"source":"none"}',
    ]);
    expect(loadCorpus(path, "tuned").map((c) => c.part)).toEqual(["tuned", "tuned"]);
    expect(loadCorpus(path).map((c) => c.part)).toEqual([undefined, undefined]);
  });

  it("names the line of a misspelt field, an old field name or a part set by a line, blank lines counted", () => {
    const misspelt = corpusFile("misspelt.jsonl", [
      PLAIN,
      "",
      '{"text":"and Cambodia?","intent":"coalition.status","entities":{},"addedAfterfix":true}',
    ]);
    expect(() => loadCorpus(misspelt)).toThrow(/misspelt\.jsonl line 3: .*addedAfterfix/s);
    const renamed = corpusFile("renamed.jsonl", [
      '{"text":"and Cambodia?","intent":"coalition.status","after":["where are we with Laos?"]}',
    ]);
    expect(() => loadCorpus(renamed)).toThrow(/renamed\.jsonl line 1: .*after/s);
    const part = corpusFile("part.jsonl", [
      '{"text":"and Cambodia?","intent":"coalition.status","entities":{},"part":"untouched"}',
    ]);
    expect(() => loadCorpus(part, "tuned")).toThrow(/part\.jsonl line 1: .*part/s);
  });

  it("names the line that is not JSON, without quoting it", () => {
    const broken = corpusFile("broken.jsonl", [PLAIN, '{"text":"and Cambodia?",']);
    expect(() => loadCorpus(broken)).toThrow(/broken\.jsonl line 2: /);
    const loose = corpusFile("loose.jsonl", [PLAIN, "and Cambodia?"]);
    expect(() => loadCorpus(loose)).toThrow(
      /^.*loose\.jsonl line 2: Unexpected token 'a' is not valid JSON$/s,
    );
    expect(() => loadCorpus(loose)).not.toThrow(/Cambodia/);
  });
});
