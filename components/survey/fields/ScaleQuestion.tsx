"use client";

import { useController, type Control } from "react-hook-form";
import type { TScale } from "@/lib/survey/version/primitives";
import { describedBy, errorId, FieldError } from "./FieldError";

/**
 * One row of a rating grid: its own fieldset, so on a phone it stacks as a list of options
 * and on a wide screen lines up under the shared column headings (CSS only, same markup).
 */
type TProps = { control: Control<Record<string, unknown>>; name: string; legend: string; scale: TScale; error?: string };

export function scaleOptions(scale: TScale) {
  const step = scale.step ?? 1;
  const values = Array.from({ length: Math.floor((scale.max - scale.min) / step) + 1 }, (_, i) => scale.min + i * step);
  // "Niet van toepassing" reads best after the scale, not before it.
  const missing = values.filter((v) => scale.missingValues.includes(v));
  return [...values.filter((v) => !missing.includes(v)), ...missing].map((v) => ({
    value: v,
    label: scale.labels.find((l) => l.value === v)?.label ?? String(v),
    isMissing: missing.includes(v),
  }));
}

export function ScaleQuestion({ control, name, legend, scale, error }: TProps) {
  const { field } = useController({ control, name });
  return (
    <fieldset className="sv-scale-row" aria-describedby={describedBy(error && errorId(name))}>
      <legend className="sv-scale-legend">{legend}</legend>
      <FieldError id={errorId(name)} message={error} />
      <div className="sv-scale-options">
        {scaleOptions(scale).map((o, i) => {
          const id = `${name}-${o.value}`;
          const isChecked = field.value === o.value;
          return (
            <label key={o.value} htmlFor={id} className={`sv-scale-option${isChecked ? " is-checked" : ""}${o.isMissing ? " is-missing" : ""}`}>
              <input
                id={id}
                ref={i === 0 ? field.ref : undefined}
                type="radio"
                name={name}
                value={o.value}
                checked={isChecked}
                onChange={() => field.onChange(o.value)}
                onBlur={field.onBlur}
              />
              <span className="sv-scale-text">{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
