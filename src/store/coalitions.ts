// Country coalitions with members, activities and the person who last updated them.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./open.ts";

export const coalitionInclude = {
  affected: true,
  updatedBy: { include: { delegation: true } },
  members: { include: { delegation: true }, orderBy: { id: "asc" } },
  activities: { include: { area: true }, orderBy: { position: "asc" } },
} satisfies Prisma.CountryCoalitionInclude;

export type CoalitionRecord = Prisma.CountryCoalitionGetPayload<{ include: typeof coalitionInclude }>;

export async function findCoalition(db: Db, id: number): Promise<CoalitionRecord | null> {
  return db.countryCoalition.findUnique({ where: { id }, include: coalitionInclude });
}

export async function listCoalitions(db: Db, committeeId: number): Promise<CoalitionRecord[]> {
  return db.countryCoalition.findMany({
    where: { committeeId },
    include: coalitionInclude,
    orderBy: { name: "asc" },
  });
}
