// Fuzz: the command grammar on hostile lines. Parsing never throws; every line
// is a command or a refusal naming the problem and a usage line; oversized
// lines are refused with the limit; parsed arguments carry no control or
// invisible format characters; a refusal echoing the line renders safely.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Command,
  looksLikeCommand,
  normalizeCommandText,
  type ParseResult,
  parseCommand,
  USAGE,
} from "../../src/core/grammar.ts";
import { LIMITS, tooLong } from "../../src/core/limits.ts";
import { privateReply } from "../../src/core/reply.ts";
import { hostileCommand, hostileInput, hugePaste } from "./arbitraries.ts";
import { checkRendering } from "./core-harness.ts";
import { failure, fuzzParams, report, tally } from "./figures.ts";

const t = tally("grammar");
afterAll(() => report(t));

const USAGES = new Set<string>(Object.values(USAGE));
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Every string inside a parsed command. */
function strings(command: Command): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(command);
  return out;
}

/** The problems with one parse; empty when the result keeps the grammar's contract. */
function contractProblems(input: string, result: ParseResult): string[] {
  if (!result || typeof result !== "object") return ["no result"];
  if (!result.ok) {
    const problems: string[] = [];
    if (typeof result.error !== "string" || result.error.trim() === "") problems.push("empty error");
    if (!USAGES.has(result.usage)) problems.push(`usage not from USAGE: ${result.usage}`);
    if (input.length > LIMITS.command && result.error !== tooLong("command", input.length))
      problems.push("oversized line refused without the limit");
    return problems;
  }
  if (input.length > LIMITS.command) return ["oversized line accepted"];
  if (typeof result.command?.name !== "string") return ["command without a name"];
  return strings(result.command)
    .filter((value) => INVISIBLE.test(value))
    .map((value) => `control or format character kept in ${JSON.stringify(value.slice(0, 60))}`);
}

function parseChecked(input: string): boolean {
  t.tried += 1;
  let result: ParseResult;
  try {
    looksLikeCommand(input);
    normalizeCommandText(input);
    result = parseCommand(input);
  } catch (error) {
    failure(t, "crash", input, `threw ${String(error)}`);
    return false;
  }
  const problems = contractProblems(input, result);
  for (const problem of problems) failure(t, "crash", input, problem);
  if (!result.ok) {
    t.extra.refusals = (t.extra.refusals ?? 0) + 1;
    const before = t.injections + t.crashes;
    checkRendering(t, privateReply(`${result.error}\nUsage: ${result.usage}`), input);
    if (t.injections + t.crashes > before) return false;
  }
  return problems.length === 0;
}

describe("fuzz: command grammar", () => {
  it("parses hostile lines into a command or a refusal, never throwing", () => {
    fc.assert(fc.property(hostileInput, parseChecked), fuzzParams(1500));
  });

  it("parses hostile arguments after every command word", () => {
    fc.assert(fc.property(hostileCommand, parseChecked), fuzzParams(1500));
  });

  it("refuses 100 KB pastes with the limit", () => {
    fc.assert(
      fc.property(hugePaste(), (paste) => {
        const ok = parseChecked(paste);
        const result = parseCommand(paste);
        return ok && !result.ok && result.error.includes(paste.length.toLocaleString("en-GB"));
      }),
      fuzzParams(30),
    );
  });

  it("keeps the regression examples", () => {
    const examples = [
      "",
      "\u0000",
      "/ccm",
      "action add <!channel> owner <@U123> due 7/12",
      "note 5.4 '; DROP TABLE MeetingNote; --",
      "update:\u202E\u200B",
      "agenda add <at>x</at> after 5.4",
      "\uD800",
      "x".repeat(LIMITS.command + 1),
    ];
    for (const example of examples) expect(parseChecked(example), JSON.stringify(example)).toBe(true);
    expect(t.crashes).toBe(0);
    expect(t.injections).toBe(0);
  });
});
