// Fuzz: the form handlers and the typed commands that store text (update-submit,
// action-add-submit, action-reassign-submit; "action add", "note", "decision").
// Hostile text ends in a clear refusal (the form back with a field error, or a
// private message) or in a stored record that reads back byte-identical to the
// text the core accepted. The core's documented normalisation is the only
// difference allowed: unpaired surrogates become U+FFFD (intake.ts), form
// fields are trimmed, and typed commands drop control and format characters
// and collapse whitespace (grammar.ts). Every reply also renders safely.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasErrors } from "../../src/core/forms.ts";
import { parseCommand } from "../../src/core/grammar.ts";
import { wellFormed } from "../../src/core/intake.ts";
import type { Reply } from "../../src/core/reply.ts";
import { hostileText, hugePaste, storableText } from "./arbitraries.ts";
import { type FuzzCore, NOW, openFuzzCore, sendAndCheck } from "./core-harness.ts";
import { count, failure, failures, fuzzParams, report, tally } from "./figures.ts";

const t = tally("forms");
let fuzz: FuzzCore;
let ids: { areas: number[]; delegations: number[]; persons: number[]; nextMeeting: number };

beforeAll(async () => {
  fuzz = await openFuzzCore();
  const { db } = fuzz;
  const next = await db.meeting.findFirst({
    where: { status: "scheduled", startsAt: { gt: NOW } },
    orderBy: { startsAt: "asc" },
  });
  if (!next) throw new Error("the seed has no meeting after 21 November 2016");
  ids = {
    areas: (await db.thematicArea.findMany()).map((a) => a.id),
    delegations: (await db.delegation.findMany({ where: { isMember: true } })).map((d) => d.id),
    persons: (await db.person.findMany({ take: 5 })).map((p) => p.id),
    nextMeeting: next.id,
  };
});
afterAll(async () => {
  report(t);
  await fuzz?.close();
});

/** A refusal: private, with text, and (for a form) the form back with the error at a field. */
function isRefusal(replies: Reply[]): boolean {
  return (
    replies.length === 1 &&
    replies[0]?.visibility === "private" &&
    (replies[0].form === undefined || hasErrors(replies[0].form))
  );
}

function compare(label: string, table: string, stored: string | undefined, expected: string): void {
  if (stored === expected) count(t, `${table} read back identical`);
  else
    failure(
      t,
      "mismatch",
      label,
      `stored ${JSON.stringify(stored?.slice(0, 80))} for ${JSON.stringify(expected.slice(0, 80))}`,
    );
}

/** One submit or command by the secretariat; the outcome must be a refusal or an identical readback. */
async function outcome(
  label: string,
  replies: Reply[],
  success: RegExp,
  readBack: (
    match: RegExpExecArray,
  ) => Promise<{ table: string; stored: string | undefined; expected: string }>,
): Promise<void> {
  const [first] = replies;
  const matched = first && replies.length >= 1 ? success.exec(first.text) : null;
  if (matched) {
    const { table, stored, expected } = await readBack(matched);
    compare(label, table, stored, expected);
  } else if (isRefusal(replies)) {
    count(t, "refused");
  } else if (replies.length > 0) {
    failure(t, "crash", label, `neither stored nor refused: ${first?.text.slice(0, 120)}`);
  }
}

async function submit(actionId: string, values: Record<string, string>): Promise<Reply[]> {
  const request = await fuzz.request("secretariat", "submit", "", { actionId, values });
  return sendAndCheck(fuzz, t, request, `${actionId} ${JSON.stringify(values).slice(0, 300)}`);
}

async function typed(line: string): Promise<Reply[]> {
  return sendAndCheck(fuzz, t, await fuzz.request("secretariat", "command", line), line);
}

/** What the grammar hands on as the text of a typed command, when it parses. */
function parsedText(line: string): string | undefined {
  const parsed = parseCommand(wellFormed(line));
  return parsed.ok && "text" in parsed.command ? parsed.command.text : undefined;
}

const formText = (value: string) => wellFormed(value).trim();
const oneOf = <T>(values: T[]) => fc.constantFrom(...values);
const dueChoice = fc.constantFrom("next-meeting", "none", "date", "");
const longText = fc.oneof(hugePaste(1_100), hugePaste(8_100), hugePaste());

