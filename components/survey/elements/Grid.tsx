"use client";

import { shownOptions } from "@/lib/survey/elements/shared";
import { ScaleQuestion, scaleOptions } from "../fields/ScaleQuestion";
import { errorOf, piped, type TElementProps } from "./types";

/**
 * A rating matrix: one row per option, one scale. Each row is its own fieldset, so on a phone it
 * stacks as a list of labelled options and on a wide screen lines up under shared column headings.
 */
export function Grid({ el, form, ctx }: TElementProps<"grid">) {
  const scale = ctx.scale(el.scale);
  const columns = scaleOptions(scale);
  const help = piped(ctx, el.help);
  return (
    <section className="sv-question">
      <h2 className="sv-question-title">{ctx.pipe(el.text)}</h2>
      {help && <p className="sv-help">{help}</p>}
      <div className="sv-grid" style={{ "--sv-cols": columns.length } as React.CSSProperties}>
        <div className="sv-grid-head" aria-hidden="true">
          <span />
          {columns.map((o) => (
            <span key={o.value}>{o.label}</span>
          ))}
        </div>
        {shownOptions(el, ctx).map((row) => {
          const name = `${el.id}_${row.code}`;
          return <ScaleQuestion key={name} control={form.control} name={name} legend={row.label} scale={scale} error={errorOf(form, name)} />;
        })}
      </div>
    </section>
  );
}
