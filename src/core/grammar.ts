// The one command grammar: what the slash command, typed Teams commands and the
// console all parse. Parsing never throws; a bad line yields the problem and
// the usage line to fix it.
import { LIMITS, tooLong } from "./limits.ts";
import { USAGE } from "./usage.ts";

export { SUMMARY, USAGE } from "./usage.ts";

export type ActionsFilter =
  | { kind: "open" | "mine" | "overdue" | "done" | "all" }
  | { kind: "subject"; text: string };

export type Command =
  | { name: "help"; topic?: string }
  | { name: "status"; subject?: string }
  | { name: "coalitions" }
  | { name: "areas" }
  | { name: "who"; subject: string }
  | { name: "actions"; filter: ActionsFilter }
  | { name: "action-add"; text: string; owners: string[]; due?: string }
  | { name: "action-done"; handle: string }
  | { name: "meeting"; which: "next" | "last" }
  | { name: "meeting-schedule"; when: string; confirm: boolean }
  | { name: "meeting-move"; when: string; confirm: boolean }
  | { name: "meeting-cancel"; meeting?: string; confirm: boolean }
  | { name: "meeting-calendar" }
  | { name: "settings"; change?: string }
  | { name: "away"; until?: string }
  | { name: "updates" }
  | { name: "update"; subject?: string; body?: string }
  | { name: "agenda" }
  | { name: "agenda-add"; title: string; placement?: Placement }
  | { name: "agenda-move"; item: string; placement: Placement }
  | { name: "agenda-drop"; item: string }
  | { name: "agenda-history" }
  | { name: "note"; item: string; text: string }
  | { name: "decision"; item: string; text: string }
  | { name: "attended"; names: string[] }
  | { name: "minutes" }
  | { name: "minutes-circulate" }
  | { name: "minutes-comment"; item?: string; text: string }
  | { name: "minutes-comments" }
  | { name: "minutes-edit"; item: string; text?: string }
  | { name: "minutes-history" }
  | { name: "minutes-approve"; amended: boolean }
  | { name: "reported"; speaker: string; sentence: string }
  | { name: "link"; user: string; person: string }
  | { name: "unlink"; user: string }
  | { name: "history"; subject: string }
  | { name: "visibility"; of: "coalition" | "update"; subject: string; level: string };

/** Where an agenda item goes, relative to another ("after 5.9", "under 5"). */
export type Placement = { where: "before" | "after" | "under"; target: string };

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string; usage: string };

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

function fail(error: string, usage: keyof typeof USAGE): ParseResult {
  return { ok: false, error, usage: USAGE[usage] };
}

function ok(command: Command): ParseResult {
  return { ok: true, command };
}

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

/** Is the first word of `text` one of the grammar's commands? */
export function looksLikeCommand(text: string): boolean {
  const first = splitHead(normalizeCommandText(text)).head.toLowerCase();
  return (COMMAND_WORDS as readonly string[]).includes(first);
}

const NO_ARGS = new Set(["coalitions", "areas"]);
/** What a person adds to a command that takes no arguments ("updates please"), which is no argument. */
const POLITE = /^(?:please|pls|thanks|thank you)[.!]?$/i;
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

const ITEM = /^(?:item\s+)?\d+(?:\.\d+)?\.?$/i;
const PLACED = /^(.+?)\s+(before|after|under)\s+(\S+(?:\s+\S+)*)$/i;

function parseAgenda(words: string[]): ParseResult {
  const [verbWord = "", ...rest] = words;
  const verb = verbWord.toLowerCase();
  const args = rest.join(" ");
  if (!verb) return ok({ name: "agenda" });
  if (verb === "history" || verb === "versions") {
    if (args) return fail(`"agenda history" takes no arguments; got "${args}".`, "agenda history");
    return ok({ name: "agenda-history" });
  }
  if (verb === "add") {
    if (!args) return fail(`"agenda add" needs the title of the new item.`, "agenda add");
    // Only a trailing item number places it, so "Workshop after the 7MSP" stays a title.
    const placed = /^(.+?)\s+(before|after|under)\s+((?:item\s+)?\d+(?:\.\d+)?\.?)$/i.exec(args);
    if (!placed?.[1] || !placed[2] || !placed[3]) return ok({ name: "agenda-add", title: args });
    const where = placed[2].toLowerCase() as Placement["where"];
    return ok({ name: "agenda-add", title: placed[1], placement: { where, target: placed[3] } });
  }
  if (verb === "move") {
    const placed = PLACED.exec(args);
    if (!placed?.[1] || !placed[2] || !placed[3]) {
      return fail(
        `"agenda move" needs the item and where it goes, e.g. "agenda move 5.9 after 4".`,
        "agenda move",
      );
    }
    const where = placed[2].toLowerCase() as Placement["where"];
    return ok({ name: "agenda-move", item: placed[1], placement: { where, target: placed[3] } });
  }
  if (verb === "drop" || verb === "remove") {
    if (!args) return fail(`"agenda drop" needs the item to drop, e.g. "agenda drop 5.9".`, "agenda drop");
    return ok({ name: "agenda-drop", item: args });
  }
  return fail(
    `"agenda ${verbWord}" is not a command; use "agenda", "agenda add", "agenda move", "agenda drop" or "agenda history".`,
    "agenda add",
  );
}

const AMENDED = /^(?:with amendments|as amended|amended)$/i;

