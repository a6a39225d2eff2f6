import { describedBy, errorId, FieldError } from "../fields/FieldError";
import { errorOf, type TElementProps } from "./types";

/** A required check box ("ik doe vrijwillig mee"). */
export function Consent({ el, form, ctx }: TElementProps<"consent">) {
  const error = errorOf(form, el.id);
  return (
    <div className="sv-consent">
      <label htmlFor={el.id} className="sv-option">
        <input
          id={el.id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId(el.id))}
          {...form.register(el.id)}
        />
        <span className="sv-option-text">{ctx.pipe(el.text)}</span>
      </label>
      <FieldError id={errorId(el.id)} message={error} />
    </div>
  );
}
