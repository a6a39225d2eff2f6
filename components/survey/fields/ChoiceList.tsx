"use client";

import { useController, type Control } from "react-hook-form";
import type { TOption } from "@/lib/survey/version/primitives";
import { describedBy, errorId, FieldError, helpId } from "./FieldError";

/**
 * One question with radio buttons (single) or check boxes (multiple). Multiple choice knows an
 * exclusive option ("geen" clears the rest) and a maximum (further boxes disabled, e.g. top 5).
 */
type TProps = {
  control: Control<Record<string, unknown>>;
  name: string;
  legend: string;
  help?: string;
  options: TOption[];
  isMultiple?: boolean;
  max?: number;
  /** Rendered under the legend, e.g. the live "3 van 5 gekozen" counter. */
  status?: React.ReactNode;
  /** Rendered right after the option it belongs to (the "anders, namelijk" text field). */
  renderAfter?: (code: string, isChecked: boolean) => React.ReactNode;
  error?: string;
};

export function ChoiceList({ control, name, legend, help, options, isMultiple, max, status, renderAfter, error }: TProps) {
  // Nothing ticked is an empty list (a clear "kies minstens…" message, and a valid answer where none is required).
  const { field } = useController({ control, name, defaultValue: isMultiple ? [] : undefined });
  const selected: string[] = isMultiple ? (Array.isArray(field.value) ? (field.value as string[]) : []) : [];
  const isFull = max !== undefined && selected.length >= max;

  const toggle = (opt: TOption, isChecked: boolean) => {
    if (!isMultiple) return field.onChange(opt.code);
    if (!isChecked) return field.onChange(selected.filter((c) => c !== opt.code));
    if (opt.isExclusive) return field.onChange([opt.code]);
    const exclusive = new Set(options.filter((o) => o.isExclusive).map((o) => o.code));
    field.onChange([...selected.filter((c) => !exclusive.has(c)), opt.code]);
  };

  return (
    <fieldset className="sv-question" aria-describedby={describedBy(help && helpId(name), error && errorId(name))}>
      <legend className="sv-legend">{legend}</legend>
      {help && (
        <p id={helpId(name)} className="sv-help">
          {help}
        </p>
      )}
      {status}
      <FieldError id={errorId(name)} message={error} />
      <div className="sv-options">
        {options.map((opt, i) => {
          const id = `${name}-${opt.code}`;
          const isChecked = isMultiple ? selected.includes(opt.code) : field.value === opt.code;
          const isDisabled = isMultiple && isFull && !isChecked;
          return (
            <div key={opt.code} className="sv-option-wrap">
              <label htmlFor={id} className={`sv-option${isChecked ? " is-checked" : ""}${isDisabled ? " is-disabled" : ""}`}>
                <input
                  id={id}
                  ref={i === 0 ? field.ref : undefined}
                  type={isMultiple ? "checkbox" : "radio"}
                  name={name}
                  value={opt.code}
                  checked={isChecked}
                  disabled={isDisabled}
                  onChange={(e) => toggle(opt, e.target.checked)}
                  onBlur={field.onBlur}
                  // The name is the option's label; its help text is a description, not part of the name.
                  aria-labelledby={opt.help ? `${id}-label` : undefined}
                  aria-describedby={opt.help ? helpId(id) : undefined}
                />
                <span className="sv-option-text">
                  <span id={`${id}-label`}>{opt.label}</span>
                  {opt.help && (
                    <span id={helpId(id)} className="sv-option-help">
                      {opt.help}
                    </span>
                  )}
                </span>
              </label>
              {renderAfter?.(opt.code, isChecked)}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
