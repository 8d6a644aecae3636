// `npm run export`: the whole committee as one JSON document
// (docs/export-format.md), read in one transaction so it is a consistent
// snapshot while the bot keeps writing.
import type { Db } from "../open.ts";
import type { StoreKind } from "../store-types.ts";
import { delegate } from "./delegate.ts";
import {
  type ExportDocument,
  FORMAT,
  type Row,
  rowToJson,
  TransferError,
  transferredModels,
  VERSION,
} from "./format.ts";

export const TRANSACTION_TIMEOUT_MS = 120_000;

export async function exportCommittee(
  db: Db,
  options: { kind: StoreKind; now?: Date },
): Promise<ExportDocument> {
  const models = transferredModels();
  // PostgreSQL's default (read committed) would let each table see a later
  // state; the SQLite client's types know only Serializable, which SQLite is.
  const isolation: object = options.kind === "postgres" ? { isolationLevel: "RepeatableRead" } : {};
  const tables = await db.$transaction(
    async (tx) => {
      const read: Record<string, Row[]> = {};
      for (const model of models) {
        const rows = await delegate(tx, model.name).findMany({
          orderBy: model.primaryKey.map((field) => ({ [field]: "asc" as const })),
        });
        read[model.name] = rows.map((row) => rowToJson(model, row));
      }
      return read;
    },
    {
      ...isolation,
      timeout: TRANSACTION_TIMEOUT_MS,
      maxWait: 10_000,
    },
  );
  const committees = tables.Committee ?? [];
  const committee = committees[0];
  if (committees.length !== 1 || !committee) {
    throw new TransferError(
      committees.length === 0
        ? "The database holds no committee: nothing to export."
        : `The database holds ${committees.length} committees; an export carries exactly one.`,
    );
  }
  return {
    format: FORMAT,
    version: VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    committee: { id: Number(committee.id), slug: String(committee.slug), name: String(committee.name) },
    tables,
  };
}
