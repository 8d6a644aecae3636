// Persons and their chat identities.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./open.ts";

export const personWithDelegation = { delegation: true, roles: true } satisfies Prisma.PersonInclude;
export type PersonRecord = Prisma.PersonGetPayload<{ include: typeof personWithDelegation }>;

export async function findPersonByIdentity(
  db: Db,
  identity: { platform: string; workspaceId: string; userId: string },
): Promise<PersonRecord | null> {
  const found = await db.chatIdentity.findUnique({
    where: { platform_workspaceId_userId: identity },
    include: { person: { include: personWithDelegation } },
  });
  return found?.person ?? null;
}

export async function listPeople(db: Db, committeeId: number) {
  return db.person.findMany({
    where: { committeeId },
    include: { delegation: true, roles: true, identities: true },
    orderBy: [{ delegation: { listOrder: "asc" } }, { listOrder: "asc" }],
  });
}
