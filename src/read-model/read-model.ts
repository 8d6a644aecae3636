// The committee's records held in memory between requests, as immutable
// snapshots: who may reach the bot (accounts, bindings), the directory, and
// the records answers read (coalitions, action items, meetings, updates,
// passages). Each request asks the change feed for the stamps (microseconds
// when nothing was committed); a part whose stamp moved is loaded again on
// first use and the snapshot rebuilt, the others are kept. So a request costs
// no Prisma query when nothing changed, a write by this process is in the
// reply that follows it, and a write by the admin CLI or another replica is
// in the next request.
import { type AccessSnapshot, loadAccess } from "../store/access.ts";
import { type ChangeFeed, PARTS, type Stamps } from "../store/change-feed.ts";
import { changeFeedOf } from "../store/change-feeds.ts";
import { type Directory, loadDirectory } from "../store/directory.ts";
import type { Db } from "../store/open.ts";
import { type ActionsPart, patchActions } from "./actions-part.ts";
import { deepFreeze } from "./linking.ts";
import { loadActionRows, loadPart } from "./load.ts";
import {
  actionLinks,
  type Built,
  buildPart,
  DEPENDS,
  RECORD_PARTS,
  type RecordPart,
  type Records,
  recordsOf,
} from "./records.ts";

export interface Snapshot {
  access: AccessSnapshot;
  /** Loaded on first use, so a refused request reads no committee data. */
  directory(): Promise<Directory>;
  records(): Promise<Records>;
}

export interface ReadModel {
  current(): Promise<Snapshot>;
}

/** A promise made on first call and kept, unless it fails: then the next call tries again. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    if (!kept) {
      const made = make();
      made.catch(() => {
        if (kept === made) kept = null;
      });
      kept = made;
    }
    return kept;
  };
}

function sameStamps(a: Stamps, b: Stamps): boolean {
  return (Object.keys(PARTS) as (keyof typeof PARTS)[]).every(
    (part) => a[part] === b[part] && a[part] !== -1,
  );
}

/** The parts whose stamp moved (all of them when there is nothing before, or a stamp row is missing). */
function movedParts(before: Stamps | null, now: Stamps): Set<keyof typeof PARTS> {
  const parts = Object.keys(PARTS) as (keyof typeof PARTS)[];
  return new Set(parts.filter((part) => !before || now[part] === -1 || before[part] !== now[part]));
}

function directoryLoader(db: Db, slug: string | undefined): () => Promise<Directory> {
  return lazy(() => loadDirectory(db, slug).then(deepFreeze));
}

async function snapshotOf(
  access: Promise<AccessSnapshot>,
  directory: () => Promise<Directory>,
  records: () => Promise<Records>,
): Promise<Snapshot> {
  return { access: await access, directory, records };
}

/** Loads and builds one part once, from the loaders of the parts it links to. */
function partLoader(
  db: Db,
  directory: () => Promise<Directory>,
  part: RecordPart,
  deps: readonly [RecordPart, () => Promise<unknown>][],
): () => Promise<unknown> {
  return lazy(async () => {
    const committeeId = (await directory()).committee.id;
    const [rows, ...linked] = await Promise.all([
      loadPart(db, committeeId, part),
      ...deps.map(([, load]) => load()),
    ]);
    const built = Object.fromEntries(deps.map(([dep], i) => [dep, linked[i]])) as Partial<Built>;
    return deepFreeze(buildPart(part, rows, built));
  });
}

/** More changed items than this and the part is loaded whole: one query beats a long id list. */
const PATCH_AT_MOST = 500;

/**
 * The action items after a write that moved only their stamp: the rows the
 * change log names, loaded and patched into the part before. The part before
 * is let go once patched, so snapshots do not chain.
 */
function actionsPatcher(
  db: Db,
  feed: ChangeFeed,
  directory: () => Promise<Directory>,
  before: () => Promise<unknown>,
  deps: readonly [RecordPart, () => Promise<unknown>][],
): () => Promise<unknown> {
  let previous: (() => Promise<unknown>) | null = before;
  const whole = partLoader(db, directory, "actions", deps);
  return lazy(async () => {
    if (!previous) return whole();
    const prior = (await previous()) as ActionsPart;
    const changes = await feed.changes("actions", prior.seenChange);
    if (!changes || changes.rowIds.length > PATCH_AT_MOST) {
      previous = null;
      return whole();
    }
    const committeeId = (await directory()).committee.id;
    const [rows, ...linked] = await Promise.all([
      loadActionRows(db, committeeId, changes.rowIds),
      ...deps.map(([, load]) => load()),
    ]);
    const built = Object.fromEntries(deps.map(([dep], i) => [dep, linked[i]])) as Partial<Built>;
    const part = patchActions(prior, new Set(changes.rowIds), rows, actionLinks(built), changes.last);
    previous = null;
    // patchActions froze what it made; walking the whole part again cost about a millisecond
    return part;
  });
}

