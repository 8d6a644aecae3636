// The one command grammar: what the slash command, typed Teams commands and the
// console all parse. Parsing never throws; a bad line yields the problem and
// the usage line to fix it.
import { fail, ok, type ParseResult, POLITE } from "./command-model.ts";
import { parseAgenda, parseItemRecord, parseMeeting, parseMinutes } from "./grammar-meetings.ts";
import { LIMITS, tooLong } from "./limits.ts";
import { USAGE } from "./usage.ts";

export type { ActionsFilter, Command, ParseResult, Placement } from "./command-model.ts";
export { SUMMARY, USAGE } from "./usage.ts";

export const COMMAND_WORDS = [
  "help",
  "status",
  "coalitions",
  "areas",
  "who",
  "actions",
  "action",
  "meeting",
  "update",
  "updates",
  "settings",
  "away",
  "agenda",
  "minutes",
  "reported",
  "note",
  "decision",
  "attended",
  "link",
  "unlink",
  "history",
  "visibility",
] as const;

/** Control characters out, whitespace collapsed, a leading "/ccm" (or any slash word) dropped. */
export function normalizeCommandText(text: string): string {
  return text
    .replace(/\p{Cf}/gu, "")
    .replace(/[\t\n\r]/g, " ")
    .replace(/\p{Cc}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\/[a-z][\w-]*\s*/i, "");
}

/**
 * The command word and the words after it. "update: text" leaves out the
 * optional subject, so its colon may follow the command word directly.
 */
function splitHead(text: string): { head: string; rest: string[] } {
  const [first = "", ...rest] = text.split(" ");
  const colon = first.indexOf(":");
  if (colon > 0 && first.slice(0, colon).toLowerCase() === "update") {
    return { head: first.slice(0, colon), rest: [first.slice(colon), ...rest] };
  }
  return { head: first, rest };
}

/**
 * Words that, right after "who", make a question rather than the who command
 * ("who leads on laos", "who is driving the coalition"): the command takes a
 * name, and a name never starts with one of these.
 */
const WHO_ASKS = new Set(
  "is are was were will would should could can does do did has have had leads lead coordinates coordinate chairs chair heads head runs drives represents attended said says proposed asked raised takes took pays funds finances promotes made gave sent gets wants needs decides picks chooses hosts owes knows".split(
    " ",
  ),
);
const NO_ARGS = new Set(["coalitions", "areas"]);
/** A past tense ("who financed…", "who apologised…"); "United" starts names, not questions. */
const PAST_TENSE = /^(?!united$)[a-z]{2,}ed$/;
const ACTION_VERBS = new Set(["add", "done"]);

/**
 * Is `text` one of the grammar's commands, as typed in conversation? Its
 * first word must be a command word, unless the words after it make it a
 * question: "who" with a verb, or "action" with anything but add or done
 * ("action items of the ISU"). A malformed "action add" stays a command, so
 * its refusal is the answer.
 */
export function looksLikeCommand(text: string): boolean {
  const { head, rest } = splitHead(normalizeCommandText(text));
  const first = head.toLowerCase();
  const next = (rest[0] ?? "").toLowerCase();
  // …nor does a name run to five words ("who gets to pick a coalition's target countries")
  if (first === "who" && (WHO_ASKS.has(next) || PAST_TENSE.test(next) || rest.length > 4)) return false;
  if (first === "action" && next !== "" && !ACTION_VERBS.has(next)) return false;
  // "coalitions paper - who still to be consulted": words after a command that takes none make a question
  if (NO_ARGS.has(first) && rest.length > 0 && !POLITE.test(rest.join(" "))) return false;
  return (COMMAND_WORDS as readonly string[]).includes(first);
}
const ACTION_FILTERS = new Set(["open", "mine", "overdue", "done", "all"]);

export function parseCommand(input: string): ParseResult {
  if (input.length > LIMITS.command) return fail(tooLong("command", input.length), "help");
  const text = normalizeCommandText(input);
  if (text === "") return ok({ name: "help" });
  const { head, rest } = splitHead(text);
  const word = head.toLowerCase();
  const args = rest.join(" ");

  if (NO_ARGS.has(word)) {
    if (args !== "" && !POLITE.test(args))
      return fail(`"${word}" takes no arguments; got "${args}".`, word as keyof typeof USAGE);
    return ok({ name: word as "coalitions" | "areas" });
  }
  switch (word) {
    case "help":
    case "?":
      return ok(args ? { name: "help", topic: args.toLowerCase() } : { name: "help" });
    case "status":
      return ok(args ? { name: "status", subject: args } : { name: "status" });
    case "who":
      if (!args)
        return fail(
          `"who" needs an area or a delegation, e.g. "who victim assistance" or "who Norway".`,
          "who",
        );
      return ok({ name: "who", subject: args });
    case "actions": {
      const lower = args.toLowerCase();
      if (!args) return ok({ name: "actions", filter: { kind: "open" } });
      if (ACTION_FILTERS.has(lower)) return ok({ name: "actions", filter: { kind: lower as "open" } });
      return ok({ name: "actions", filter: { kind: "subject", text: args } });
    }
    case "action":
      return parseAction(rest);
    case "meeting":
      return parseMeeting(rest);
    case "settings":
      return ok(args ? { name: "settings", change: args } : { name: "settings" });
    case "away":
      return parseAway(args);
    case "updates":
      if (args && !POLITE.test(args)) return fail(`"updates" takes no arguments; got "${args}".`, "updates");
      return ok({ name: "updates" });
    case "update":
      return parseUpdate(args);
    case "agenda":
      return parseAgenda(rest);
    case "minutes":
      return parseMinutes(rest);
    case "note":
    case "decision":
      return parseItemRecord(word, args);
    case "reported":
      return parseReported(args);
    case "attended": {
      const names = args
        .split(/\s*[,;]\s*/)
        .map((name) => name.trim())
        .filter(Boolean);
      if (names.length === 0)
        return fail(
          `"attended" needs the delegations or people present, e.g. "attended Norway, Italy".`,
          "attended",
        );
      return ok({ name: "attended", names });
    }
    case "link": {
      const [user = "", ...person] = rest;
      if (!user || person.length === 0)
        return fail(`"link" needs the chat user and the person, e.g. "link @maria Hauge".`, "link");
      return ok({ name: "link", user, person: person.join(" ") });
    }
    case "history":
      return args
        ? ok({ name: "history", subject: args })
        : fail("Say what to show the history of.", "history");
    case "visibility":
      return parseVisibility(rest);
    case "unlink":
      if (rest.length !== 1 || !rest[0])
        return fail(`"unlink" needs one chat user, e.g. "unlink @maria".`, "unlink");
      return ok({ name: "unlink", user: rest[0] });
    default:
      return {
        ok: false,
        error: `Unknown command "${head}". Commands: ${Object.keys(USAGE).join(", ")}.`,
        usage: "help [command]",
      };
  }
}

