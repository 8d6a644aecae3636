// "/ccm reported <speaker>: <sentence>" in the one grammar.
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/core/grammar.ts";

describe("reported command", () => {
  it("takes the speaker before the colon and the sentence after it", () => {
    expect(parseCommand("/ccm reported Norway: we will organise a workshop: in Lebanon")).toEqual({
      ok: true,
      command: { name: "reported", speaker: "Norway", sentence: "we will organise a workshop: in Lebanon" },
    });
  });

  it("refuses a line without the colon or the sentence, with the usage", () => {
    for (const line of ["reported Norway we will", "reported Norway:", "reported : we will"]) {
      const parsed = parseCommand(line);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.usage).toBe("reported <delegation or person>: <sentence in the first person>");
    }
  });
});
