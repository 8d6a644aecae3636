// The few Prisma model-delegate calls export and import make, addressed by
// model name, so every model is handled by the same code.
import { delegateName } from "./format.ts";

export interface ModelDelegate {
  findMany(args: { orderBy: Record<string, "asc">[] }): Promise<Record<string, unknown>[]>;
  count(): Promise<number>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  update(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
}

/** `client` is the Prisma client or a transaction's client. */
export function delegate(client: object, model: string): ModelDelegate {
  const found = (client as unknown as Record<string, ModelDelegate | undefined>)[delegateName(model)];
  if (!found || typeof found.findMany !== "function") {
    throw new Error(`The Prisma client has no model ${model}: run \`npx prisma generate\`.`);
  }
  return found;
}
