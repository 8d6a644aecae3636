// What the bot made of a message, in the corpus's terms, from the core's trace
// of the request (src/core/core.ts, RequestTrace): the intent and entities of
// a message answered as a question, or the intent a command typed as a
// message answers ("actions mine" lists action items as the question would).
import type { RequestTrace } from "../../src/core/core.ts";
import type { Command } from "../../src/core/grammar.ts";
import type { Intent, Understanding } from "../../src/core/intents/types.ts";
import { actionHandle } from "../../src/domain/vocabulary.ts";

export interface Reading {
  /** How the core took the message: "question", "command who", "refused command status", "thread". */
  route: string;
  /** The intent the bot answered, as the corpus names it; "unknown" when it refused or did not know. */
  intent: Intent | "none";
  /** Entities found, as "kind:value"; a command's arguments are not resolved where the trace shows them. */
  entities: string[];
}

/** The intents a command's reply answers: the corpus labels "actions mine" actions.list, say. */
function commandIntents(command: Command): Intent[] {
  switch (command.name) {
    case "help":
      return ["help"];
    case "status":
      return [command.subject ? "coalition.status" : "coalition.list"];
    case "coalitions":
      return ["coalition.list"];
    case "areas":
      return ["area.list"];
    case "who":
      // an area's coordinators, or who a person or delegation is
      return ["who.coordinates", "who.is"];
    case "actions":
      return ["actions.list"];
    case "meeting":
      return [command.which === "next" ? "meeting.next" : "meeting.last"];
    case "agenda":
      return ["meeting.agenda"];
    case "minutes":
      return ["meeting.minutes"];
    case "updates":
      return ["updates.status"];
    default:
      return [];
  }
}

function predictedEntities(u: Understanding): string[] {
  const e = u.entities;
  const out = [
    ...e.delegations.map((d) => `delegation:${d.name}`),
    ...e.areas.map((a) => `area:${a.name}`),
    ...e.coalitions.map((c) => `coalition:${c.name}`),
    ...e.persons.map((p) => `person:${p.name}`),
    ...e.ambiguousPersons.flat().map((p) => `person:${p.name}`),
    ...e.actions.map((n) => `action:${actionHandle(n)}`),
    ...e.filters.map((f) => `filter:${f}`),
  ];
  if (e.meeting?.found) out.push(`meeting:${e.meeting.date}`);
  else if (e.dueBy) out.push(`date:${e.dueBy}`);
  return [...new Set(out)];
}

/** The reading of one request's trace; `expected` picks among the intents a command answers. */
export function readTrace(trace: RequestTrace, expected: Intent): Reading {
  const command = trace.command ? ` ${trace.command.name}` : "";
  if (trace.refused)
    return { route: `refused ${trace.route ?? "request"}${command}`, intent: "unknown", entities: [] };
  if (trace.route === "question" && trace.understanding && trace.intent) {
    return { route: "question", intent: trace.intent, entities: predictedEntities(trace.understanding) };
  }
  if (trace.route === "command" && trace.command) {
    const answers = commandIntents(trace.command);
    const intent = answers.includes(expected) ? expected : (answers[0] ?? "none");
    return { route: `command${command}`, intent, entities: [] };
  }
  return { route: trace.route ?? "none", intent: "none", entities: [] };
}
