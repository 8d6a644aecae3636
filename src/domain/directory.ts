// The shape of a directory snapshot (delegations, people, areas, coalitions,
// with their aliases): what the committee is made of, as every layer reads
// it. src/store/directory.ts loads it; src/domain/record-names resolves the
// names users type against it.
import type { Role } from "./vocabulary.ts";

export interface DelegationEntry {
  id: number;
  name: string;
  kind: string;
  isoCode: string | null;
  isMember: boolean;
  label: string | null;
  listOrder: number;
  aliases: string[];
}

export interface PersonEntry {
  id: number;
  name: string;
  familyName: string;
  honorific: string | null;
  position: string | null;
  /** "he", "she", "they"; null when the records do not say. */
  pronoun: string | null;
  timeZone: string | null;
  delegationId: number;
  roles: Role[];
}

export interface AreaEntry {
  id: number;
  name: string;
  shortName: string | null;
  position: number;
  aliases: string[];
  coordinatorIds: number[];
}

export interface CoalitionEntry {
  id: number;
  name: string;
  affectedDelegationId: number;
  /** committee | coordinators | secretariat: who may read its record. */
  visibility: string;
}

export interface Directory {
  committee: {
    id: number;
    name: string;
    convention: string;
    timeZone: string;
    presidencyLabel: string | null;
    presidencyDelegationId: number | null;
  };
  delegations: DelegationEntry[];
  persons: PersonEntry[];
  areas: AreaEntry[];
  coalitions: CoalitionEntry[];
}
