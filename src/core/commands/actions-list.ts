// actions [filter]: the listings of action items a person may read, at most
// LISTED_AT_MOST named, with the buttons each open item allows.
import { joinAnd } from "../../domain/format.ts";
import { type ActionQuery, listActions } from "../../read-model/actions.ts";
import { delegationById } from "../../store/directory.ts";
import type { CommandContext } from "../context.ts";
import { actionItem } from "../describe.ts";
import { UserError } from "../errors.ts";
import { type ActionsFilter, USAGE } from "../grammar.ts";
import { withoutHidden } from "../policy.ts";
import { privateReply, type Reply } from "../reply.ts";
import { resolveSubjects, subjectName } from "../resolve.ts";
import { actionButtons } from "./actions.ts";

interface Listing {
  query: Omit<ActionQuery, "committeeId">;
  label: string;
  overdueOnly?: boolean;
}

function listingFor(context: CommandContext, filter: ActionsFilter): Listing {
  const { person, dir } = context;
  switch (filter.kind) {
    case "open":
      return { query: { status: "open" }, label: "open action items" };
    case "all":
      return { query: {}, label: "action items" };
    case "done":
      return { query: { status: "done" }, label: "completed action items" };
    case "overdue":
      return { query: { status: "open" }, label: "overdue action items", overdueOnly: true };
    case "mine": {
      const delegation = delegationById(dir, person.delegationId);
      return {
        query: { status: "open", ownerPersonIds: [person.id], ownerDelegationIds: [delegation.id] },
        label: `open action items for you or ${delegation.name}`,
      };
    }
    case "subject": {
      const found = resolveSubjects(dir, filter.text, ["delegation", "area", "coalition", "person"]);
      if (found.length === 0) {
        throw new UserError(
          `No delegation, area, coalition or person matches "${filter.text}". Try "actions mine", "actions overdue" or "actions Norway".`,
          USAGE.actions,
        );
      }
      const [first] = found;
      if (found.length > 1 && !found.every((s) => s.kind === "delegation" || s.kind === "coalition")) {
        throw new UserError(
          `"${filter.text}" could mean ${joinAnd(found.map(subjectName))}; please be more specific.`,
          USAGE.actions,
        );
      }
      if (!first) throw new UserError(`No match for "${filter.text}".`, USAGE.actions);
      if (first.kind === "delegation") {
        return {
          query: { status: "open", ownerDelegationIds: [first.delegation.id] },
          label: `open action items for ${first.delegation.name}`,
        };
      }
      if (first.kind === "area")
        return {
          query: { status: "open", areaId: first.area.id },
          label: `open action items on ${first.area.name}`,
        };
      if (first.kind === "coalition") {
        return {
          query: { status: "open", coalitionId: first.coalition.id },
          label: `open action items of the ${first.coalition.name} coalition`,
        };
      }
      return {
        query: { status: "open", ownerPersonIds: [first.person.id] },
        label: `open action items for ${first.person.name}`,
      };
    }
  }
}

/**
 * A listing names at most this many items: a page a person reads (and one
 * Slack message of 50 blocks); past it, the reply says how to narrow it.
 */
const LISTED_AT_MOST = 20;

export async function actions(context: CommandContext, filter: ActionsFilter): Promise<Reply[]> {
  const { records, dir, now } = context;
  const listing = listingFor(context, filter);
  const overdue = listing.overdueOnly ? { now, timeZone: dir.committee.timeZone } : undefined;
  const found = withoutHidden(
    context,
    listActions(records, { ...listing.query, ...(overdue ? { overdue } : {}) }),
  );
  if (found.length === 0) return [privateReply(`No ${listing.label}.`)];
  const shown = found.slice(0, LISTED_AT_MOST);
  const more =
    found.length > shown.length
      ? `The first ${shown.length} of ${found.length} by number. Narrow the list: "actions ${filter.kind === "overdue" ? "overdue " : ""}<delegation, area or coalition>", or "history A-n" for one item.`
      : undefined;
  return [
    privateReply(
      `${found.length} ${found.length === 1 ? listing.label.replace("items", "item") : listing.label}.`,
      {
        sections: [
          {
            items: shown.map((action) => ({
              ...actionItem(action, dir, now),
              ...(action.status === "open" ? { buttons: actionButtons(context, action) } : {}),
            })),
            ...(more ? { context: more } : {}),
          },
        ],
      },
    ),
  ];
}
