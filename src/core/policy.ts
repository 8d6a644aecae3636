// Who may do what: the one table every write (and every restricted read)
// goes through. The Presidency and the secretariat manage meetings, agendas,
// minutes, coalitions and people; a coordinator submits updates and manages
// action items for the areas their delegation coordinates; owners close their
// own action items; observers and members read. A refusal names the role
// needed and is logged.

import { agendaDeadline, type PlannableMeeting } from "../cycle/planner.ts";
import { joinAnd, joinOr } from "../domain/format.ts";
import type { Role } from "../domain/vocabulary.ts";
import type { CycleSettings } from "../store/cycle-settings.ts";
import type { PersonEntry } from "../store/directory.ts";
import type { CommandContext } from "./context.ts";
import { UserError } from "./errors.ts";

interface Rule {
  /** Roles allowed whatever the subject. */
  roles: readonly Role[];
  /** Coordinators are allowed when the subject is theirs (their delegation coordinates its area). */
  coordinatorOfSubject?: boolean;
  /** The subject's owners (an action item's) are allowed. */
  owner?: boolean;
  /** What the permission lets one do, for the refusal: "may <doing>". */
  doing: string;
  /** The same about one named subject: "mark it done". */
  doingIt?: string;
}

const MANAGERS = ["president", "secretariat"] as const satisfies readonly Role[];
const WRITERS = ["president", "secretariat", "coordinator"] as const satisfies readonly Role[];
const EVERYONE = [...WRITERS, "observer", "member"] as const satisfies readonly Role[];

