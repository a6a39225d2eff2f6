import { z } from "zod";
import { consent } from "./consent";
import { email } from "./email";
import { grid } from "./grid";
import { info } from "./info";
import { multi } from "./multi";
import { number } from "./number";
import { pickn } from "./pickn";
import { ranking } from "./ranking";
import { single } from "./single";
import { slider } from "./slider";
import { sliders } from "./sliders";
import { text } from "./text";
import type { TBaseElement, TElementType } from "./types";

/**
 * Every element type, by `type`. Adding a type = one module implementing TElementType, listed
 * here (and its React component in components/survey/elements). See docs/ARCHITECTURE.md.
 */
export const ELEMENT_TYPES = [info, consent, single, multi, pickn, ranking, slider, sliders, grid, text, number, email] as const;

export type TElement = z.infer<(typeof ELEMENT_TYPES)[number]["schema"]>;
export type TElementOf<K extends TElement["type"]> = Extract<TElement, { type: K }>;

const byType = new Map<string, TElementType>(ELEMENT_TYPES.map((t) => [t.type, t as unknown as TElementType]));

export const ZElement = z.discriminatedUnion(
  "type",
  ELEMENT_TYPES.map((t) => t.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<TElement>;

export function elementType(el: TBaseElement): TElementType {
  const t = byType.get(el.type);
  if (!t) throw new Error(`Onbekend elementtype ${el.type}`);
  return t;
}
