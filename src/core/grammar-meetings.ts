// The grammar's meeting words: agenda, minutes, notes and decisions on an
// item, and the meeting commands (src/core/grammar.ts dispatches to these).
import { fail, ok, type ParseResult, type Placement, POLITE } from "./command-model.ts";
import { USAGE } from "./usage.ts";

const ITEM = /^(?:item\s+)?\d+(?:\.\d+)?\.?$/i;
const PLACED = /^(.+?)\s+(before|after|under)\s+(\S+(?:\s+\S+)*)$/i;

export function parseAgenda(words: string[]): ParseResult {
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
export function parseMinutes(words: string[]): ParseResult {
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
export function parseItemRecord(word: "note" | "decision", args: string): ParseResult {
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
export function parseMeeting(words: string[]): ParseResult {
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
