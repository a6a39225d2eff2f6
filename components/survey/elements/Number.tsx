import { describedBy, errorId, FieldError, helpId } from "../fields/FieldError";
import { errorOf, piped, type TElementProps } from "./types";

/** A whole number; an empty field is no answer (null), anything else is checked by the page's schema. */
export function NumberQuestion({ el, form, ctx }: TElementProps<"number">) {
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);
  return (
    <div className="sv-question sv-field">
      <label htmlFor={el.id} className="sv-legend">
        {ctx.pipe(el.text)}
      </label>
      {help && (
        <p id={helpId(el.id)} className="sv-help">
          {help}
        </p>
      )}
      <input
        id={el.id}
        type="number"
        inputMode="numeric"
        step={1}
        min={el.min}
        max={el.max}
        className="sv-number"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(help && helpId(el.id), error && errorId(el.id))}
        {...form.register(el.id, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
      />
      <FieldError id={errorId(el.id)} message={error} />
    </div>
  );
}
