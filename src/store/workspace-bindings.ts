// Which Slack workspaces and Teams tenants (and, optionally, which of their
// channels) the committee answers in. A workspace with binding rows is served
// as they say; one without any is served only if the secretariat has linked
// accounts in it (linking is itself the secretariat admitting the workspace).
// Anything else is refused before a record is read.

import { type AccessSnapshot, workspaceKey } from "./access.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./open.ts";

export interface BindingKey {
  platform: string;
  workspaceId: string;
  /** "" for the whole workspace. */
  channelId: string;
}

export interface Arrival {
  platform: string;
  workspaceId: string;
  channelId: string;
  isDirect: boolean;
}

export type Admission = { ok: true } | { ok: false; reason: "workspace" | "channel" };

export function admits(access: AccessSnapshot, arrival: Arrival): Admission {
  const key = workspaceKey(arrival.platform, arrival.workspaceId);
  const channels = access.bindings.get(key) ?? [];
  if (channels.length === 0)
    return access.linked.has(key) ? { ok: true } : { ok: false, reason: "workspace" };
  if (channels.some((channel) => channel === "" || channel === arrival.channelId)) return { ok: true };
  return arrival.isDirect ? { ok: true } : { ok: false, reason: "channel" };
}

/** Binds a workspace (or one of its channels); false when it already was. */
export async function bindWorkspace(
  db: Db,
  committeeId: number,
  key: BindingKey,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const where = { platform_workspaceId_channelId: key };
    if (await tx.workspaceBinding.findUnique({ where })) return false;
    await tx.workspaceBinding.create({ data: { committeeId, ...key, boundAt: now } });
    await recordAudit(
      tx,
      committeeId,
      actor,
      { action: "workspace.bind", entity: "committee", entityId: committeeId, after: key },
      now,
    );
    return true;
  });
}

/** Removes a binding; false when there was none. */
export async function unbindWorkspace(db: Db, key: BindingKey, actor: Actor, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const found = await tx.workspaceBinding.findUnique({ where: { platform_workspaceId_channelId: key } });
    if (!found) return false;
    await tx.workspaceBinding.delete({ where: { id: found.id } });
    await recordAudit(
      tx,
      found.committeeId,
      actor,
      { action: "workspace.unbind", entity: "committee", entityId: found.committeeId, before: key },
      now,
    );
    return true;
  });
}

export async function listBindings(db: Db) {
  return db.workspaceBinding.findMany({
    orderBy: [{ platform: "asc" }, { workspaceId: "asc" }, { channelId: "asc" }],
  });
}
