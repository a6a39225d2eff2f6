"use client";

import { FactorSlider } from "../fields/FactorSlider";
import { errorOf, type TElementProps } from "./types";

/** One value on a scale; untouched stays empty (not the middle), "Wis" takes the answer back. */
export function Slider({ el, form, ctx }: TElementProps<"slider">) {
  return <FactorSlider control={form.control} name={el.id} text={ctx.pipe(el.text)} scale={ctx.scale(el.scale)} error={errorOf(form, el.id)} />;
}