/** "minutes", "minutes circulate", "minutes comment [item] <text>", "minutes comments", "minutes edit <item>", "minutes history", "minutes approve [with amendments]". */
function parseMinutes(words: string[]): ParseResult {
  const [verbWord = "", ...rest] = words;
  const verb = verbWord.toLowerCase();
  const args = rest.join(" ");
  const bare = (name: "minutes" | "minutes-circulate" | "minutes-comments" | "minutes-history") => {
    const usage = name === "minutes" ? "minutes" : (`minutes ${name.slice(8)}` as keyof typeof USAGE);
    if (args && !POLITE.test(args))
      return fail(`"${USAGE[usage]}" takes no arguments; got "${args}".`, usage);
    return ok({ name });
  };
  if (!verb || POLITE.test(words.join(" "))) return ok({ name: "minutes" });
  if (verb === "circulate" || verb === "recirculate") return bare("minutes-circulate");
  if (verb === "comments") return bare("minutes-comments");
  if (verb === "history" || verb === "versions") return bare("minutes-history");
  if (verb === "comment") {
    const [first = "", ...text] = args.replace(/^item\s+/i, "").split(" ");
    const item = first.replace(/:$/, "");
    if (ITEM.test(item)) {
      const body = text.join(" ").trim();
      if (!body)
        return fail(`"minutes comment ${item}" needs your comment after the item.`, "minutes comment");
      return ok({ name: "minutes-comment", item, text: body });
    }
    if (!args)
      return fail(
        `"minutes comment" needs your comment, e.g. "minutes comment 5.4 Norway's workshop was in Beirut" or "minutes comment no comments".`,
        "minutes comment",
      );
    return ok({ name: "minutes-comment", text: args });
  }
  if (verb === "edit") {
    // The new wording may follow the item (for the console, which has no forms): "minutes edit 5.4: <text>".
    const [first = "", ...text] = args.replace(/^item\s+/i, "").split(" ");
    const item = first.replace(/:$/, "").replace(/\.$/, "");
    if (!ITEM.test(item))
      return fail(`"minutes edit" needs the number of one item, e.g. "minutes edit 5.4".`, "minutes edit");
    const wording = text.join(" ").trim();
    return ok(wording ? { name: "minutes-edit", item, text: wording } : { name: "minutes-edit", item });
  }
  if (verb === "approve") {
    if (args && !AMENDED.test(args))
      return fail(`"minutes approve" takes nothing or "with amendments"; got "${args}".`, "minutes approve");
    return ok({ name: "minutes-approve", amended: Boolean(args) });
  }
  return fail(
    `"minutes ${verbWord}" is not a command; use "minutes", "minutes circulate", "minutes comment", "minutes comments", "minutes edit", "minutes history" or "minutes approve".`,
    "minutes",
  );
}

/** "note 5.4 text", "note 5.4: text" or "note clearance: text". */
function parseItemRecord(word: "note" | "decision", args: string): ParseResult {
  const example =
    word === "note"
      ? `"note 5.4 Norway reported on the Lebanon workshop"`
      : `"decision 3 The minutes were approved"`;
  const [first = "", ...rest] = args.replace(/^item\s+/i, "").split(" ");
  const numbered = ITEM.test(first.replace(/:$/, ""))
    ? { item: first.replace(/:$/, ""), text: rest.join(" ") }
    : null;
  const colon = args.indexOf(":");
  const named =
    !numbered && colon > 0 ? { item: args.slice(0, colon).trim(), text: args.slice(colon + 1).trim() } : null;
  const found = numbered ?? named;
  if (!found) return fail(`"${word}" needs the agenda item and the text, e.g. ${example}.`, word);
  if (!found.text.trim()) return fail(`"${word}" needs text after the item, e.g. ${example}.`, word);
  return ok({ name: word, item: found.item, text: found.text.trim() });
}

/** "meeting", "meeting last", "meeting schedule <when> [place] [confirm]", "meeting move ...", "meeting cancel [confirm]". */
function parseMeeting(words: string[]): ParseResult {
  const [verbWord = "", ...rest] = words;
  const verb = verbWord.toLowerCase();
  if (verb === "" || verb === "next" || verb === "last") {
    if (rest.length) return fail(`"meeting" takes "next" or "last"; got "${words.join(" ")}".`, "meeting");
    return ok({ name: "meeting", which: verb === "last" ? "last" : "next" });
  }
  const confirm = rest.at(-1)?.toLowerCase() === "confirm";
  const when = (confirm ? rest.slice(0, -1) : rest).join(" ");
  if (verb === "schedule" || verb === "move") {
    const usage = verb === "schedule" ? "meeting schedule" : "meeting move";
    if (!when)
      return fail(
        `"meeting ${verb}" needs the date and time, e.g. "meeting ${verb} Wednesday 7 December 10:00-11:30 Permanent Mission of Germany".`,
        usage,
      );
    return ok({ name: verb === "schedule" ? "meeting-schedule" : "meeting-move", when, confirm });
  }
  if (verb === "cancel") {
    // A confirmation button names the meeting ("#12"), so a stale one cannot cancel another.
    if (when && !/^#\d+$/.test(when))
      return fail(
        `"meeting cancel" cancels the next meeting and takes nothing more; got "${when}".`,
        "meeting cancel",
      );
    return ok(
      when ? { name: "meeting-cancel", meeting: when, confirm } : { name: "meeting-cancel", confirm },
    );
  }
  if (verb === "calendar" || verb === "ics") {
    if (rest.length)
      return fail(`"meeting calendar" takes nothing more; got "${rest.join(" ")}".`, "meeting calendar");
    return ok({ name: "meeting-calendar" });
  }
  return fail(`"meeting" takes "next" or "last"; got "${words.join(" ")}".`, "meeting");
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
