// A snapshot of who and what the committee is made of (delegations, people,
// areas, coalitions, with their aliases): small, read once per request, and
// what every name a user types is resolved against.
import type { AreaEntry, DelegationEntry, Directory, PersonEntry } from "../domain/directory.ts";
import type { Role } from "../domain/vocabulary.ts";
import type { Db } from "./open.ts";

export type {
  AreaEntry,
  CoalitionEntry,
  DelegationEntry,
  Directory,
  PersonEntry,
} from "../domain/directory.ts";

export class NoCommitteeError extends Error {}

/** A person as Prisma reads it, roles as rows. */
type PersonRow = Omit<PersonEntry, "roles"> & { roles: { role: string }[] };

export function toPersonEntry(p: PersonRow): PersonEntry {
  return {
    id: p.id,
    name: p.name,
    familyName: p.familyName,
    honorific: p.honorific,
    position: p.position,
    pronoun: p.pronoun,
    timeZone: p.timeZone,
    delegationId: p.delegationId,
    roles: p.roles.map((r) => r.role as Role),
  };
}

export async function loadDirectory(db: Db, slug?: string): Promise<Directory> {
  const committee = await db.committee.findFirst({ where: slug ? { slug } : {}, orderBy: { id: "asc" } });
  if (!committee) throw new NoCommitteeError("No committee is set up in this database.");
  const committeeId = committee.id;
  const [delegations, delegationAliases, persons, areas, areaAliases, coordinators, coalitions] =
    await Promise.all([
      db.delegation.findMany({ where: { committeeId }, orderBy: [{ listOrder: "asc" }, { name: "asc" }] }),
      db.delegationAlias.findMany({ where: { committeeId } }),
      db.person.findMany({ where: { committeeId }, include: { roles: true }, orderBy: { listOrder: "asc" } }),
      db.thematicArea.findMany({ where: { committeeId }, orderBy: { position: "asc" } }),
      db.thematicAreaAlias.findMany({ where: { committeeId } }),
      db.areaCoordinator.findMany({ where: { area: { committeeId } }, orderBy: { listOrder: "asc" } }),
      db.countryCoalition.findMany({ where: { committeeId }, orderBy: { name: "asc" } }),
    ]);
  const delegationOrder = new Map(delegations.map((d, index) => [d.id, index]));
  return {
    committee: {
      id: committee.id,
      name: committee.name,
      convention: committee.convention,
      timeZone: committee.timeZone,
      presidencyLabel: committee.presidencyLabel,
      presidencyDelegationId: committee.presidencyDelegationId,
    },
    delegations: delegations.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      isoCode: d.isoCode,
      isMember: d.isMember,
      label: d.label,
      listOrder: d.listOrder,
      aliases: delegationAliases.filter((a) => a.delegationId === d.id).map((a) => a.alias),
    })),
    persons: persons
      .map(toPersonEntry)
      .sort(
        (a, b) => (delegationOrder.get(a.delegationId) ?? 0) - (delegationOrder.get(b.delegationId) ?? 0),
      ),
    areas: areas.map((area) => ({
      id: area.id,
      name: area.name,
      shortName: area.shortName,
      position: area.position,
      aliases: areaAliases.filter((a) => a.areaId === area.id).map((a) => a.alias),
      coordinatorIds: coordinators.filter((c) => c.areaId === area.id).map((c) => c.delegationId),
    })),
    coalitions: coalitions.map((c) => ({
      id: c.id,
      name: c.name,
      affectedDelegationId: c.affectedDelegationId,
      visibility: c.visibility,
    })),
  };
}

export function delegationById(dir: Directory, id: number): DelegationEntry {
  const found = dir.delegations.find((d) => d.id === id);
  if (!found) throw new Error(`delegation ${id} is not in the directory`);
  return found;
}

export function personById(dir: Directory, id: number): PersonEntry {
  const found = dir.persons.find((p) => p.id === id);
  if (!found) throw new Error(`person ${id} is not in the directory`);
  return found;
}

export function areasCoordinatedBy(dir: Directory, delegationId: number): AreaEntry[] {
  return dir.areas.filter((area) => area.coordinatorIds.includes(delegationId));
}
