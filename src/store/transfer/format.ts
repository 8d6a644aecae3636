// The export document (docs/export-format.md): which models travel, how a row
// is written as JSON, and the zod schema an import file must pass, built from
// the data model so every column is checked for presence and type.
import * as z from "zod";
import { type ModelInfo, readSchema, type ScalarField } from "./schema-model.ts";

export const FORMAT = "rapporteur-export";
export const VERSION = 1;

/** Models that are not the committee's data, with the reason; every other model is exported. */
export const SKIPPED_MODELS: Readonly<Record<string, string>> = {
  InboundEvent: "transient: platform event ids already handled, kept only to drop retries",
  DirectoryStamp:
    "derived: a counter database triggers move on directory writes, to tell caches they are stale",
  RecordChange: "derived: which action items writes touched, written by triggers for the read model",
  MinutesUpload:
    "transient: minutes documents uploaded in chat, kept only while their candidates are confirmed",
};

export type JsonValue = string | number | boolean | null;
export type Row = Record<string, JsonValue>;

export interface ExportDocument {
  format: typeof FORMAT;
  version: typeof VERSION;
  exportedAt: string;
  committee: { id: number; slug: string; name: string };
  tables: Record<string, Row[]>;
}

/** The exported models in schema order; throws if one of them points at a skipped model. */
export function transferredModels(models: ModelInfo[] = readSchema()): ModelInfo[] {
  const kept = models.filter((model) => !(model.name in SKIPPED_MODELS));
  for (const model of kept) {
    const key = model.foreignKeys.find((foreign) => foreign.target in SKIPPED_MODELS);
    if (key) {
      throw new Error(
        `${model.name} refers to ${key.target}, which export skips: export it too or drop the reference.`,
      );
    }
  }
  return kept;
}

/** Prisma's client property for a model: ActionItem -> actionItem. */
export function delegateName(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}

/** A row as Prisma returns it, as JSON: columns in schema order, instants as ISO 8601 UTC. */
export function rowToJson(model: ModelInfo, row: Record<string, unknown>): Row {
  const extra = Object.keys(row).filter((key) => !model.scalars.some((field) => field.name === key));
  if (extra.length > 0) {
    throw new Error(`${model.name} has columns the schema reader missed (${extra.join(", ")}).`);
  }
  const out: Row = {};
  for (const field of model.scalars) {
    const value = row[field.name];
    if (value instanceof Date) out[field.name] = value.toISOString();
    else if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
      out[field.name] = value as JsonValue;
    } else {
      throw new Error(`${model.name}.${field.name} holds a ${typeof value}, which export cannot write.`);
    }
  }
  return out;
}

function column(field: ScalarField): z.ZodType {
  const base = {
    Int: z.number().int(),
    Float: z.number(),
    String: z.string(),
    Boolean: z.boolean(),
    DateTime: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  }[field.type];
  return field.required ? base : base.nullable();
}

/** The zod schema of a whole document: every transferred model present, every column typed, nothing extra. */
export function documentSchema(models: ModelInfo[]) {
  const tables = Object.fromEntries(
    models.map((model) => [
      model.name,
      z.array(z.strictObject(Object.fromEntries(model.scalars.map((field) => [field.name, column(field)])))),
    ]),
  );
  return z.strictObject({
    format: z.literal(FORMAT),
    version: z.literal(VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    committee: z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string() }),
    tables: z.strictObject(tables),
  });
}

/** `tables.ActionItem[3].text` */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** Refusals of export and import: the message is the whole story, printed as one line. */
export class TransferError extends Error {}
