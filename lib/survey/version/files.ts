import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZVersionDef, type TVersionDef } from "./schema";

/**
 * Version files of a survey folder. A file holds a complete version, or a base version plus
 * JSON Patch operations (RFC 6902: add, replace, remove), so a version that changes one text
 * does not repeat a thousand lines. What is stored and served is always the complete version.
 */
const ZPatchOp = z.union([
  z.strictObject({ op: z.enum(["add", "replace"]), path: z.string().startsWith("/"), value: z.unknown() }),
  z.strictObject({ op: z.literal("remove"), path: z.string().startsWith("/") }),
]);
type TPatchOp = z.infer<typeof ZPatchOp>;

const ZDerivedFile = z.strictObject({
  base: z.string().regex(/^[\w.-]+\.json$/, "base: een bestandsnaam in dezelfde map"),
  version: z.number().int().positive(),
  patch: z.array(ZPatchOp),
});

const unescape = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** Applies JSON Patch operations to a copy of `doc`; a path that does not exist is an error. */
export function applyPatch(doc: unknown, ops: TPatchOp[]): unknown {
  const out = structuredClone(doc);
  for (const op of ops) {
    const tokens = op.path.slice(1).split("/").map(unescape);
    const key = tokens.pop()!;
    let parent: unknown = out;
    for (const t of tokens) {
      parent = (parent as Record<string, unknown>)?.[t];
      if (parent === undefined || parent === null || typeof parent !== "object") throw new Error(`Pad ${op.path} bestaat niet.`);
    }
    if (Array.isArray(parent)) {
      const list = parent as unknown[];
      const i = key === "-" ? list.length : Number(key);
      const isAdd = op.op === "add";
      if (!Number.isInteger(i) || i < 0 || i > list.length - (isAdd ? 0 : 1)) throw new Error(`Pad ${op.path} bestaat niet.`);
      if (op.op === "remove") list.splice(i, 1);
      else list.splice(i, isAdd ? 0 : 1, op.value);
    } else {
      const target = parent as Record<string, unknown>;
      if (op.op !== "add" && !(key in target)) throw new Error(`Pad ${op.path} bestaat niet.`);
      if (op.op === "remove") delete target[key];
      else target[key] = op.value;
    }
  }
  return out;
}

/** Reads and validates one version file of `folder`; errors name the file and the field. */
export function readVersionFile(folder: string, file: string, seen: string[] = []): TVersionDef {
  const full = path.join(folder, file);
  if (seen.includes(file)) throw new Error(`${full}: kringverwijzing via "base".`);
  let raw: unknown = JSON.parse(readFileSync(full, "utf8"));
  const derived = ZDerivedFile.safeParse(raw);
  if (derived.success) {
    const base = readVersionFile(folder, derived.data.base, [...seen, file]);
    try {
      raw = { ...(applyPatch(base, derived.data.patch) as object), version: derived.data.version };
    } catch (e) {
      throw new Error(`${full}: ${(e as Error).message}`);
    }
  }
  const parsed = ZVersionDef.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${full}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
