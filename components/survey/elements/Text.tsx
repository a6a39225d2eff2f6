import { describedBy, errorId, FieldError, helpId } from "../fields/FieldError";
import { errorOf, piped, type TElementProps } from "./types";

/** Short (one line) or long free text. */
export function TextQuestion({ el, form, ctx }: TElementProps<"text">) {
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);
  const props = {
    id: el.id,
    maxLength: el.maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(help && helpId(el.id), error && errorId(el.id)),
    ...form.register(el.id),
  };
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
      {el.isMultiline ? <textarea rows={5} {...props} /> : <input type="text" autoComplete="off" {...props} />}
      <FieldError id={errorId(el.id)} message={error} />
    </div>
  );
}
