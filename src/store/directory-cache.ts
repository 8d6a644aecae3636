// Every request needs the directory (who and what the committee is made of)
// and the chat accounts and bindings that admit it: nine queries to load, for
// data that changes a few times a month. A snapshot is kept until the stamp
// that database triggers move on every write to those tables says otherwise
// (prisma/migrations/*_directory_stamp), so a request costs one small query,
// and a write from another process (the admin CLI, another replica) is seen
// on the next request all the same.
import { type Directory, loadDirectory } from "./directory.ts";
import type { Db } from "./open.ts";

/** Who may reach the bot from where: what admission and speaker lookup read, before the directory. */
export interface AccessSnapshot {
  /** Person id by `accountKey`. */
  identities: ReadonlyMap<string, number>;
  /** Bound channel ids ("" for the whole workspace) by `workspaceKey`. */
  bindings: ReadonlyMap<string, readonly string[]>;
  /** Workspaces where some account is linked, by `workspaceKey`. */
  linked: ReadonlySet<string>;
}

export interface Snapshot {
  access: AccessSnapshot;
  /** Loaded on first use, so a refused request reads no committee data. */
  directory(): Promise<Directory>;
}

export interface DirectoryCache {
  current(): Promise<Snapshot>;
}

export function workspaceKey(platform: string, workspaceId: string): string {
  return `${platform}\u0000${workspaceId}`;
}

export function accountKey(platform: string, workspaceId: string, userId: string): string {
  return `${platform}\u0000${workspaceId}\u0000${userId}`;
}

async function loadAccess(db: Db): Promise<AccessSnapshot> {
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

/** Frozen, so code that would sort or edit the shared snapshot in place fails loudly instead. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function createDirectoryCache(db: Db, slug?: string): DirectoryCache {
  let cached: { version: number; snapshot: Promise<Snapshot> } | null = null;

  function load(): Promise<Snapshot> {
    return loadAccess(db).then((access) => {
      let directory: Promise<Directory> | null = null;
      return {
        access,
        directory: () => {
          if (!directory) {
            const loading = loadDirectory(db, slug).then(deepFreeze);
            // a failed load is not kept: the next request tries again
            loading.catch(() => {
              if (directory === loading) directory = null;
            });
            directory = loading;
          }
          return directory;
        },
      };
    });
  }

  return {
    async current() {
      const stamp = await db.directoryStamp.findUnique({ where: { id: 1 } });
      // without the stamp row nothing tells a stale snapshot: load every time
      if (!stamp) return load();
      if (cached?.version !== stamp.version) {
        const snapshot = load();
        cached = { version: stamp.version, snapshot };
        snapshot.catch(() => {
          if (cached?.snapshot === snapshot) cached = null;
        });
      }
      return cached.snapshot;
    },
  };
}
