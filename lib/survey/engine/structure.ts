import { elementType, type TElement } from "../elements/registry";
import type { TVariable, TVersionLookup } from "../elements/types";
import type { TOption } from "../version/primitives";
import type { TPage, TVersionDef } from "../version/schema";
import { plainText } from "./piping";

/**
 * A version compiled once for the engine: its pages including the built-in choice and end pages,
 * where each part's pages are, and look-ups by element, variable and page. Definitions never
 * change in place, so this is cached per definition object.
 */
export type TStructure = {
  def: TVersionDef;
  lookup: TVersionLookup;
  /** Every page in canonical order: head, choice, parts, tail, end. */
  pages: TPage[];
  head: TPage[];
  tail: TPage[];
  partPages: Map<string, TPage[]>;
  choicePage?: TPage;
  endPage: TPage;
  page(id: string): TPage | undefined;
  /** Page and element of every element ID. */
  elements: Map<string, { el: TElement; page: TPage }>;
  /** Codebook variables in questionnaire order. */
  variables: TVariable[];
  /** Element that can store each variable. */
  ownerOf: Map<string, TElement>;
  /** Variables each element can store, by element ID. */
  variablesOf: Map<string, string[]>;
};

const cache = new WeakMap<TVersionDef, TStructure>();

export function structure(def: TVersionDef): TStructure {
  let s = cache.get(def);
  if (!s) cache.set(def, (s = build(def)));
  return s;
}

function builtInPages(def: TVersionDef): { choicePage?: TPage; endPage: TPage } {
  const parts = def.parts;
  const endElements: TElement[] = [{ type: "info", id: `${def.end.id}_text`, title: def.end.title, paragraphs: [def.end.body] }];
  if (!parts || parts.mode === "sequential") {
    return { endPage: { id: def.end.id, title: def.end.title, elements: endElements } };
  }
  const choiceVar = parts.choice.variable;
  const choicePage: TPage = {
    id: parts.choice.pageId,
    title: parts.choice.title,
    elements: [{
      type: "single", id: choiceVar, text: parts.choice.text, label: parts.choice.label, display: "radio", isRequired: true,
      options: parts.items.map((p) => ({ code: p.id, label: p.title, help: p.description })),
    }],
  };
  endElements.push({
    type: "single", id: parts.extra.variable, text: def.end.offerText ?? "Wil je ook een ander deel invullen?",
    label: parts.extra.label, display: "radio", isRequired: true,
    options: parts.items.map((p) => ({ code: p.id, label: p.title, help: p.description, showIf: { not: { var: choiceVar, equals: p.id } } })),
  });
  return { choicePage, endPage: { id: def.end.id, title: def.end.title, elements: endElements } };
}

function build(def: TVersionDef): TStructure {
  const { choicePage, endPage } = builtInPages(def);
  const firstPart = def.pages.findIndex((p) => p.part);
  const lastPart = def.pages.findLastIndex((p) => p.part);
  const head = firstPart < 0 ? def.pages : def.pages.slice(0, firstPart);
  const tail = firstPart < 0 ? [] : def.pages.slice(lastPart + 1);
  const partPages = new Map<string, TPage[]>((def.parts?.items ?? []).map((p) => [p.id, def.pages.filter((x) => x.part === p.id)]));
  const pages = [...head, ...(choicePage ? [choicePage] : []), ...[...partPages.values()].flat(), ...tail, endPage];
  const byPage = new Map(pages.map((p) => [p.id, p]));
  const elements = new Map<string, { el: TElement; page: TPage }>();
  for (const page of pages) for (const el of page.elements) elements.set(el.id, { el, page });

  const scales = new Map(def.scales.map((s) => [s.id, s]));
  const lists = new Map(def.lists.map((l) => [l.id, l]));
  const lookup: TVersionLookup = {
    scale(id) {
      const s = scales.get(id);
      if (!s) throw new Error(`Onbekende schaal ${id}`);
      return s;
    },
    options(el): TOption[] {
      if (el.options) return el.options;
      const list = el.list ? lists.get(el.list) : undefined;
      if (!list) throw new Error(`Onbekende lijst ${el.list}`);
      return list.options;
    },
    plain: plainText,
    optionLabel(variable, code) {
      const el = elements.get(variable)?.el;
      if (!el || el.type !== "single") return undefined;
      return lookup.options(el).find((o) => o.code === code)?.label;
    },
  };

  const variables: TVariable[] = [];
  const ownerOf = new Map<string, TElement>();
  const variablesOf = new Map<string, string[]>();
  for (const page of pages) {
    for (const el of page.elements) {
      let vars: TVariable[] = [];
      try {
        vars = elementType(el).variables(el, lookup);
      } catch {
        // An unknown scale or list: reported by the version checks, not here.
      }
      for (const v of vars) {
        variables.push(v);
        ownerOf.set(v.name, el);
      }
      variablesOf.set(el.id, vars.map((v) => v.name));
    }
  }
  return { def, lookup, pages, head, tail, partPages, choicePage, endPage, page: (id) => byPage.get(id), elements, variables, ownerOf, variablesOf };
}
