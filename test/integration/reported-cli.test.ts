// `npm run reported` as scripts outside the repo use it: line N of stdout
// answers line N of stdin, empty lines stay empty, nothing else on stdout.
import { describe, expect, it } from "vitest";
import { runScript } from "../fixtures/run-script.ts";

describe("reported-speech CLI", () => {
  it("answers line for line", async () => {
    const input = [
      "we will organise a workshop in Lebanon in November",
      "",
      "We propose that the ISU circulates the draft today.",
      "Could you send us your comments by Friday?",
    ].join("\n");
    const run = await runScript("scripts/reported.ts", ["--speaker", "Norway"], `${input}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Norway informed the meeting that it would organise a workshop in Lebanon in November.",
      "",
      "Norway proposed that the ISU circulated the draft that day.",
      "Norway requested that members send it their comments by Friday.",
      "",
    ]);
  }, 60_000);
});
