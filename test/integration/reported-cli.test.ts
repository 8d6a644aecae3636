// `npm run reported` as scripts outside the repo use it: line N of stdout
// answers line N of stdin, empty lines stay empty, nothing else on stdout.
// The speaker is found in the records at DATABASE_URL (seeded when empty):
// a person is "he"/"she" as the records say, named by office where they hold one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDatabaseUrl } from "../fixtures/database.ts";
import { runScript } from "../fixtures/run-script.ts";

let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reported-cli-"));
  env = { DATABASE_URL: await tempDatabaseUrl(dir, "reported") };
});

describe("reported-speech CLI", () => {
  it("answers line for line", async () => {
    const input = [
      "we will organise a workshop in Lebanon in November",
      "",
      "We propose that the ISU circulates the draft today.",
      "Could you send us your comments by Friday?",
    ].join("\n");
    const run = await runScript("scripts/reported.ts", ["--speaker", "Norway"], `${input}\n`, env);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Norway informed the meeting that it would organise a workshop in Lebanon in November.",
      "",
      "Norway proposed that the ISU circulated the draft that day.",
      "Norway requested that members send it their comments by Friday.",
      "",
    ]);
  }, 60_000);

  it("reports a person with the pronoun on record and a delegation with its article", async () => {
    const said = "I will circulate our list of target countries.\nCan Costa Rica present its list?\n";
    const runs = await Promise.all(
      ["Sheila Mweemba", "michael biontino", "Netherlands"].map((speaker) =>
        runScript("scripts/reported.ts", ["--speaker", speaker], said, env),
      ),
    );
    expect(runs.map((run) => run.stdout.split("\n"))).toEqual([
      [
        "The ISU-CCM Director informed the meeting that she would circulate the ISU-CCM's list of target countries.",
        "The ISU-CCM Director asked if Costa Rica could present its list.",
        "",
      ],
      [
        "The President informed the meeting that he would circulate the Presidency's list of target countries.",
        "The President asked if Costa Rica could present its list.",
        "",
      ],
      [
        "The Netherlands informed the meeting that it would circulate its list of target countries.",
        "The Netherlands asked if Costa Rica could present its list.",
        "",
      ],
    ]);
  }, 60_000);

  it("refuses to run without --speaker", async () => {
    const run = await runScript("scripts/reported.ts", [], "we will\n", env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--speaker is required.");
  }, 60_000);
});
