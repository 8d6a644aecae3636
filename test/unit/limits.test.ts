// The limits on text and their refusal: one table, one wording. Every path's
// refusal is tested through the core in test/integration/too-long.test.ts;
// here, the wording for each limit, and that no other module words a refusal
// of its own (the five copies there were disagreed on the hint and on how
// numbers are written, and one wrote its limit as a literal "1,000").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS, type Limit, tooLong } from "../../src/core/limits.ts";
import { ROOT, sources } from "../fixtures/source-files.ts";

describe("the limits on text", () => {
  it.each([
    ["command", 4_001, "That command is 4,001 characters long; the limit is 4,000. Shorten it or split it."],
    [
      "message",
      102_400,
      "That message is 102,400 characters long; the limit is 4,000. Shorten it or split it.",
    ],
    ["update", 8_001, "Your update is 8,001 characters long; the limit is 8,000. Shorten it or split it."],
    [
      "actionItem",
      1_500,
      "The action item is 1,500 characters long; the limit is 1,000. Shorten it or split it.",
    ],
    ["formField", 9_000, "That field is 9,000 characters long; the limit is 8,000. Shorten it or split it."],
  ] as const)(
    "refuses an over-long %s naming what, its length, the limit and the fix",
    (limit, length, text) => {
      expect(tooLong(limit, length)).toBe(text);
    },
  );

  it("takes each limit from the table", () => {
    for (const limit of Object.keys(LIMITS) as Limit[]) {
      expect(tooLong(limit, 1)).toContain(`the limit is ${LIMITS[limit].toLocaleString("en-GB")}.`);
    }
  });

  it("names a form field by its label", () => {
    expect(tooLong("formField", 8_001, "Your update")).toBe(
      "Your update is 8,001 characters long; the limit is 8,000. Shorten it or split it.",
    );
  });

  it("is worded in one place only", () => {
    const wording = /characters long|the limit is/;
    const elsewhere = [...sources("src"), ...sources("adapters")].filter(
      (path) => path !== "src/core/limits.ts" && wording.test(readFileSync(join(ROOT, path), "utf8")),
    );
    expect(elsewhere).toEqual([]);
  });
});
