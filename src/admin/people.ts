// The committee's people as the secretariat checks them before linking chat
// accounts: grouped by delegation in attendance order, with roles and links.
import { personName } from "../domain/format.ts";
import type { Db } from "../store/open.ts";
import { listPeople } from "../store/people.ts";
import { defaultCommitteeId } from "./person-names.ts";

/** "slack:T1/U2" */
export function identityKey(identity: { platform: string; workspaceId: string; userId: string }): string {
  return `${identity.platform}:${identity.workspaceId}/${identity.userId}`;
}

/** The listing as lines of text; an explanation when there is no committee. */
export async function peopleReport(db: Db, committeeId?: number): Promise<string[]> {
  const id = committeeId ?? (await defaultCommitteeId(db));
  if (id === null) return ["No committee is set up in this database."];
  const people = await listPeople(db, id);
  const lines: string[] = [];
  let delegationId: number | null = null;
  let linked = 0;
  for (const person of people) {
    if (person.delegationId !== delegationId) {
      delegationId = person.delegationId;
      const { name, label } = person.delegation;
      if (lines.length > 0) lines.push("");
      lines.push(label ? `${name} (${label})` : name);
    }
    const roles = person.roles.map((role) => role.role).sort();
    const identities = person.identities.map(identityKey).sort().join(", ");
    if (person.identities.length > 0) linked += 1;
    const parts = [
      personName(person),
      roles.length > 0 ? roles.join(", ") : "no role",
      identities || "not linked",
    ];
    lines.push(`  ${parts.join(" · ")}`);
  }
  if (people.length === 0) return ["The committee has no persons yet."];
  lines.push("", `${people.length} persons, ${linked} with a linked chat account.`);
  return lines;
}