function recordsLoader(directory: () => Promise<Directory>, parts: BuiltParts): () => Promise<Records> {
  return lazy(async () => {
    const committeeId = (await directory()).committee.id;
    const all = await Promise.all(RECORD_PARTS.map((part) => parts[part]()));
    return Object.freeze(
      recordsOf(committeeId, Object.fromEntries(RECORD_PARTS.map((p, i) => [p, all[i]])) as unknown as Built),
    );
  });
}

type BuiltParts = { [P in RecordPart]: () => Promise<Built[P]> };

/**
 * A snapshot and what the next one may reuse of it. Nothing in it refers to
 * an older snapshot (each closure holds only what it loads and the parts it
 * links to), so a replaced snapshot is garbage once no request holds it.
 */
interface Kept {
  stamps: Stamps;
  snapshot: Promise<Snapshot>;
  access: Promise<AccessSnapshot>;
  directory: () => Promise<Directory>;
  parts: BuiltParts;
}

export function createReadModel(db: Db, feed: ChangeFeed, slug?: string): ReadModel {
  let kept: Kept | null = null;

  function build(previous: Kept | null, now: Stamps): Kept {
    // No closure is made here: V8 keeps a function's captured variables in
    // one context shared by all its closures, so a loader made here and
    // reused by later snapshots would hold this one's `previous` and `parts`,
    // and with them older snapshots (12 MB each on the large committee).
    const moved = movedParts(previous?.stamps ?? null, now);
    const reuseDirectory = previous !== null && !moved.has("directory");
    const access = reuseDirectory ? previous.access : loadAccess(db);
    const directory = reuseDirectory ? previous.directory : directoryLoader(db, slug);
    // A part is built again when its rows moved or a part it links to is built again.
    const rebuilt = new Set<RecordPart>();
    const parts = {} as Record<RecordPart, () => Promise<unknown>>;
    for (const part of RECORD_PARTS) {
      let again = !previous || moved.has(part);
      for (const dep of DEPENDS[part]) again ||= rebuilt.has(dep);
      if (!again && previous) {
        parts[part] = previous.parts[part];
        continue;
      }
      rebuilt.add(part);
      const deps: [RecordPart, () => Promise<unknown>][] = [];
      for (const dep of DEPENDS[part]) deps.push([dep, parts[dep]]);
      // Only its own rows moved: patch the action items a write touched instead of loading thousands.
      const patch = part === "actions" && previous !== null && DEPENDS.actions.every((d) => !rebuilt.has(d));
      parts[part] = patch
        ? actionsPatcher(db, feed, directory, previous.parts.actions, deps)
        : partLoader(db, directory, part, deps);
    }
    const builtParts = { ...parts } as BuiltParts;
    const records = recordsLoader(directory, builtParts);
    const snapshot = snapshotOf(access, directory, records);
    return { stamps: now, snapshot, access, directory, parts: builtParts };
  }

  return {
    async current() {
      const stamps = await feed.stamps();
      if (kept && sameStamps(kept.stamps, stamps)) return kept.snapshot;
      const made = build(kept, stamps);
      kept = made;
      // a failed load is not kept: the next request tries again
      made.snapshot.catch(() => {
        if (kept === made) kept = null;
      });
      return made.snapshot;
    },
  };
}

const models = new WeakMap<object, Map<string, ReadModel>>();

/**
 * The one read model of a store's client (and committee): the core and the
 * scheduler of a process share it, so the records are held once.
 */
export function readModelOf(db: Db, slug?: string): ReadModel {
  let bySlug = models.get(db);
  if (!bySlug) {
    bySlug = new Map();
    models.set(db, bySlug);
  }
  let model = bySlug.get(slug ?? "");
  if (!model) {
    model = createReadModel(db, changeFeedOf(db), slug);
    bySlug.set(slug ?? "", model);
  }
  return model;
}
