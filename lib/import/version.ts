import { elementType, type TElement } from "@/lib/survey/elements/registry";
import type { TImportedFile } from "@/lib/survey/elements/types";
import { conditionVars } from "@/lib/survey/engine/conditions";
import { structure } from "@/lib/survey/engine/structure";
import type { TCondition } from "@/lib/survey/version/primitives";
import { ZVersionDef, type TFlowMode, type TPage, type TVersionDef } from "@/lib/survey/version/schema";
import { ImportError } from "./errors";
import type { TImportHints } from "./hints";
import { withoutPipes } from "./targets";

/**
 * The version an imported file answered: the live version reduced to the elements, options and
 * items the mapping fills, in the file's wording where its header has one, with the same variable
 * names (so versions merge by variable name). No random orders (none were recorded) and no lists
 * (options are inline, as the file has them). Imported responses are checked by the flow engine
 * against this version, so required questions are those the file has.
 */
export type TImportedVersionOptions = { version: number; wave: string; flowMode: TFlowMode; hints: TImportHints };

export function importedVersion(def: TVersionDef, file: TImportedFile, options: TImportedVersionOptions): TVersionDef {
  const { lookup } = structure(def);
  let pages: TPage[] = def.pages
    .map((page) => ({ ...page, elements: page.elements.flatMap((el) => keep(el, file, lookup)) }))
    .filter((page) => page.elements.length > 0);
  const partIds = new Set(pages.map((p) => p.part).filter(Boolean));
  const parts = def.parts && partIds.size > 0
    ? { ...def.parts, mode: options.flowMode, items: def.parts.items.filter((p) => partIds.has(p.id)) }
    : undefined;
  if (!parts) pages = pages.map(({ part: _part, ...page }) => page);
  if (pages.length === 0) throw new ImportError("Geen enkele kolom is aan een vraag gekoppeld: er valt niets te importeren.");

  const known = knownVariables(pages, parts, lookup);
  pages = pages.map((page) => ({
    ...page,
    showIf: prune(page.showIf, known),
    elements: page.elements.flatMap((el) => tidy(el, known, options.hints)),
  }));
  const scales = new Set(pages.flatMap((p) => p.elements.flatMap((el) => ("scale" in el ? [el.scale] : []))));
  const parsed = ZVersionDef.safeParse({
    ...def, version: options.version, wave: options.wave, pages, parts,
    scales: def.scales.filter((s) => scales.has(s.id)), lists: [], orders: [],
  });
  if (!parsed.success) {
    throw new ImportError(`De koppeling geeft geen bruikbare vragenlijst: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  }
  return parsed.data;
}

function keep(el: TElement, file: TImportedFile, lookup: ReturnType<typeof structure>["lookup"]): TElement[] {
  const out = elementType(el).imported?.(el, lookup, file);
  return out ? [out as TElement] : [];
}

function knownVariables(pages: TPage[], parts: TVersionDef["parts"], lookup: ReturnType<typeof structure>["lookup"]): Set<string> {
  const known = new Set<string>();
  for (const page of pages) {
    for (const el of page.elements) {
      known.add(el.id);
      for (const v of elementType(el).variables(el, lookup)) known.add(v.name);
    }
  }
  if (parts?.mode === "choice") known.add(parts.choice.variable).add(parts.extra.variable);
  return known;
}

/** A condition on a variable the imported version lacks cannot be evaluated: the element is shown. */
const prune = (c: TCondition | undefined, known: Set<string>) => (c && conditionVars(c).every((v) => known.has(v)) ? c : undefined);

function tidy(el: TElement, known: Set<string>, hints: TImportHints): TElement[] {
  // Items that depend on an answer the file lacks cannot be asked.
  if (el.type === "sliders" && el.itemsBy && !known.has(el.itemsBy.var)) return [];
  const out: Record<string, unknown> = { ...el, showIf: prune(el.showIf, known) };
  if (!out.showIf) delete out.showIf;
  for (const field of ["text", "help", "label"] as const) {
    const text = out[field];
    if (typeof text === "string") out[field] = text.replace(/\{\{([a-z][a-z0-9_]*)\}\}/g, (m, v: string) => (known.has(v) ? m : withoutPipes(m, hints).trim() || "…"));
  }
  if ("options" in el && el.options) {
    out.options = el.options.map(({ showIf, ...o }) => {
      const kept = prune(showIf, known);
      return kept ? { ...o, showIf: kept } : o;
    });
  }
  return [out as TElement];
}
