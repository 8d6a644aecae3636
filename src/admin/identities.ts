// Linking and unlinking chat accounts (Slack team/user, Teams tenant/user) to
// committee members. Each change writes its audit row in the same transaction.
// Used by the admin CLI; written to be reused by `/ccm link @user <person>`.
import type { Clock } from "../clock.ts";
import { CHAT_PLATFORMS, type ChatPlatform } from "../domain/vocabulary.ts";
import { type Actor, recordAudit, type Tx } from "../store/audit.ts";
import type { Db } from "../store/open.ts";
import { isUniqueViolation } from "../store/unique-violation.ts";
import {
  defaultCommitteeId,
  findPersonsByName,
  type PersonSummary,
  summarizePerson,
} from "./person-names.ts";

export { findPersonsByName, type PersonMatch, type PersonSummary } from "./person-names.ts";

export interface IdentityRef {
  platform: string;
  /** Slack team id or Teams tenant id. */
  workspaceId: string;
  userId: string;
}

export interface LinkInput extends IdentityRef {
  /** The name as typed: full name, with or without honorific, or a unique family name. */
  personName: string;
  /** Defaults to the first committee in the database. */
  committeeId?: number;
  /** Who is making the change; the admin CLI by default. */
  actor?: Actor;
}

export interface UnlinkInput extends IdentityRef {
  actor?: Actor;
}

export type IdentityResult =
  | { ok: true; changed: boolean; person: PersonSummary; identity: IdentityRef; message: string }
  | Refusal;

const ADMIN: Actor = { platform: "admin" };

/** "slack T0001/U0002" */
export function identityLabel(identity: IdentityRef): string {
  return `${identity.platform} ${identity.workspaceId}/${identity.userId}`;
}

type Refusal = { ok: false; message: string };

function refuse(message: string): Refusal {
  return { ok: false, message };
}

type CheckedIdentity = { ok: true; identity: IdentityRef & { platform: ChatPlatform } } | Refusal;

/** Trimmed ids and a known platform, or the refusal saying what is wrong. */
function checkIdentity(input: IdentityRef): CheckedIdentity {
  const platform = input.platform.trim().toLowerCase();
  if (!(CHAT_PLATFORMS as readonly string[]).includes(platform)) {
    return refuse(`Platform must be ${CHAT_PLATFORMS.join(" or ")}; got "${input.platform}".`);
  }
  const workspaceId = input.workspaceId.trim();
  const userId = input.userId.trim();
  const what = platform === "slack" ? "team id" : "tenant id";
  if (workspaceId === "") return refuse(`The ${what} is empty.`);
  if (userId === "") return refuse("The user id is empty.");
  return { ok: true, identity: { platform: platform as ChatPlatform, workspaceId, userId } };
}

async function ownerLabel(tx: Tx, personId: number): Promise<string> {
  const owner = await tx.person.findUnique({ where: { id: personId }, include: { delegation: true } });
  return owner ? summarizePerson(owner).label : `person ${personId}`;
}

/** Links a chat account to the person `input.personName` names. Idempotent for the same pair. */
export async function linkIdentity(db: Db, clock: Clock, input: LinkInput): Promise<IdentityResult> {
  const checked = checkIdentity(input);
  if (!checked.ok) return checked;
  const { identity } = checked;
  const committeeId = input.committeeId ?? (await defaultCommitteeId(db));
  if (committeeId === null) return refuse("No committee is set up in this database.");
  const match = await findPersonsByName(db, committeeId, input.personName);
  if (!match.ok) return refuse(match.message);
  const { person } = match;
  const label = identityLabel(identity);

  try {
    return await db.$transaction(async (tx): Promise<IdentityResult> => {
      const existing = await tx.chatIdentity.findUnique({ where: { platform_workspaceId_userId: identity } });
      if (existing?.personId === person.id) {
        return {
          ok: true,
          changed: false,
          person,
          identity,
          message: `${label} is already linked to ${person.label}.`,
        };
      }
      if (existing) {
        const owner = await ownerLabel(tx, existing.personId);
        return refuse(`${label} is linked to ${owner}, not ${person.label}. Unlink it first.`);
      }
      await tx.chatIdentity.create({ data: { ...identity, personId: person.id, linkedAt: clock.now() } });
      await recordAudit(
        tx,
        committeeId,
        input.actor ?? ADMIN,
        { action: "identity.link", entity: "person", entityId: person.id, after: identity },
        clock.now(),
      );
      return { ok: true, changed: true, person, identity, message: `Linked ${label} to ${person.label}.` };
    });
  } catch (error) {
    // Another process linked the same account between our read and our write.
    if (isUniqueViolation(error)) return refuse(`${label} was linked by someone else just now; try again.`);
    throw error;
  }
}

/** Removes a chat account's link; refuses an account that is not linked. */
export async function unlinkIdentity(db: Db, clock: Clock, input: UnlinkInput): Promise<IdentityResult> {
  const checked = checkIdentity(input);
  if (!checked.ok) return checked;
  const { identity } = checked;
  const label = identityLabel(identity);
  return db.$transaction(async (tx): Promise<IdentityResult> => {
    const existing = await tx.chatIdentity.findUnique({
      where: { platform_workspaceId_userId: identity },
      include: { person: { include: { delegation: true } } },
    });
    if (!existing) return refuse(`${label} is not linked to anyone.`);
    const person = summarizePerson(existing.person);
    await tx.chatIdentity.delete({ where: { id: existing.id } });
    await recordAudit(
      tx,
      person.committeeId,
      input.actor ?? ADMIN,
      { action: "identity.unlink", entity: "person", entityId: person.id, before: identity },
      clock.now(),
    );
    return { ok: true, changed: true, person, identity, message: `Unlinked ${label} from ${person.label}.` };
  });
}
