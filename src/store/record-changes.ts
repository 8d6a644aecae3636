// Pruning the change log (RecordChange, written by triggers): only its newest
// rows are kept, as many as readers rely on (CHANGES_KEPT); a reader whose
// position is older reloads its part whole.
import { CHANGES_KEPT } from "./change-feed.ts";
import type { Db } from "./open.ts";

export async function pruneRecordChanges(db: Db): Promise<number> {
  const newest = await db.recordChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  if (!newest || newest.id <= CHANGES_KEPT) return 0;
  const { count } = await db.recordChange.deleteMany({ where: { id: { lt: newest.id - CHANGES_KEPT } } });
  return count;
}
