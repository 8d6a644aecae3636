// `npm run import`: an export document into an empty database, ids kept so
// every reference holds, all or nothing in one transaction. Parents go in
// before children; a foreign key that closes a cycle (the committee's
// presidency, a meeting's previous meeting) is inserted as null and set once
// every row is in.
import type { Db } from "../open.ts";
import type { StoreKind } from "../store-types.ts";
import { delegate } from "./delegate.ts";
import {
  documentSchema,
  type ExportDocument,
  issuePath,
  TransferError,
  transferredModels,
} from "./format.ts";
import { insertPlan, type ModelInfo } from "./schema-model.ts";

const TRANSACTION_TIMEOUT_MS = 300_000;
/** Bound parameters per INSERT, well under SQLite's and PostgreSQL's limits. */
const PARAMETERS_PER_INSERT = 10_000;

type ParsedRow = Record<string, unknown>;
export type ParsedDocument = Omit<ExportDocument, "tables"> & { tables: Record<string, ParsedRow[]> };

/** The document in `text`, checked column by column; a TransferError names the first bad path. */
export function parseExport(text: string): ParsedDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TransferError(
      `The file is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== "rapporteur-export") {
    throw new TransferError('The file is not a Rapporteur export (its "format" is not "rapporteur-export").');
  }
  const parsed = documentSchema(transferredModels()).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(issue.path) || "(top level)" : "(top level)";
    throw new TransferError(`The export file is invalid at ${where}: ${issue?.message ?? "unknown problem"}`);
  }
  const document = parsed.data as ParsedDocument;
  const committees = document.tables.Committee ?? [];
  const header = document.committee;
  if (committees.length !== 1 || committees[0]?.id !== header.id || committees[0]?.slug !== header.slug) {
    throw new TransferError(
      `The export file is invalid at committee: it names committee ${header.id} (${header.slug}), but tables.Committee holds ${committees.length === 1 ? "another" : `${committees.length} rows`}.`,
    );
  }
  return document;
}

async function nonEmptyTable(db: Db, models: ModelInfo[]): Promise<[string, number] | null> {
  for (const model of models) {
    const count = await delegate(db, model.name).count();
    if (count > 0) return [model.name, count];
  }
  return null;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** PostgreSQL's id sequences do not move when ids are given, so they are set past the imported ones. */
async function resetSequences(tx: object, models: ModelInfo[]): Promise<void> {
  const raw = tx as { $queryRawUnsafe(sql: string): Promise<unknown> };
  for (const model of models) {
    for (const field of model.scalars.filter((scalar) => scalar.autoincrement)) {
      await raw.$queryRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"${model.name}"', '${field.name}'), COALESCE((SELECT MAX("${field.name}") FROM "${model.name}"), 0) + 1, false)`,
      );
    }
  }
}

/** Inserts `document` into `db`, which must hold none of the exported models' rows; the row count per model. */
export async function importCommittee(
  db: Db,
  document: ParsedDocument,
  options: { kind: StoreKind },
): Promise<Record<string, number>> {
  const models = transferredModels();
  const occupied = await nonEmptyTable(db, models);
  if (occupied) {
    throw new TransferError(
      `The target database is not empty (${occupied[0]} has ${occupied[1]} row${occupied[1] === 1 ? "" : "s"}): import only into a new database (a fresh DATABASE_URL).`,
    );
  }
  const { order, deferred } = insertPlan(models);
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      for (const model of order) {
        const rows = document.tables[model.name] ?? [];
        const later = deferred.get(model.name) ?? [];
        const data = rows.map((row) => ({
          ...row,
          ...Object.fromEntries(later.map((field) => [field, null])),
        }));
        const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / Math.max(1, model.scalars.length)));
        for (const chunk of chunks(data, perInsert))
          await delegate(tx, model.name).createMany({ data: chunk });
        counts[model.name] = rows.length;
      }
      for (const [name, fields] of deferred) {
        const model = order.find((candidate) => candidate.name === name);
        if (!model) continue;
        for (const row of document.tables[name] ?? []) {
          const data = Object.fromEntries(fields.map((field) => [field, row[field]]));
          if (Object.values(data).every((value) => value === null)) continue;
          const where = Object.fromEntries(model.primaryKey.map((field) => [field, row[field]]));
          if (model.primaryKey.length !== 1) {
            throw new Error(`${name} has a composite primary key and a deferred foreign key: not handled.`);
          }
          await delegate(tx, name).update({ where, data });
        }
      }
      if (options.kind === "postgres") await resetSequences(tx, order);
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  return counts;
}
