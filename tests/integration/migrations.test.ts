import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMigrations, migrate } from "@/lib/db/migrate";
import { query } from "./db";

/**
 * Drift guard: the database the migration history builds must have every model, field and
 * index of the Prisma datamodel, with the right type and nullability.
 */
type TField = { model: string; table: string; column: string; type: string; isOptional: boolean; native?: string };

const PG_TYPES: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Boolean: "boolean", DateTime: "timestamp without time zone", Json: "jsonb",
};
const NATIVE: Record<string, string> = { Uuid: "uuid", Date: "date", VarChar: "character varying" };

function parseSchema(source: string) {
  const enums = new Set([...source.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  const modelNames = new Set([...source.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));
  const fields: TField[] = [];
  const indexes: { table: string; columns: string[]; isUnique: boolean }[] = [];
  for (const [, model, body] of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const table = /@@map\("(\w+)"\)/.exec(body)?.[1] ?? model;
    const columnOf = new Map<string, string>();
    for (const line of body.split("\n").map((l) => l.trim())) {
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!m || line.startsWith("//") || line.startsWith("@@")) continue;
      const [, name, type, isList, optional, attrs] = m;
      if (isList || modelNames.has(type)) continue; // relation fields have no column
      const column = /@map\("(\w+)"\)/.exec(attrs)?.[1] ?? name;
      columnOf.set(name, column);
      const native = /@db\.(\w+)/.exec(attrs)?.[1];
      fields.push({
        model, table, column, isOptional: Boolean(optional),
        type: native ? NATIVE[native] : enums.has(type) ? `enum:${type}` : PG_TYPES[type],
      });
    }
    for (const [, kind, cols] of body.matchAll(/@@(index|unique|id)\(\[([^\]]+)\]/g)) {
      if (kind === "id") continue;
      indexes.push({ table, isUnique: kind === "unique", columns: cols.split(",").map((c) => columnOf.get(c.trim())!) });
    }
    for (const line of body.split("\n")) {
      const u = /^\s*(\w+)\s.*@unique/.exec(line);
      if (u) indexes.push({ table, isUnique: true, columns: [columnOf.get(u[1])!] });
    }
  }
  return { fields, indexes };
}

describe("migrations", () => {
  it("are recorded like Prisma does, with sha256 checksums, and re-running applies nothing", async () => {
    const migrations = await listMigrations();
    const rows = await query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    expect((await migrate(process.env.DATABASE_URL!)).applied).toEqual([]);
  });

  it("build a database that matches every field of the Prisma datamodel", async () => {
    const { fields } = parseSchema(readFileSync("prisma/schema.prisma", "utf8"));
    expect(fields.length).toBeGreaterThan(50);
    const columns = await query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const actual = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    const problems: string[] = [];
    for (const f of fields) {
      const c = actual.get(`${f.table}.${f.column}`);
      if (!c) {
        problems.push(`${f.model}: column ${f.table}.${f.column} missing`);
        continue;
      }
      const type = c.data_type === "USER-DEFINED" ? `enum:${c.udt_name}` : c.data_type;
      if (type !== f.type) problems.push(`${f.table}.${f.column}: type ${type}, datamodel says ${f.type}`);
      if ((c.is_nullable === "YES") !== f.isOptional) problems.push(`${f.table}.${f.column}: nullability differs`);
    }
    expect(problems).toEqual([]);
  });

  it("create every index and unique constraint of the datamodel", async () => {
    const { indexes } = parseSchema(readFileSync("prisma/schema.prisma", "utf8"));
    const rows = await query<{ tablename: string; indexdef: string }>(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`);
    const missing = indexes.filter(
      (ix) =>
        !rows.some(
          (r) =>
            r.tablename === ix.table &&
            r.indexdef.includes(`(${ix.columns.map((c) => c).join(", ")})`) &&
            r.indexdef.startsWith("CREATE UNIQUE") === ix.isUnique,
        ),
    );
    expect(missing).toEqual([]);
  });
});
