// Who may reach the bot from where: chat accounts linked to persons and the
// workspaces bound to the committee, loaded for the read model
// (src/read-model/) and read by admission before anything else.
import type { Db } from "./open.ts";

export function workspaceKey(platform: string, workspaceId: string): string {
  return `${platform}\u0000${workspaceId}`;
}

export function accountKey(platform: string, workspaceId: string, userId: string): string {
  return `${platform}\u0000${workspaceId}\u0000${userId}`;
}

/** Who may reach the bot from where: what admission and speaker lookup read, before the directory. */
export interface AccessSnapshot {
  /** Person id by `accountKey`. */
  identities: ReadonlyMap<string, number>;
  /** Bound channel ids ("" for the whole workspace) by `workspaceKey`. */
  bindings: ReadonlyMap<string, readonly string[]>;
  /** Workspaces where some account is linked, by `workspaceKey`. */
  linked: ReadonlySet<string>;
}

export async function loadAccess(db: Db): Promise<AccessSnapshot> {
  const [identities, bindings] = await Promise.all([
    db.chatIdentity.findMany({ select: { platform: true, workspaceId: true, userId: true, personId: true } }),
    db.workspaceBinding.findMany({ select: { platform: true, workspaceId: true, channelId: true } }),
  ]);
  const bound = new Map<string, string[]>();
  for (const row of bindings) {
    const key = workspaceKey(row.platform, row.workspaceId);
    bound.set(key, [...(bound.get(key) ?? []), row.channelId]);
  }
  return {
    identities: new Map(
      identities.map((row) => [accountKey(row.platform, row.workspaceId, row.userId), row.personId]),
    ),
    bindings: bound,
    linked: new Set(identities.map((row) => workspaceKey(row.platform, row.workspaceId))),
  };
}