describe("fuzz: forms and stored text", () => {
  it("action-add-submit: refused, or the ActionItem's text reads back identical", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 8, arbitrary: storableText(1_000) }, { weight: 1, arbitrary: longText }),
        fc.integer({ min: 0, max: 1_000 }),
        dueChoice,
        async (text, pick, due) => {
          const before = failures(t);
          const owners = `delegation:${ids.delegations[pick % ids.delegations.length]}`;
          const replies = await submit("action-add-submit", { text, owners, due });
          await outcome(text, replies, /^Recorded A-(\d+): /, async ([, number]) => {
            const row = await fuzz.db.actionItem.findFirst({ where: { number: Number(number) } });
            return { table: "ActionItem", stored: row?.text, expected: formText(text) };
          });
          return failures(t) === before;
        },
      ),
      fuzzParams(100),
    );
  }, 60_000);

  it("update-submit: refused, or the Update's body reads back identical", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 8, arbitrary: storableText(8_000) }, { weight: 1, arbitrary: longText }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.oneof(fc.constant(""), fc.constant("https://example.org/<!channel>"), hostileText(2)),
        async (body, pick, link) => {
          const before = failures(t);
          const area = ids.areas[pick % ids.areas.length];
          const replies = await submit("update-submit", { subject: `area:${area}`, body, link });
          await outcome(body, replies, /^Thank you\. Your update on /, async () => {
            const row = await fuzz.db.update.findUnique({
              where: { meetingId_subjectKey: { meetingId: ids.nextMeeting, subjectKey: `area:${area}` } },
            });
            const trimmedLink = wellFormed(link).trim();
            return {
              table: "Update",
              stored: row?.body,
              expected: `${formText(body)}${trimmedLink ? `\n${trimmedLink}` : ""}`,
            };
          });
          return failures(t) === before;
        },
      ),
      fuzzParams(100),
    );
  }, 60_000);

  it("typed note, decision and action add: refused, or the row reads back as parsed", async () => {
    const lines = fc
      .tuple(oneOf(["note 5.4", "decision 3", "note 7:", "action add"]), storableText(900))
      .map(([head, text]) =>
        head === "action add" ? `${head} ${text} owner Norway due next meeting` : `${head} ${text}`,
      );
    await fc.assert(
      fc.asyncProperty(lines, async (line) => {
        const before = failures(t);
        const expected = parsedText(line);
        const replies = await typed(line);
        const success = /^(?:Recorded A-(\d+): |Noted under item |Decision recorded under item )/;
        await outcome(line, replies, success, async ([, number]) => {
          const { db } = fuzz;
          const table = number ? "ActionItem" : line.startsWith("note") ? "MeetingNote" : "Decision";
          const row = number
            ? await db.actionItem.findFirst({ where: { number: Number(number) } })
            : table === "MeetingNote"
              ? await db.meetingNote.findFirst({ orderBy: { id: "desc" } })
              : await db.decision.findFirst({ orderBy: { id: "desc" } });
          return { table, stored: row?.text, expected: expected ?? "(the line did not parse)" };
        });
        return failures(t) === before;
      }),
      fuzzParams(120),
    );
  }, 60_000);

  it("any form, any hostile values: a reply, never a fault", async () => {
    const form = oneOf([
      "update-submit",
      "action-add-submit",
      "action-reassign-submit",
      "open-form",
      "share",
      "ask",
      "run",
    ]);
    const value = fc.oneof({ weight: 6, arbitrary: hostileText(4) }, { weight: 1, arbitrary: longText });
    const values = fc.record({
      subject: fc.oneof(value, fc.constant("area:1")),
      body: value,
      link: value,
      text: value,
      owners: fc.oneof(value, fc.constant("delegation:1,person:999")),
      due: fc.oneof(value, dueChoice),
      dueDate: fc.oneof(value, fc.constant("2016-12-24"), fc.constant("2015-01-01")),
      item: value,
      action: fc.oneof(value, fc.constant("A-1")),
    });
    await fc.assert(
      fc.asyncProperty(form, values, value, async (actionId, formValues, text) => {
        const before = failures(t);
        const request = await fuzz.request("secretariat", "submit", text, { actionId, values: formValues });
        await sendAndCheck(fuzz, t, request, `${actionId} ${text.slice(0, 100)}`);
        return failures(t) === before;
      }),
      fuzzParams(60),
    );
  }, 60_000);

  it("keeps the regression examples, and stored something", async () => {
    const owners = `delegation:${ids.delegations[0]}`;
    for (const text of [
      "\uD800 lone",
      "x\uDFFF",
      "<!channel> \u202Eevil\u202C \u200B@here",
      "  '; DROP TABLE ActionItem; --  ",
    ]) {
      const replies = await submit("action-add-submit", { text, owners, due: "none" });
      await outcome(text, replies, /^Recorded A-(\d+): /, async ([, number]) => {
        const row = await fuzz.db.actionItem.findFirst({ where: { number: Number(number) } });
        return { table: "ActionItem", stored: row?.text, expected: formText(text) };
      });
    }
    const huge = await submit("update-submit", {
      subject: `area:${ids.areas[0]}`,
      body: "x".repeat(102_400),
    });
    expect(huge[0]?.text).toBe(
      "Your update is 102,400 characters long; the limit is 8,000. Shorten it or split it.",
    );
    expect(t.crashes).toBe(0);
    expect(t.injections).toBe(0);
    expect(t.extra.mismatches ?? 0).toBe(0);
    for (const table of ["ActionItem", "Update", "MeetingNote", "Decision"]) {
      expect(t.extra[`${table} read back identical`], table).toBeGreaterThan(10);
    }
  });
});