export const RULES = {
  "meeting.schedule": { roles: MANAGERS, doing: "schedule meetings" },
  "meeting.move": { roles: MANAGERS, doing: "move meetings" },
  "meeting.cancel": { roles: MANAGERS, doing: "cancel meetings" },
  "agenda.edit": { roles: MANAGERS, doing: "change the agenda draft" },
  "minutes.note": { roles: MANAGERS, doing: "take notes of a meeting" },
  "minutes.decision": { roles: MANAGERS, doing: "record decisions" },
  "minutes.attendance": { roles: MANAGERS, doing: "record attendance" },
  "minutes.import": { roles: MANAGERS, doing: "import minutes" },
  "minutes.circulate": { roles: MANAGERS, doing: "circulate the minutes draft" },
  "minutes.comment": { roles: EVERYONE, doing: "comment on the minutes draft" },
  "minutes.comments": { roles: MANAGERS, doing: "read the comments on the minutes draft" },
  "minutes.edit": { roles: ["secretariat"], doing: "reword the minutes draft" },
  "minutes.approve": { roles: MANAGERS, doing: "record the approval of the minutes" },
  "coalition.manage": { roles: MANAGERS, doing: "change a coalition's record" },
  "settings.change": { roles: ["secretariat"], doing: "change the meeting-cycle settings" },
  "identity.link": { roles: ["secretariat"], doing: "link chat accounts to committee members" },
  "identity.unlink": { roles: ["secretariat"], doing: "unlink chat accounts" },
  "updates.overview": { roles: MANAGERS, doing: "see who has sent their update" },
  "history.view": { roles: WRITERS, doing: "read the record of changes" },
  "update.area": {
    roles: MANAGERS,
    coordinatorOfSubject: true,
    doing: "submit or revise an area's update",
    doingIt: "submit its update",
  },
  "update.coalition": { roles: WRITERS, doing: "submit or revise a coalition update" },
  "update.visibility": {
    roles: MANAGERS,
    coordinatorOfSubject: true,
    owner: true,
    doing: "change who may read an update",
    doingIt: "change who may read it",
  },
  "action.add": { roles: WRITERS, doing: "record action items" },
  "action.reassign": {
    roles: MANAGERS,
    coordinatorOfSubject: true,
    doing: "reassign action items",
    doingIt: "reassign it",
  },
  "action.done": {
    roles: MANAGERS,
    coordinatorOfSubject: true,
    owner: true,
    doing: "mark action items done",
    doingIt: "mark it done",
  },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;

/** Facts about the subject that only the caller knows. */
export interface Subject {
  /** The speaker's delegation coordinates the subject's area. */
  coordinates?: boolean;
  /** The speaker (or their delegation) owns the subject. */
  owns?: boolean;
  /** Names the subject in a refusal: "A-3", "the victim assistance update". */
  label?: string;
  /** Who owns it, for the refusal: "Norway and Ms. Hauge". */
  owners?: string;
  /** The area whose coordinators may act on it, for the refusal; coordinators are not offered without one. */
  area?: string;
}

export function hasRole(person: PersonEntry, roles: readonly Role[]): boolean {
  return person.roles.some((role) => roles.includes(role));
}

export function can(person: PersonEntry, permission: Permission, subject: Subject = {}): boolean {
  const rule: Rule = RULES[permission];
  if (hasRole(person, rule.roles)) return true;
  if (rule.coordinatorOfSubject && subject.coordinates && hasRole(person, ["coordinator"])) return true;
  return Boolean(rule.owner && subject.owns);
}

/** Throws the refusal (and logs it) unless the speaker may do this. */
export function authorize(context: CommandContext, permission: Permission, subject: Subject = {}): void {
  const { person, actor, logger } = context;
  if (can(person, permission, subject)) return;
  logger.warn(
    {
      permission,
      personId: person.id,
      roles: person.roles,
      platform: actor.platform,
      user: actor.platformUserId,
    },
    "refused",
  );
  throw new UserError(refusalText(person, permission, subject));
}

export function refusalText(person: PersonEntry, permission: Permission, subject: Subject = {}): string {
  const rule: Rule = RULES[permission];
  const owners = subject.owners ? ` (${subject.owners})` : "";
  const holders = [
    ...(rule.owner && subject.label ? [`the owners of ${subject.label}${owners}`] : []),
    ...(rule.coordinatorOfSubject && subject.area ? [`the coordinators of ${subject.area}`] : []),
    ...rule.roles.map((role) => ROLE_HOLDERS[role]),
  ];
  const doing = subject.label ? (rule.doingIt ?? rule.doing) : rule.doing;
  return `Only ${joinOr(holders)} may ${doing}; you are registered as ${describeRoles(person)}.`;
}

function describeRoles(person: PersonEntry): string {
  return joinAnd(person.roles.map(roleName)) || "a guest";
}

export function roleName(role: Role): string {
  return role === "president" ? "Presidency" : role;
}

const ROLE_HOLDERS: Record<Role, string> = {
  president: "the Presidency",
  coordinator: "coordinators",
  secretariat: "the secretariat",
  observer: "observers",
  member: "members",
};

/** Who may read a coalition or an update: everyone, coordinators (with the Presidency and the secretariat), or the secretariat alone. */
export function canSee(person: PersonEntry, visibility: string): boolean {
  if (visibility === "committee") return true;
  if (visibility === "coordinators") return hasRole(person, WRITERS);
  return hasRole(person, ["secretariat"]);
}

/**
 * Has the agenda draft of this meeting gone out to the committee? The
 * scheduler posts it at the cycle's deadline; an agenda on record (adopted or
 * imported) has gone out whatever the clock says.
 */
export function agendaCirculated(
  meeting: PlannableMeeting & { agendaItems: readonly unknown[] },
  settings: CycleSettings,
  now: Date,
): boolean {
  return meeting.agendaItems.length > 0 || now.getTime() >= agendaDeadline(meeting, settings).getTime();
}

/**
 * May this person read an update's text now? Its author always; one kept to
 * some roles only those roles; one open to the committee everyone once the
 * agenda draft has gone out (the draft quotes it), and before that the
 * coordinators, the Presidency and the secretariat who prepare the meeting.
 */
export function mayReadUpdate(
  person: PersonEntry,
  update: { authorId: number; visibility: string },
  circulated: boolean,
): boolean {
  if (update.authorId === person.id) return true;
  if (update.visibility !== "committee") return canSee(person, update.visibility);
  return circulated || hasRole(person, WRITERS);
}

/** Throws the refusal (and logs it) unless the speaker may read what is kept at this visibility. */
export function authorizeRead(context: CommandContext, visibility: string, what: string): void {
  const { person, actor, logger } = context;
  if (canSee(person, visibility)) return;
  logger.warn(
    {
      visibility,
      personId: person.id,
      roles: person.roles,
      platform: actor.platform,
      user: actor.platformUserId,
    },
    "refused",
  );
  throw new UserError(
    `${what} is ${visibilityPhrase(visibility)}; you are registered as ${describeRoles(person)}.`,
  );
}

/** "kept to coordinators", for the notes that say something was withheld or answered privately. */
export function visibilityPhrase(visibility: string): string {
  return visibility === "coordinators"
    ? "kept to coordinators, the Presidency and the secretariat"
    : visibility === "secretariat"
      ? "kept to the secretariat"
      : "open to the committee";
}

/** Drops records tied to a coalition whose record the speaker may not read. */
export function withoutHidden<T extends { coalitionId: number | null }>(
  context: CommandContext,
  rows: T[],
): T[] {
  const hidden = new Set(
    context.dir.coalitions.filter((c) => !canSee(context.person, c.visibility)).map((c) => c.id),
  );
  return hidden.size ? rows.filter((row) => row.coalitionId === null || !hidden.has(row.coalitionId)) : rows;
}

/**
 * What a channel may show of records tied to coalitions: only those of
 * coalitions open to the committee, whoever reads the channel (scheduled
 * posts have no asker).
 */
export function openToCommittee<T extends { coalition: { visibility: string } | null }>(
  rows: readonly T[],
): T[] {
  return rows.filter((row) => row.coalition === null || row.coalition.visibility === "committee");
}