function parseAction(words: string[]): ParseResult {
  const [verbWord = "", ...rest] = words;
  const verb = verbWord.toLowerCase();
  const args = rest.join(" ");
  if (verb === "add") return parseActionAdd(args);
  if (verb === "done") {
    if (!args)
      return fail(`"action done" needs the id of the action item, e.g. "action done A-3".`, "action done");
    if (!/^(?:a-?|#)?\d{1,6}$/i.test(args)) {
      return fail(`"${args}" is not an action item id; ids look like A-3.`, "action done");
    }
    return ok({ name: "action-done", handle: args });
  }
  if (!verb) return fail(`"action" needs "add" or "done".`, "action add");
  return fail(`"action ${verbWord}" is not a command; use "action add" or "action done".`, "action add");
}

// "owner(s)" and "due" are keywords only as whole words, in either order; the
// last one wins, so "Check what is due due 7/12" keeps its own words.
function lastKeyword(text: string, keyword: RegExp): number {
  let found = -1;
  for (const match of text.matchAll(keyword)) found = match.index ?? found;
  return found;
}

const DUE = /(?:^|\s)due\b/gi;
const OWNER = /(?:^|\s)owners?\b/gi;

function parseActionAdd(args: string): ParseResult {
  if (!args) return fail(`"action add" needs the text of the action item.`, "action add");
  let rest = args;
  let due: string | undefined;
  let ownerText: string | undefined;
  for (;;) {
    const dueAt = due === undefined ? lastKeyword(rest, DUE) : -1;
    const ownerAt = ownerText === undefined ? lastKeyword(rest, OWNER) : -1;
    if (dueAt < 0 && ownerAt < 0) break;
    const at = Math.max(dueAt, ownerAt);
    const tail = rest
      .slice(at)
      .replace(/^\s*(?:due|owners?)\b\s*:?\s*/i, "")
      .trim();
    if (at === dueAt) due = tail;
    else ownerText = tail;
    rest = rest.slice(0, at).trim();
  }
  if (due === "") return fail(`"due" needs a date or "next meeting", e.g. "due 7/12".`, "action add");
  const owners = (ownerText ?? "")
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((owner) => owner.trim())
    .filter(Boolean);
  if (ownerText !== undefined && owners.length === 0) {
    return fail(`"owner" needs at least one delegation or person, e.g. "owner Norway".`, "action add");
  }
  if (!rest)
    return fail(`"action add" needs the text of the action item before "owner" or "due".`, "action add");
  return ok({ name: "action-add", text: rest, owners, ...(due === undefined ? {} : { due }) });
}

/** "reported Norway: we will organise a workshop" */
function parseReported(args: string): ParseResult {
  const colon = args.indexOf(":");
  const speaker = colon > 0 ? args.slice(0, colon).trim() : "";
  const sentence = colon > 0 ? args.slice(colon + 1).trim() : "";
  if (!speaker || !sentence) {
    return fail(
      `"reported" needs the speaker, a colon and the sentence, e.g. "reported Norway: we will organise a workshop in Lebanon".`,
      "reported",
    );
  }
  return ok({ name: "reported", speaker, sentence });
}

function parseUpdate(args: string): ParseResult {
  if (!args) return ok({ name: "update" });
  const colon = args.indexOf(":");
  if (colon === -1) return ok({ name: "update", subject: args });
  const subject = args.slice(0, colon).trim();
  const body = args.slice(colon + 1).trim();
  if (!body) return fail(`The update after ":" is empty; write its text after the colon.`, "update");
  return ok(subject ? { name: "update", subject, body } : { name: "update", body });
}

const LEVEL = /^(committee|coordinators|secretariat)$/i;

function parseVisibility(words: string[]): ParseResult {
  const level = words.at(-1) ?? "";
  const update = words[0]?.toLowerCase() === "update";
  const subject = words.slice(update ? 1 : 0, -1).join(" ");
  if (!LEVEL.test(level) || subject === "")
    return fail(
      "Name the coalition (or update) and who may read it: committee, coordinators or secretariat.",
      "visibility",
    );
  return ok({ name: "visibility", of: update ? "update" : "coalition", subject, level: level.toLowerCase() });
}

/** "away until 9 December", "away off". */
function parseAway(args: string): ParseResult {
  const lower = args.toLowerCase();
  if (lower === "off" || lower === "back") return ok({ name: "away" });
  const until = /^(?:until|till|to)\s+(.+)$/i.exec(args)?.[1];
  if (!until)
    return fail(`"away" needs the last day away, e.g. "away until 9 December", or "away off".`, "away");
  return ok({ name: "away", until });
}
