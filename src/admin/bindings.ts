// `admin bind|unbind|bindings`: which Slack workspaces / Teams tenants (and
// channels) the committee answers in. Each change is audited with the write.
import type { Clock } from "../clock.ts";
import { CHAT_PLATFORMS } from "../domain/vocabulary.ts";
import type { Actor } from "../store/audit.ts";
import type { Db } from "../store/open.ts";
import {
  type BindingKey,
  bindWorkspace,
  listBindings,
  unbindWorkspace,
} from "../store/workspace-bindings.ts";
import { defaultCommitteeId } from "./person-names.ts";

export interface BindingInput {
  platform: string;
  workspaceId: string;
  channelId?: string;
}

export type BindingResult = { ok: boolean; message: string };

const ADMIN: Actor = { platform: "admin" };

function checked(input: BindingInput): { ok: true; key: BindingKey } | BindingResult {
  const platform = input.platform.trim().toLowerCase();
  if (!(CHAT_PLATFORMS as readonly string[]).includes(platform))
    return {
      ok: false,
      message: `Platform must be ${CHAT_PLATFORMS.join(" or ")}; got "${input.platform}".`,
    };
  const workspaceId = input.workspaceId.trim();
  if (workspaceId === "")
    return { ok: false, message: `The ${platform === "slack" ? "team id" : "tenant id"} is empty.` };
  return { ok: true, key: { platform, workspaceId, channelId: input.channelId?.trim() ?? "" } };
}

function label(key: BindingKey): string {
  return `${key.platform} ${key.workspaceId}${key.channelId ? ` channel ${key.channelId}` : " (whole workspace)"}`;
}

export async function bind(db: Db, clock: Clock, input: BindingInput): Promise<BindingResult> {
  const check = checked(input);
  if (!("key" in check)) return check;
  const committeeId = await defaultCommitteeId(db);
  if (committeeId === null) return { ok: false, message: "No committee is set up in this database." };
  const changed = await bindWorkspace(db, committeeId, check.key, ADMIN, clock.now());
  return {
    ok: true,
    message: changed ? `Bound ${label(check.key)}.` : `${label(check.key)} is already bound.`,
  };
}

export async function unbind(db: Db, clock: Clock, input: BindingInput): Promise<BindingResult> {
  const check = checked(input);
  if (!("key" in check)) return check;
  const changed = await unbindWorkspace(db, check.key, ADMIN, clock.now());
  return changed
    ? { ok: true, message: `Unbound ${label(check.key)}.` }
    : { ok: false, message: `${label(check.key)} is not bound.` };
}

export async function bindingsReport(db: Db): Promise<string[]> {
  const rows = await listBindings(db);
  if (rows.length === 0)
    return [
      "No explicit bindings: the bot answers in the workspaces where the secretariat has linked accounts.",
    ];
  return rows.map((row) => `${label(row)}, bound ${row.boundAt.toISOString()}`);
}
