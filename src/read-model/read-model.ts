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
import { loadPart } from "./load.ts";
import {
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

/** Frozen, so code that would sort or edit the shared snapshot in place fails loudly instead. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
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

type BuiltParts = { [P in RecordPart]: () => Promise<Built[P]> };

export function createReadModel(db: Db, feed: ChangeFeed, slug?: string): ReadModel {
  /** The newest snapshot made, the stamps it was made for, and its parts. */
  let kept: { stamps: Stamps; snapshot: Promise<Snapshot>; parts: BuiltParts } | null = null;

  function build(previous: typeof kept, now: Stamps) {
    const moved = (part: keyof typeof PARTS) =>
      !previous || now[part] === -1 || previous.stamps[part] !== now[part];
    const directoryMoved = moved("directory");
    const access = previous && !directoryMoved ? previous.snapshot.then((s) => s.access) : loadAccess(db);
    const directory =
      previous && !directoryMoved
        ? () => previous.snapshot.then((s) => s.directory())
        : lazy(() => loadDirectory(db, slug).then(deepFreeze));
    // A part is built again when its rows moved or a part it links to is built again.
    const rebuilt = new Set<RecordPart>();
    const parts = {} as Record<RecordPart, () => Promise<unknown>>;
    for (const part of RECORD_PARTS) {
      const again = !previous || moved(part) || DEPENDS[part].some((dep) => rebuilt.has(dep));
      if (!again && previous) {
        parts[part] = previous.parts[part];
        continue;
      }
      rebuilt.add(part);
      parts[part] = lazy(async () => {
        const committeeId = (await directory()).committee.id;
        const [rows, ...deps] = await Promise.all([
          loadPart(db, committeeId, part),
          ...DEPENDS[part].map((dep) => parts[dep]()),
        ]);
        const built = Object.fromEntries(DEPENDS[part].map((dep, i) => [dep, deps[i]])) as Partial<Built>;
        return deepFreeze(buildPart(part, rows, built));
      });
    }
    const builtParts = parts as BuiltParts;
    const records = lazy(async () => {
      const committeeId = (await directory()).committee.id;
      const all = await Promise.all(RECORD_PARTS.map((part) => builtParts[part]()));
      return Object.freeze(
        recordsOf(
          committeeId,
          Object.fromEntries(RECORD_PARTS.map((p, i) => [p, all[i]])) as unknown as Built,
        ),
      );
    });
    const snapshot = access.then((loaded) => ({ access: loaded, directory, records }));
    return { stamps: now, snapshot, parts: builtParts };
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
