// The usage line and one-line summary of every command, in the order help
// lists them; the grammar (grammar.ts) and help text both read them.

/** Usage lines, in the order help lists them. */
export const USAGE = {
  help: "help [command]",
  status: "status [coalition]",
  coalitions: "coalitions",
  areas: "areas",
  who: "who <area|delegation>",
  actions: "actions [mine|overdue|open|done|all|<delegation>|<area>]",
  "action add": "action add <text> [owner <delegation or person>, ...] [due <date|next meeting>]",
  "action done": "action done <id, e.g. A-3>",
  meeting: "meeting [next|last]",
  "meeting schedule": "meeting schedule <when> [place] (shown for confirmation first)",
  "meeting move": "meeting move <when> [place] (shown for confirmation first)",
  "meeting cancel": "meeting cancel (shown for confirmation first)",
  "meeting calendar": "meeting calendar",
  settings:
    "settings [prompts <n> days before at <hh:mm> | reminders <n> days before | agenda <n> days before at <hh:mm> | channel here]",
  away: "away until <date> | away off",
  updates: "updates",
  update: "update [area or coalition][: <text of your update>]",
  agenda: "agenda",
  "agenda add": "agenda add <title> [before|after|under <item>]",
  "agenda move": "agenda move <item> before|after|under <item>",
  "agenda drop": "agenda drop <item>",
  "agenda history": "agenda history",
  note: "note <item> <text>",
  decision: "decision <item> <text>",
  attended: "attended <delegation or person>, ...",
  minutes: "minutes",
  "minutes circulate": "minutes circulate",
  "minutes comment": "minutes comment [item] <your comment, or: no comments>",
  "minutes comments": "minutes comments",
  "minutes edit": "minutes edit <item>[: <new wording>]",
  "minutes history": "minutes history",
  "minutes approve": "minutes approve [with amendments]",
  reported: "reported <delegation or person>: <sentence in the first person>",
  link: "link @user <person>",
  unlink: "unlink @user",
  history: "history <action id, e.g. A-3 | coalition | meeting, e.g. last meeting>",
  visibility: "visibility [update] <coalition or area> committee|coordinators|secretariat",
} as const;

export const SUMMARY: Record<keyof typeof USAGE, string> = {
  help: "this list, or how to use one command",
  status: "where a country coalition stands (all coalitions when none is named)",
  coalitions: "the country coalitions",
  areas: "the thematic areas and their coordinators",
  who: "who coordinates an area, or who is in a delegation",
  actions: "open action items, filtered",
  "action add": "record an action item",
  "action done": "mark an action item done",
  meeting: "the next (or last) meeting",
  "meeting schedule":
    "(Presidency, secretariat) schedule a meeting; coordinators are then asked for their updates",
  "meeting move": "(Presidency, secretariat) move the next meeting; those already asked are told",
  "meeting cancel": "(Presidency, secretariat) cancel the next meeting; pending requests are withdrawn",
  "meeting calendar": "the next meeting as a calendar file (.ics)",
  settings:
    "(secretariat) when updates are asked for, reminded and the agenda posted; which channel is the committee's",
  away: "skip me when asking for updates until a date (a colleague is asked instead)",
  updates:
    "(Presidency, secretariat) who has sent their update for the next meeting, who is away or unreachable",
  update: "submit your update for the next meeting",
  agenda: "the agenda draft for the next meeting",
  "agenda add": "(Presidency, secretariat) add an item to the agenda draft",
  "agenda move": "(Presidency, secretariat) move an item of the agenda draft",
  "agenda drop": "(Presidency, secretariat) drop an item from the agenda draft",
  "agenda history": "the versions of the agenda draft",
  note: "(Presidency, secretariat) note what was said under an agenda item of the meeting",
  decision: "(Presidency, secretariat) record a decision under an agenda item of the meeting",
  attended: "(Presidency, secretariat) record who is present at the meeting",
  minutes: "the minutes draft of the last meeting",
  "minutes circulate":
    "(Presidency, secretariat) send the minutes draft to the committee for comments, as its next version",
  "minutes comment": "comment on the circulated minutes draft, on one item or on the whole",
  "minutes comments": "(Presidency, secretariat) the comments received on the circulated minutes draft",
  "minutes edit":
    "(secretariat) reword an item of the minutes draft before it is circulated again (a form, or the wording typed after the item)",
  "minutes history": "the circulated versions of the minutes draft and what changed in each",
  "minutes approve":
    "(Presidency, secretariat) record the approval of the circulated minutes at the next meeting, which locks them",
  reported: "a first-person sentence rewritten as a minutes sentence in reported speech",
  link: "(secretariat) connect a chat account to a committee member",
  unlink: "(secretariat) disconnect a chat account",
  history:
    "(Presidency, secretariat, coordinators) the record of changes to an action item, a coalition or a meeting",
  visibility:
    "(Presidency, secretariat; coordinators for their updates) who may read a coalition's record or an update",
};
