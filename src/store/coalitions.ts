// Country coalitions with members, activities and the person who last updated them.
import type { Prisma } from "../generated/prisma/client.ts";

export const coalitionInclude = {
  affected: true,
  updatedBy: { include: { delegation: true } },
  members: { include: { delegation: true }, orderBy: { id: "asc" } },
  activities: { include: { area: true }, orderBy: { position: "asc" } },
} satisfies Prisma.CountryCoalitionInclude;

export type CoalitionRecord = Prisma.CountryCoalitionGetPayload<{ include: typeof coalitionInclude }>;
