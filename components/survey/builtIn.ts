import type { TElement } from "@/lib/survey/elements/registry";
import { structure } from "@/lib/survey/engine/structure";
import type { TPart, TVersionDef } from "@/lib/survey/version/schema";
import { messages } from "@/lib/survey/i18n/messages";

/**
 * How the engine's built-in pages read in the browser: the choice page names each part's length,
 * the end page offers the parts not yet taken (choice mode).
 */
export const partById = (def: TVersionDef, id: string): TPart | undefined => def.parts?.items.find((p) => p.id === id);

const minutes = (p: TPart | undefined, lang?: string) => (p?.estimatedMinutes ? ` (${messages(lang).aboutMinutes(p.estimatedMinutes)})` : "");

/** An element as shown on its page: the choice page's options carry each part's length. */
export function shownElement(def: TVersionDef, pageId: string, pageTitle: string, el: TElement, lang?: string): TElement {
  if (pageId === structure(def).choicePage?.id && el.type === "single" && el.options) {
    return { ...el, options: el.options.map((o) => ({ ...o, label: `${o.label}${minutes(partById(def, o.code), lang)}` })) };
  }
  // The page's h1 already says it.
  if (el.type === "info" && el.title === pageTitle) return { ...el, title: undefined };
  return el;
}

/** The element of the end page that records a part taken up there. */
export const isOfferElement = (def: TVersionDef, pageId: string, el: TElement) =>
  pageId === structure(def).endPage.id && el.id === def.parts?.extra.variable;

/** "Deel 1: leerlingen en studenten" → "deel 1": the part's name before its subtitle. */
export function shortPartName(p: TPart): string {
  const name = p.title.split(":")[0].trim() || p.title;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function offerSubmitLabel(def: TVersionDef, offer: readonly string[], lang?: string): string {
  const only = offer.length === 1 ? partById(def, offer[0]) : undefined;
  return only ? messages(lang).alsoPart(shortPartName(only)) : messages(lang).onWithPart;
}


/**
 * How long filling in takes, from the parts' estimates: all parts in a row (sequential), or the
 * shortest to the longest part (choice: the respondent takes one). None when a part has no estimate.
 */
export function estimatedTime(def: TVersionDef, lang?: string): string | undefined {
  const minutes = def.parts?.items.map((p) => p.estimatedMinutes);
  if (!minutes?.length || minutes.some((m) => m === undefined)) return undefined;
  const known = minutes as number[];
  const m = messages(lang);
  if (def.parts!.mode === "sequential") return m.duration(known.reduce((a, b) => a + b, 0));
  const [min, max] = [Math.min(...known), Math.max(...known)];
  return min === max ? m.duration(min) : m.durationRange(min, max);
}

export type TPartStart = { part: TPart; number: number; total: number };

/**
 * The part that starts on this page when parts run in a row (sequential): the respondent did not
 * choose it, so its first page says which part it is, what it is about and how long it takes.
 */
export function partStart(def: TVersionDef, pages: readonly string[], page: string): TPartStart | undefined {
  if (def.parts?.mode !== "sequential") return undefined;
  const s = structure(def);
  const partId = s.page(page)?.part;
  const i = pages.indexOf(page);
  if (!partId || i < 0 || (i > 0 && s.page(pages[i - 1])?.part === partId)) return undefined;
  const number = def.parts.items.findIndex((p) => p.id === partId) + 1;
  return number > 0 ? { part: def.parts.items[number - 1], number, total: def.parts.items.length } : undefined;
}
