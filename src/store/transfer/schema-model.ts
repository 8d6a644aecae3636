// The data model as export and import need it, read from prisma/schema.prisma
// (the one schema anyone edits): each model's scalar columns with their types,
// its primary key, and the foreign keys it holds. The generated client does
// not expose required-ness or foreign keys, and import needs both to insert
// parents first. Anything this reader does not understand (a @map, a Json or
// BigInt column, a view) throws, so a schema change fails loudly here rather
// than exporting less than the database holds; the transfer test also checks
// the result against the generated client's own model and field lists.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SCHEMA_FILE = fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url));

export type ScalarType = "Int" | "Float" | "String" | "Boolean" | "DateTime";
const SCALARS = new Set<string>(["Int", "Float", "String", "Boolean", "DateTime"]);
const UNSUPPORTED = new Set(["BigInt", "Decimal", "Bytes", "Json", "Unsupported"]);

export interface ScalarField {
  name: string;
  type: ScalarType;
  required: boolean;
  autoincrement: boolean;
}

/** A foreign key this model holds: `fields` point at `target`'s primary key. */
export interface ForeignKey {
  fields: string[];
  target: string;
  required: boolean;
}

export interface ModelInfo {
  name: string;
  scalars: ScalarField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** The line without its `//` comment (quotes respected). */
function uncommented(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"' && line[i - 1] !== "\\") quoted = !quoted;
    if (!quoted && line[i] === "/" && line[i + 1] === "/") return line.slice(0, i).trim();
  }
  return line.trim();
}

function names(list: string): string[] {
  return list
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

interface Block {
  kind: string;
  name: string;
  lines: string[];
}

function blocks(text: string): Block[] {
  const found: Block[] = [];
  let current: Block | null = null;
  for (const raw of text.split("\n")) {
    const line = uncommented(raw);
    if (!current) {
      const open = /^(\w+)\s+(\w+)\s*\{$/.exec(line);
      if (open?.[1] && open[2]) current = { kind: open[1], name: open[2], lines: [] };
      continue;
    }
    if (line === "}") {
      found.push(current);
      current = null;
    } else if (line) {
      current.lines.push(line);
    }
  }
  return found;
}

function parseModel(block: Block, models: Set<string>, enums: Set<string>): ModelInfo {
  const where = (field: string) => `${block.name}.${field} in ${SCHEMA_FILE}`;
  const model: ModelInfo = { name: block.name, scalars: [], primaryKey: [], foreignKeys: [] };
  for (const line of block.lines) {
    if (line.startsWith("@@")) {
      if (/^@@(map|schema)\b/.test(line)) throw new Error(`Export does not handle ${line} (${block.name}).`);
      const id = /^@@id\(\s*\[([^\]]*)\]/.exec(line);
      if (id?.[1] !== undefined) model.primaryKey = names(id[1]);
      continue;
    }
    const field = /^(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
    if (!field?.[1] || !field[2]) throw new Error(`Cannot read "${line}" in model ${block.name}.`);
    const [, name, type, modifier, attributes = ""] = field;
    if (/@map\(/.test(attributes)) throw new Error(`Export does not handle @map (${where(name)}).`);
    if (models.has(type)) {
      const relation = /@relation\([^)]*fields:\s*\[([^\]]*)\]/.exec(attributes);
      if (relation?.[1] !== undefined) {
        model.foreignKeys.push({ fields: names(relation[1]), target: type, required: modifier !== "?" });
      }
      continue;
    }
    if (modifier === "[]") throw new Error(`Export does not handle scalar lists (${where(name)}).`);
    if (!SCALARS.has(type) && !enums.has(type)) {
      throw new Error(
        UNSUPPORTED.has(type)
          ? `Export does not handle ${type} columns yet (${where(name)}): extend src/store/transfer.`
          : `Unknown type ${type} (${where(name)}).`,
      );
    }
    model.scalars.push({
      name,
      type: enums.has(type) ? "String" : (type as ScalarType),
      required: modifier !== "?",
      autoincrement: /@default\(\s*autoincrement\(\)\s*\)/.test(attributes),
    });
    if (/(^|\s)@id\b/.test(attributes)) model.primaryKey = [name];
  }
  if (model.primaryKey.length === 0) throw new Error(`Model ${block.name} has no primary key.`);
  return model;
}

/** Every model of the schema, in schema order. */
export function readSchema(text = readFileSync(SCHEMA_FILE, "utf8")): ModelInfo[] {
  const all = blocks(text);
  const odd = all.find((block) => ["view", "type"].includes(block.kind));
  if (odd) throw new Error(`Export does not handle ${odd.kind} ${odd.name}.`);
  const models = new Set(all.filter((block) => block.kind === "model").map((block) => block.name));
  const enums = new Set(all.filter((block) => block.kind === "enum").map((block) => block.name));
  return all.filter((block) => block.kind === "model").map((block) => parseModel(block, models, enums));
}

export interface InsertPlan {
  /** Models, parents before children. */
  order: ModelInfo[];
  /** Per model, the nullable foreign-key columns to fill in after every row is in (cycles, self-references). */
  deferred: Map<string, string[]>;
}

/**
 * Parents first by required foreign keys (schema order among equals); an
 * optional foreign key pointing at its own model or a later one is inserted
 * as null and set afterwards. A cycle of required keys cannot be inserted at
 * all, and throws.
 */
export function insertPlan(models: ModelInfo[]): InsertPlan {
  const inSet = new Set(models.map((model) => model.name));
  const order: ModelInfo[] = [];
  const placed = new Set<string>();
  while (order.length < models.length) {
    const next = models.find(
      (model) =>
        !placed.has(model.name) &&
        model.foreignKeys.every(
          (key) =>
            !key.required || !inSet.has(key.target) || placed.has(key.target) || key.target === model.name,
        ),
    );
    if (!next) {
      const left = models.filter((model) => !placed.has(model.name)).map((model) => model.name);
      throw new Error(
        `Required foreign keys form a cycle among ${left.join(", ")}: import cannot order them.`,
      );
    }
    if (next.foreignKeys.some((key) => key.required && key.target === next.name)) {
      throw new Error(`${next.name} has a required foreign key to itself: import cannot order its rows.`);
    }
    order.push(next);
    placed.add(next.name);
  }
  const position = new Map(order.map((model, index) => [model.name, index]));
  const deferred = new Map<string, string[]>();
  for (const model of order) {
    const own = position.get(model.name) ?? 0;
    const fields = model.foreignKeys
      .filter((key) => !key.required && (position.get(key.target) ?? -1) >= own)
      .flatMap((key) => key.fields);
    if (fields.length > 0) deferred.set(model.name, fields);
  }
  return { order, deferred };
}
