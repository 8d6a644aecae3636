// Who may write what. Reading is open to every registered person; writes
// name the roles they need so a refusal can say which one is missing.
import { joinAnd } from "../domain/format.ts";
import type { Role } from "../domain/vocabulary.ts";
import type { PersonEntry } from "../store/directory.ts";
import { UserError } from "./errors.ts";

export function hasRole(person: PersonEntry, roles: readonly Role[]): boolean {
  return person.roles.some((role) => roles.includes(role));
}

export function requireRole(person: PersonEntry, roles: readonly Role[], doing: string): void {
  if (!hasRole(person, roles)) {
    throw new UserError(
      `Only ${joinAnd(roles.map((role) => ROLE_HOLDERS[role]))} may ${doing}; you are registered as ${joinAnd(person.roles.map(roleName)) || "a guest"}.`,
    );
  }
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
