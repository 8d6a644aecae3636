// The one command grammar: every subcommand, the malformed lines with the
// exact refusal and usage line each gets, and robustness on hostile input.
import { describe, expect, it } from "vitest";
import {
  COMMAND_WORDS,
  type Command,
  looksLikeCommand,
  normalizeCommandText,
  parseCommand,
  USAGE,
} from "../../src/core/grammar.ts";
import { LIMITS } from "../../src/core/limits.ts";

function parsed(input: string): Command {
  const result = parseCommand(input);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error}`);
  return result.command;
}

describe("parseCommand: every subcommand", () => {
  it.each<[string, Command]>([
    ["help", { name: "help" }],
    ["", { name: "help" }],
    ["   ", { name: "help" }],
    ["?", { name: "help" }],
    ["help actions", { name: "help", topic: "actions" }],
    ["help Action Add", { name: "help", topic: "action add" }],
    ["status", { name: "status" }],
    ["status Lao PDR", { name: "status", subject: "Lao PDR" }],
    ["status laos", { name: "status", subject: "laos" }],
    ["coalitions", { name: "coalitions" }],
    ["areas", { name: "areas" }],
    ["who VA", { name: "who", subject: "VA" }],
    ["who victim assistance", { name: "who", subject: "victim assistance" }],
    ["actions", { name: "actions", filter: { kind: "open" } }],
    ["actions mine", { name: "actions", filter: { kind: "mine" } }],
    ["actions overdue", { name: "actions", filter: { kind: "overdue" } }],
    ["actions open", { name: "actions", filter: { kind: "open" } }],
    ["actions done", { name: "actions", filter: { kind: "done" } }],
    ["actions all", { name: "actions", filter: { kind: "all" } }],
    ["actions MINE", { name: "actions", filter: { kind: "mine" } }],
    ["actions Norway", { name: "actions", filter: { kind: "subject", text: "Norway" } }],
    [
      "actions victim assistance",
      { name: "actions", filter: { kind: "subject", text: "victim assistance" } },
    ],
    ["meeting", { name: "meeting", which: "next" }],
    ["meeting next", { name: "meeting", which: "next" }],
    ["meeting last", { name: "meeting", which: "last" }],
    ["meeting LAST", { name: "meeting", which: "last" }],
    ["update", { name: "update" }],
    ["update VA", { name: "update", subject: "VA" }],
    ["update VA: text", { name: "update", subject: "VA", body: "text" }],
    [
      "update victim assistance:  We met twice. ",
      { name: "update", subject: "victim assistance", body: "We met twice." },
    ],
    ["update VA: 10:00 start: confirmed", { name: "update", subject: "VA", body: "10:00 start: confirmed" }],
    ["update : text", { name: "update", body: "text" }],
    // The subject is optional, so the colon may follow "update" directly (the usage line allows it).
    ["update: We organised a workshop.", { name: "update", body: "We organised a workshop." }],
    ["update:text", { name: "update", body: "text" }],
    ["agenda", { name: "agenda" }],
    ["minutes", { name: "minutes" }],
    ["minutes circulate", { name: "minutes-circulate" }],
    [
      "minutes comment 5.4 The workshop was in Beirut.",
      { name: "minutes-comment", item: "5.4", text: "The workshop was in Beirut." },
    ],
    ["minutes comment item 3: typo", { name: "minutes-comment", item: "3", text: "typo" }],
    ["minutes comment no comments", { name: "minutes-comment", text: "no comments" }],
    ["minutes comments", { name: "minutes-comments" }],
    ["minutes edit 5.4", { name: "minutes-edit", item: "5.4" }],
    ["minutes edit item 6.", { name: "minutes-edit", item: "6" }],
    ["minutes edit 5.4: Norway reported.", { name: "minutes-edit", item: "5.4", text: "Norway reported." }],
    ["minutes history", { name: "minutes-history" }],
    ["minutes approve", { name: "minutes-approve", amended: false }],
    ["minutes approve with amendments", { name: "minutes-approve", amended: true }],
  ])("%j", (input, expected) => {
    expect(parseCommand(input)).toEqual({ ok: true, command: expected });
  });

  describe("action add", () => {
    it.each<[string, Command]>([
      ["action add Circulate the draft", { name: "action-add", text: "Circulate the draft", owners: [] }],
      [
        "action add Circulate the draft owner Norway, ISU",
        { name: "action-add", text: "Circulate the draft", owners: ["Norway", "ISU"] },
      ],
      [
        "action add Circulate the draft owners Norway and ISU",
        { name: "action-add", text: "Circulate the draft", owners: ["Norway", "ISU"] },
      ],
      [
        "action add X owner: Norway; ISU & CMC",
        { name: "action-add", text: "X", owners: ["Norway", "ISU", "CMC"] },
      ],
      [
        "action add Circulate the draft due 7/12",
        { name: "action-add", text: "Circulate the draft", owners: [], due: "7/12" },
      ],
      [
        "action add Circulate the draft owner Norway, ISU due 7/12",
        { name: "action-add", text: "Circulate the draft", owners: ["Norway", "ISU"], due: "7/12" },
      ],
      [
        "action add Circulate the draft due 7/12 owner Norway, ISU",
        { name: "action-add", text: "Circulate the draft", owners: ["Norway", "ISU"], due: "7/12" },
      ],
      [
        "action add Circulate the draft due next meeting",
        { name: "action-add", text: "Circulate the draft", owners: [], due: "next meeting" },
      ],
      [
        "action add Circulate the draft owner ISU due next meeting",
        { name: "action-add", text: "Circulate the draft", owners: ["ISU"], due: "next meeting" },
      ],
      // Keywords are whole words; the last one wins, so the text keeps its own "due" and "owner's".
      [
        "action add Check what is due due 7/12",
        { name: "action-add", text: "Check what is due", owners: [], due: "7/12" },
      ],
      [
        "action add Check the owner's list owner Norway",
        { name: "action-add", text: "Check the owner's list", owners: ["Norway"] },
      ],
      [
        "action add Check ownership and overdue items",
        { name: "action-add", text: "Check ownership and overdue items", owners: [] },
      ],
    ])("%j", (input, expected) => {
      expect(parseCommand(input)).toEqual({ ok: true, command: expected });
    });
  });

  describe("action done", () => {
    it.each(["A-3", "a3", "#3", "3", "a-3", "A3"])("action done %s", (handle) => {
      expect(parseCommand(`action done ${handle}`)).toEqual({
        ok: true,
        command: { name: "action-done", handle },
      });
    });
  });

  describe("leading /ccm, whitespace and case", () => {
    it.each<[string, Command]>([
      ["/ccm status Lao PDR", { name: "status", subject: "Lao PDR" }],
      ["/CCM actions mine", { name: "actions", filter: { kind: "mine" } }],
      ["/ccm", { name: "help" }],
      ["  status   Lao \t  PDR  ", { name: "status", subject: "Lao PDR" }],
      ["status\nLao\r\nPDR", { name: "status", subject: "Lao PDR" }],
      ["STATUS Lao PDR", { name: "status", subject: "Lao PDR" }],
      ["Meeting Next", { name: "meeting", which: "next" }],
      ["AREAS", { name: "areas" }],
      [
        "ACTION ADD Check the list OWNER Norway DUE 7/12",
        { name: "action-add", text: "Check the list", owners: ["Norway"], due: "7/12" },
      ],
      ["Action Done A-3", { name: "action-done", handle: "A-3" }],
      ["WHO va", { name: "who", subject: "va" }],
      ["UPDATE VA: Text", { name: "update", subject: "VA", body: "Text" }],
    ])("%j", (input, expected) => {
      expect(parsed(input)).toEqual(expected);
    });
  });

  it("accepts a command of exactly the limit", () => {
    const input = `status ${"x".repeat(LIMITS.command - "status ".length)}`;
    expect(input).toHaveLength(LIMITS.command);
    expect(parseCommand(input).ok).toBe(true);
  });
});

describe("parseCommand: malformed input", () => {
  // Every command the grammar knows, in help's order; new commands join the list.
  const commandList = Object.keys(USAGE).join(", ");
  const addError = (error: string): [string, string] => [error, USAGE["action add"]];
  const doneError = (error: string): [string, string] => [error, USAGE["action done"]];

  it.each<[string, string, string]>([
    ["frobnicate", `Unknown command "frobnicate". Commands: ${commandList}.`, USAGE.help],
    ["FROBNICATE now", `Unknown command "FROBNICATE". Commands: ${commandList}.`, USAGE.help],
    ["updates: x", `Unknown command "updates:". Commands: ${commandList}.`, USAGE.help],
    ["who", `"who" needs an area or a delegation, e.g. "who victim assistance" or "who Norway".`, USAGE.who],
    ["action", ...addError(`"action" needs "add" or "done".`)],
    ["action add", ...addError(`"action add" needs the text of the action item.`)],
    [
      "action add owner Norway",
      ...addError(`"action add" needs the text of the action item before "owner" or "due".`),
    ],
    [
      "action add due 7/12",
      ...addError(`"action add" needs the text of the action item before "owner" or "due".`),
    ],
    [
      "action add owners Norway and ISU",
      ...addError(`"action add" needs the text of the action item before "owner" or "due".`),
    ],
    [
      "action add Do it owner",
      ...addError(`"owner" needs at least one delegation or person, e.g. "owner Norway".`),
    ],
    [
      "action add Do it owner , ;",
      ...addError(`"owner" needs at least one delegation or person, e.g. "owner Norway".`),
    ],
    [
      "action add Do it owner and",
      ...addError(`"owner" needs at least one delegation or person, e.g. "owner Norway".`),
    ],
    ["action add Do it due", ...addError(`"due" needs a date or "next meeting", e.g. "due 7/12".`)],
    ["action add Do it due:", ...addError(`"due" needs a date or "next meeting", e.g. "due 7/12".`)],
    [
      "action add Do it owner Norway due",
      ...addError(`"due" needs a date or "next meeting", e.g. "due 7/12".`),
    ],
    ["action done", ...doneError(`"action done" needs the id of the action item, e.g. "action done A-3".`)],
    ["action done xyz", ...doneError(`"xyz" is not an action item id; ids look like A-3.`)],
    ["action done A-", ...doneError(`"A-" is not an action item id; ids look like A-3.`)],
    ["action done #", ...doneError(`"#" is not an action item id; ids look like A-3.`)],
    ["action done -3", ...doneError(`"-3" is not an action item id; ids look like A-3.`)],
    ["action done A 3", ...doneError(`"A 3" is not an action item id; ids look like A-3.`)],
    ["action done A-1234567", ...doneError(`"A-1234567" is not an action item id; ids look like A-3.`)],
    [
      "action remove A-1",
      ...addError(`"action remove" is not a command; use "action add" or "action done".`),
    ],
    ["action FROB", ...addError(`"action FROB" is not a command; use "action add" or "action done".`)],
    ["meeting tomorrow", `"meeting" takes "next" or "last"; got "tomorrow".`, USAGE.meeting],
    ["meeting next week", `"meeting" takes "next" or "last"; got "next week".`, USAGE.meeting],
    ["/ccm meeting soon", `"meeting" takes "next" or "last"; got "soon".`, USAGE.meeting],
    ["coalitions extra", `"coalitions" takes no arguments; got "extra".`, USAGE.coalitions],
    ["Areas   x  y", `"areas" takes no arguments; got "x y".`, USAGE.areas],
    ["areas x", `"areas" takes no arguments; got "x".`, USAGE.areas],
    [
      "agenda foo",
      `"agenda foo" is not a command; use "agenda", "agenda add", "agenda move", "agenda drop" or "agenda history".`,
      USAGE["agenda add"],
    ],
    [
      "minutes now",
      `"minutes now" is not a command; use "minutes", "minutes circulate", "minutes comment", "minutes comments", "minutes edit", "minutes history" or "minutes approve".`,
      USAGE.minutes,
    ],
    [
      "minutes edit",
      `"minutes edit" needs the number of one item, e.g. "minutes edit 5.4".`,
      USAGE["minutes edit"],
    ],
    [
      "minutes comment 5.4",
      `"minutes comment 5.4" needs your comment after the item.`,
      USAGE["minutes comment"],
    ],
    [
      "minutes approve now",
      `"minutes approve" takes nothing or "with amendments"; got "now".`,
      USAGE["minutes approve"],
    ],
    ["minutes circulate v2", `"minutes circulate" takes no arguments; got "v2".`, USAGE["minutes circulate"]],
    ["update VA:", `The update after ":" is empty; write its text after the colon.`, USAGE.update],
    ["update VA :   ", `The update after ":" is empty; write its text after the colon.`, USAGE.update],
    ["update:", `The update after ":" is empty; write its text after the colon.`, USAGE.update],
    [
      `status ${"x".repeat(4993)}`,
      "That command is 5,000 characters long; the limit is 4,000. Shorten it or split it.",
      USAGE.help,
    ],
    [
      "a".repeat(4001),
      "That command is 4,001 characters long; the limit is 4,000. Shorten it or split it.",
      USAGE.help,
    ],
  ])("%j", (input, error, usage) => {
    expect(parseCommand(input)).toEqual({ ok: false, error, usage });
  });

  it("measures the limit on the text as received, before normalisation", () => {
    const result = parseCommand(`status${" ".repeat(5000)}Laos`);
    expect(result).toEqual({
      ok: false,
      error: "That command is 5,010 characters long; the limit is 4,000. Shorten it or split it.",
      usage: USAGE.help,
    });
  });

  it("every usage line it hands back is one of USAGE", () => {
    const lines = new Set<string>(Object.values(USAGE));
    for (const input of ["frobnicate", "who", "action", "action done", "meeting x", "agenda x", "update :"]) {
      const result = parseCommand(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(lines.has(result.usage)).toBe(true);
    }
  });
});

// A small deterministic generator (mulberry32), so a failure can be replayed.
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...COMMAND_WORDS,
  "/ccm",
  "add",
  "done",
  "owner",
  "owners",
  "due",
  "next",
  "meeting",
  "last",
  "A-3",
  "#",
  ":",
  ",",
  ";",
  "&",
  "and",
  "Lao PDR",
  "Dorović",
  "Muñoz",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\t",
  "\n",
  "\r\n",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u200b",
  "\u200c",
  "\u200d",
  "\ufeff",
  "\u00a0",
  "\u2028",
  "🙂",
  "👩🏽‍💻",
  "🇱🇦",
  "\ud800",
  "\udfff",
  "مرحبا",
  "עברית",
  "ℌ𝔢𝔩𝔩𝔬",
  "$(rm -rf /)",
  "<@U123>",
  "'; DROP TABLE x; --",
  "\\",
  "(",
  "[",
  "*",
  "+",
  "?",
];

function randomLine(next: () => number): string {
  const count = Math.floor(next() * 12);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.6) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? "");
    else if (roll < 0.8) parts.push(String.fromCharCode(Math.floor(next() * 0x10000)));
    else parts.push(String.fromCodePoint(0x1f300 + Math.floor(next() * 0x300)));
    parts.push(next() < 0.7 ? " " : "");
  }
  return parts.join("");
}

describe("parseCommand on hostile input", () => {
  it("never throws, and every result is well formed", () => {
    const next = generator(20161207);
    for (let i = 0; i < 500; i++) {
      const line = randomLine(next);
      let result: ReturnType<typeof parseCommand> | undefined;
      expect(() => {
        result = parseCommand(line);
      }, JSON.stringify(line)).not.toThrow();
      expect(() => looksLikeCommand(line), JSON.stringify(line)).not.toThrow();
      if (!result) throw new Error("no result");
      if (result.ok) {
        expect(typeof result.command.name).toBe("string");
      } else {
        expect(result.error.length).toBeGreaterThan(0);
        expect(Object.values(USAGE)).toContain(result.usage);
      }
    }
  });

  it("reads a command through bidi overrides and zero-width characters", () => {
    expect(parseCommand("\u202estatus\u200b Lao\u200d PDR\ufeff")).toEqual({
      ok: true,
      command: { name: "status", subject: "Lao PDR" },
    });
    expect(parseCommand("\u200bac\u200ction done A-3\u2066")).toEqual({
      ok: true,
      command: { name: "action-done", handle: "A-3" },
    });
  });
});

describe("normalizeCommandText", () => {
  it("strips U+202E (right-to-left override) and zero-width characters", () => {
    const text = normalizeCommandText("st\u202eatus\u200b  Lao\u200c\u200d PDR\ufeff\u2060");
    expect(text).toBe("status Lao PDR");
    expect(text).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/);
  });

  it("drops control characters and collapses whitespace", () => {
    expect(normalizeCommandText("\u0000who\u0007\t\tVA\r\n")).toBe("who VA");
    expect(normalizeCommandText("who\u00a0\u00a0VA")).toBe("who VA");
  });

  it("drops a leading slash word only", () => {
    expect(normalizeCommandText("/ccm status")).toBe("status");
    expect(normalizeCommandText("  /ccm-dev   agenda ")).toBe("agenda");
    expect(normalizeCommandText("status /ccm")).toBe("status /ccm");
  });
});

describe("a polite word after a command that takes no arguments", () => {
  it.each(["updates please", "coalitions please", "minutes thanks", "areas please!"])("%j parses", (text) => {
    expect(parseCommand(text).ok).toBe(true);
  });
  it("is still refused as an argument of another kind", () => {
    expect(parseCommand("updates Norway")).toMatchObject({ ok: false });
  });
});

describe("looksLikeCommand", () => {
  it.each([
    ["actions mine", true],
    ["/ccm agenda", true],
    ["WHO VA", true],
    ["\u200bstatus Laos", true],
    ["update: We organised a workshop.", true],
    ["where are we with Laos?", false],
    ["hello", false],
    ["", false],
    ["updates please", true],
    ["who Ines Sprem Scigliano", true],
    ["who gets to pick a coalition's target countries according to the president", false],
    ["who wants a spanish guide", false],
    // a command that takes no words, with words after it, is a question
    ["coalitions paper - who still to be consulted", false],
    ["coalitions please", true],
    ["areas", true],
  ])("%j -> %s", (text, expected) => {
    expect(looksLikeCommand(text)).toBe(expected);
  });
});
