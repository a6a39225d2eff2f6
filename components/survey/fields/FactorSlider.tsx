"use client";

import { useController, type Control } from "react-hook-form";
import type { TScale } from "@/lib/survey/version/primitives";
import { describedBy, errorId, FieldError } from "./FieldError";

/**
 * A 0–10 slider that starts EMPTY: no thumb and "Nog niet gekozen" until the respondent picks a
 * value (null = no answer, which is not the same as the middle of the scale). A native range input
 * keeps it usable with keyboard and screen reader; "Wis" takes the answer back.
 */
type TProps = { control: Control<Record<string, unknown>>; name: string; text: string; scale: TScale; error?: string };

export function FactorSlider({ control, name, text, scale, error }: TProps) {
  const { field } = useController({ control, name });
  const value = typeof field.value === "number" ? field.value : null;
  const step = scale.step ?? 1;
  const mid = scale.min + Math.round((scale.max - scale.min) / 2 / step) * step;
  const labelOf = (v: number) => scale.labels.find((l) => l.value === v)?.label;
  const valueText = value === null ? "Nog niet gekozen" : [String(value), labelOf(value)].filter(Boolean).join(": ");
  const ticks = Array.from({ length: Math.floor((scale.max - scale.min) / step) + 1 }, (_, i) => scale.min + i * step);
  const scaleId = `${name}-scale`;
  // The button is disabled once the answer is gone, which would drop focus to the page: back to the slider.
  const clear = () => {
    field.onChange(null);
    document.getElementById(name)?.focus();
  };

  return (
    <div className={`sv-slider${value === null ? " is-unset" : ""}`}>
      <label htmlFor={name} className="sv-slider-text">
        {text}
      </label>
      <p id={scaleId} className="sv-help">
        {scale.min} = {labelOf(scale.min)?.toLowerCase()}, {scale.max} = {labelOf(scale.max)?.toLowerCase()}
      </p>
      <FieldError id={errorId(name)} message={error} />
      <input
        id={name}
        ref={field.ref}
        type="range"
        className="sv-range"
        min={scale.min}
        max={scale.max}
        step={step}
        value={value ?? mid}
        aria-valuetext={valueText}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(scaleId, error && errorId(name))}
        onChange={(e) => field.onChange(e.currentTarget.valueAsNumber)}
        // A click on the (hidden) middle position does not change the value: still an answer.
        onPointerUp={(e) => value === null && field.onChange(e.currentTarget.valueAsNumber)}
        onKeyDown={(e) => {
          if (value === null && (e.key === " " || e.key === "Enter")) {
            e.preventDefault();
            field.onChange(mid);
          }
        }}
        onBlur={field.onBlur}
      />
      <div className="sv-ticks" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} className={t === value ? "is-current" : undefined}>
            {t}
          </span>
        ))}
      </div>
      <div className="sv-slider-foot">
        <output htmlFor={name} className="sv-slider-value" aria-hidden="true">
          {value === null ? "Nog niet gekozen" : `Gekozen: ${valueText}`}
        </output>
        <button type="button" className="btn btn-secondary btn-small" disabled={value === null} onClick={clear}>
          Wis<span className="visually-hidden"> antwoord bij: {text}</span>
        </button>
      </div>
    </div>
  );
}
