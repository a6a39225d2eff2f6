import { describedBy, errorId, FieldError, helpId } from "../fields/FieldError";
import { useMessages } from "../language";
import { errorOf, piped, type TElementProps } from "./types";

/** An e-mail address kept apart from the answers (never stored in drafts either); empty is allowed. */
export function Email({ el, form, ctx }: TElementProps<"email">) {
  const error = errorOf(form, el.id);
  const m = useMessages();
  const help = piped(ctx, el.help) ?? m.mayStayEmpty;
  return (
    <div className="sv-field">
      <label htmlFor={el.id}>{ctx.pipe(el.text)}</label>
      <input
        id={el.id}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={254}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(helpId(el.id), error && errorId(el.id))}
        {...form.register(el.id)}
      />
      <p id={helpId(el.id)} className="sv-help">
        {help}
      </p>
      <FieldError id={errorId(el.id)} message={error} />
    </div>
  );
}
