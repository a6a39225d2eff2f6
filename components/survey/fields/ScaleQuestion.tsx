"use client";

import { useController, type Control } from "react-hook-form";
import type { TScale } from "@/lib/survey/version/primitives";
import { describedBy, errorId, FieldError } from "./FieldError";

/**
 * One row of a rating grid: its own fieldset (named by its statement) with the scale as a row of
 * radio buttons drawn as a segmented control. A scored point shows its number, its name is its
 * label ("Enigszins"); a missing code ("Niet van toepassing") stands apart and shows its label.
 */
type TProps = { control: Control<Record<string, unknown>>; name: string; legend: string; scale: TScale; error?: string; isSkipped?: boolean };

export type TScaleOption = { value: number; label: string; isMissing: boolean };

export function scaleOptions(scale: TScale): TScaleOption[] {
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

export function ScaleQuestion({ control, name, legend, scale, error, isSkipped }: TProps) {
  const { field } = useController({ control, name });
  const options = scaleOptions(scale);
  const option = (o: TScaleOption, i: number) => {
    const id = `${name}-${o.value}`;
    const isChecked = field.value === o.value;
    const isNumbered = !o.isMissing && o.label !== String(o.value);
    return (
      <label key={o.value} htmlFor={id} className={`sv-seg-option${isChecked ? " is-checked" : ""}`}>
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
        {isNumbered ? (
          <>
            <span aria-hidden="true">{o.value}</span>
            <span className="visually-hidden">{o.label}</span>
          </>
        ) : (
          <span>{o.label}</span>
        )}
      </label>
    );
  };
  return (
    <fieldset className={`sv-scale-row${isSkipped ? " is-skipped" : ""}`} aria-describedby={describedBy(error && errorId(name))}>
      <legend className="sv-scale-legend">{legend}</legend>
      <FieldError id={errorId(name)} message={error} />
      <div className="sv-scale-options">
        <div className="sv-seg">{options.filter((o) => !o.isMissing).map(option)}</div>
        {options.some((o) => o.isMissing) && (
          <div className="sv-seg sv-seg-missing">{options.filter((o) => o.isMissing).map((o) => option(o, options.indexOf(o)))}</div>
        )}
      </div>
    </fieldset>
  );
}
