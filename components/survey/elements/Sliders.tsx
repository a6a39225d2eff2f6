"use client";

import { sliders } from "@/lib/survey/elements/sliders";
import { FactorSlider } from "../fields/FactorSlider";
import { useMessages } from "../language";
import { errorOf, piped, type TElementProps } from "./types";

/** A battery of slider statements on one scale (the statements can depend on an earlier answer). */
export function Sliders({ el, form, ctx }: TElementProps<"sliders">) {
  const scale = ctx.scale(el.scale);
  const m = useMessages();
  return (
    <section className="sv-sliders">
      <p className="sv-lead">{ctx.pipe(el.text)}</p>
      <p className="sv-help">
        {piped(ctx, el.help) ?? m.slidersHelp}
      </p>
      {sliders.shownItems(el, ctx.answers).map((it) => (
        <FactorSlider key={it.variable} control={form.control} name={it.variable} text={ctx.pipe(it.text)} scale={scale} error={errorOf(form, it.variable)} />
      ))}
    </section>
  );
}
