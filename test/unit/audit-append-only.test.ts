// The audit trail is append-only: no code of the app updates or deletes an
// audit row, through Prisma or in SQL, and no record it cascades from is
// deleted by the app (a person or a committee going would null the rows' links).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const DIRS = ["src", "adapters", "scripts", "prisma"];

function sources(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|sql)$/.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith("src/generated/")),
  );
}

const FORBIDDEN = [
  /auditEvent\s*\.\s*(?:update|updateMany|upsert|delete|deleteMany)\b/,
  /\b(?:UPDATE|DELETE\s+FROM)\s+"?AuditEvent"?/i,
  /\b(?:person|committee)\s*\.\s*(?:delete|deleteMany)\b/,
];

describe("audit trail", () => {
  it("is never updated or deleted by the app", () => {
    const offenders = sources().flatMap((path) => {
      const text = readFileSync(join(ROOT, path), "utf8");
      return FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  it("would catch an offender", () => {
    expect(FORBIDDEN.some((pattern) => pattern.test("await tx.auditEvent.deleteMany({})"))).toBe(true);
    expect(FORBIDDEN.some((pattern) => pattern.test('DELETE FROM "AuditEvent" WHERE id = 1'))).toBe(true);
  });
});
