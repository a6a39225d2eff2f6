import { ELEMENT_TYPES, elementType } from "../elements/registry";
import { ZVersionDef } from "../version/schema";

/**
 * The editor's model: a draft definition as plain JSON (what the researcher typed, valid or
 * not), changed by path. Every change returns a new object and leaves the old one as it was,
 * so React sees the change and an unsaved edit can be replayed on a newer draft.
 */
export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };
export type TDraftDef = { [key: string]: TJson };
export type TPath = (string | number)[];

export const pathKey = (path: TPath) => path.join(".");

export function getAt(root: TJson | undefined, path: TPath): TJson | undefined {
  let node: TJson | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, TJson>)[key as string];
  }
  return node;
}

/** The tree with `value` at `path`; `undefined` removes an object key (an optional setting left empty). */
export function setAt<T extends TJson>(root: T, path: TPath, value: TJson | undefined): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const i = Number(key);
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setAt((root[i] ?? (typeof rest[0] === "number" ? [] : {})) as TJson, rest, value);
    return copy as T;
  }
  const obj = (root !== null && typeof root === "object" ? root : {}) as Record<string, TJson>;
  if (value === undefined && rest.length === 0) {
    const { [key as string]: _removed, ...others } = obj;
    return others as T;
  }
  const child = obj[key as string] ?? (typeof rest[0] === "number" ? [] : {});
  return { ...obj, [key]: setAt(child as TJson, rest, value) } as T;
}

/** The array at `path` with its item `from` moved to position `to` (clamped). */
export function moveAt<T extends TJson>(root: T, path: TPath, from: number, to: number): T {
  const list = getAt(root, path);
  if (!Array.isArray(list)) return root;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return root;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return setAt(root, path, copy);
}

export function insertAt<T extends TJson>(root: T, path: TPath, index: number, item: TJson): T {
  const list = getAt(root, path);
  const copy = Array.isArray(list) ? [...list] : [];
  copy.splice(Math.max(0, Math.min(copy.length, index)), 0, item);
  return setAt(root, path, copy);
}

/**
 * An element moved to another place, possibly on another page: `to` is the page and the index
 * there, counted before the element is taken out.
 */
export function moveElement(def: TDraftDef, from: { page: number; index: number }, to: { page: number; index: number }): TDraftDef {
  const source = ["pages", from.page, "elements"];
  const item = getAt(def, [...source, from.index]);
  if (item === undefined) return def;
  if (from.page === to.page) {
    const index = to.index > from.index ? to.index - 1 : to.index;
    return moveAt(def, source, from.index, index);
  }
  return insertAt(setAt(def, [...source, from.index], undefined), ["pages", to.page, "elements"], to.index, item);
}

/** `base`, or `base_2`, `base_3`, … : the first not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Every ID the definition uses (pages, elements, items, scales, lists): new ones avoid them all. */
export function takenIds(def: TJson): Set<string> {
  const ids = new Set<string>();
  const walk = (node: TJson | undefined) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if ((k === "id" || k === "otherText") && typeof v === "string") ids.add(v);
        else walk(v);
      }
    }
  };
  walk(def);
  return ids;
}

export const ELEMENT_TYPE_NAMES = ELEMENT_TYPES.map((t) => t.type);

const DEFAULT_SCALE = {
  id: "eens5", min: 1, max: 5,
  labels: [
    { value: 1, label: "Helemaal oneens" }, { value: 2, label: "Oneens" }, { value: 3, label: "Neutraal" },
    { value: 4, label: "Eens" }, { value: 5, label: "Helemaal eens" },
  ],
};

/**
 * The draft with a new element of `type` at the end of page `page` (or at `index`), from the
 * type's own blank. Types that need a scale get the version's first one, or a new 1–5 scale.
 */
export function addElement(def: TDraftDef, type: string, page: number, index?: number): { def: TDraftDef; index: number } {
  const t = elementType({ id: "x", type });
  let next = def;
  const scale = () => {
    const scales = getAt(next, ["scales"]);
    const first = Array.isArray(scales) ? (scales[0] as { id?: TJson } | undefined)?.id : undefined;
    if (typeof first === "string") return first;
    next = setAt(next, ["scales"], [{ ...DEFAULT_SCALE, id: uniqueId(DEFAULT_SCALE.id, takenIds(next)) }]);
    return (getAt(next, ["scales", 0, "id"]) as string);
  };
  const id = uniqueId(type === "info" ? "tekst" : "vraag", takenIds(def));
  const el = t.blank(id, { scale }) as TJson;
  const elements = getAt(next, ["pages", page, "elements"]);
  const at = index ?? (Array.isArray(elements) ? elements.length : 0);
  return { def: insertAt(next, ["pages", page, "elements"], at, el), index: at };
}

export function addPage(def: TDraftDef, index?: number): { def: TDraftDef; index: number } {
  const pages = getAt(def, ["pages"]);
  const count = Array.isArray(pages) ? pages.length : 0;
  const id = uniqueId(`pagina_${count + 1}`, takenIds(def));
  const at = index ?? count;
  return { def: insertAt(def, ["pages"], at, { id, title: `Pagina ${count + 1}`, elements: [] }), index: at };
}

export type TEditorIssue = { path: TPath; key: string; message: string };

/**
 * What keeps the draft from being published, from the same schema the server checks with:
 * each issue with the path of the field it is about. `slug` and `version` are the server's.
 */
export function draftIssues(def: TDraftDef, target: { slug: string; version: number }): TEditorIssue[] {
  const parsed = ZVersionDef.safeParse({ ...def, slug: target.slug, version: target.version });
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
    return { path, key: pathKey(path), message: i.message };
  });
}

/** Issues at `path` or below it (a page's count in the outline, an element's fields). */
export function issuesUnder(issues: TEditorIssue[], path: TPath): TEditorIssue[] {
  const prefix = pathKey(path);
  return issues.filter((i) => i.key === prefix || i.key.startsWith(`${prefix}.`));
}
